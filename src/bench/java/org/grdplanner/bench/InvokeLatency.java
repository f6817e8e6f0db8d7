package org.grdplanner.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.grdplanner.bench.Measure.Better;
import org.grdplanner.terminal.control.TerminalProcess;

/** A person starts a planning command: the time to the server's 201, and to the agent's first output byte. */
final class InvokeLatency {

    private static final int PROJECTS = 8;

    private record Start(double accepted, double firstOutput) {
    }

    private final BenchContext bench;

    InvokeLatency(BenchContext bench) {
        this.bench = bench;
    }

    List<Result> run() throws Exception {
        List<Path> checkouts = new ArrayList<>();
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            checkouts.add(bench.workspace().checkout(AgentMode.HELLO));
            projects.add(bench.server().createProject("invoke-" + i, checkouts.get(i)));
        }
        Measure accepted50 = measure("→ 201, p50", "the same spawn in-process returns");
        Measure accepted99 = measure("→ 201, p99", "the same spawn in-process returns");
        Measure output50 = measure("→ first output byte, p50", "first byte read from the PTY");
        Measure output99 = measure("→ first output byte, p99", "first byte read from the PTY");
        for (int i = 0; i <= bench.settings().repetitions(); i++) {
            List<Start> invoked = new ArrayList<>();
            List<Start> spawned = new ArrayList<>();
            for (int n = 0; n < bench.settings().invokeSamples(); n++) {
                invoked.add(invoke(projects.get(n % PROJECTS)));
                spawned.add(spawn(checkouts.get(n % PROJECTS)));
            }
            if (i > 0) {
                record(accepted50, accepted99, invoked, spawned, Start::accepted);
                record(output50, output99, invoked, spawned, Start::firstOutput);
            }
        }
        return List.of(accepted50.result(), accepted99.result(), output50.result(), output99.result());
    }

    private Start invoke(String project) throws Exception {
        long started = System.nanoTime();
        String session = bench.server().invoke(project, "assess-baseline", null);
        long accepted = System.nanoTime();
        try (InputStream stream = bench.server().stream(project, session)) {
            new TokenScanner(stream).skipPast("event: output");
            long firstOutput = System.nanoTime();
            stream.transferTo(OutputStream.nullOutputStream());
            return new Start(millis(accepted - started), millis(firstOutput - started));
        }
    }

    private Start spawn(Path checkout) throws Exception {
        long started = System.nanoTime();
        TerminalProcess process = bench.pty().spawn(checkout);
        long accepted = System.nanoTime();
        InputStream output = InProcessPty.output(process);
        output.read();
        long firstOutput = System.nanoTime();
        output.transferTo(OutputStream.nullOutputStream());
        output.close();
        process.waitFor();
        return new Start(millis(accepted - started), millis(firstOutput - started));
    }

    private Measure measure(String figure, String baseline) {
        return new Measure("invoke", figure, "ms", Better.LOWER, baseline);
    }

    private static void record(Measure p50, Measure p99, List<Start> invoked, List<Start> spawned,
            ToDoubleFunction<Start> figure) {
        double[] ours = invoked.stream().mapToDouble(figure).toArray();
        double[] baseline = spawned.stream().mapToDouble(figure).toArray();
        p50.add(Spread.quantile(ours, 0.5), Spread.quantile(baseline, 0.5));
        p99.add(Spread.quantile(ours, 0.99), Spread.quantile(baseline, 0.99));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
