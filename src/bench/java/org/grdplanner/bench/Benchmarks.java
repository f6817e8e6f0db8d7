package org.grdplanner.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark suite ({@code mvn -Pbench verify}): starts GRD Planner as users run it and measures the streaming
 * path, invoke, status and concurrency, each against a baseline measured in the same run. Prints the table and
 * writes it to target/bench/results.md, with a chart of the ratios in target/bench/ratios.png and every repetition's
 * figures in target/bench/repetitions.csv.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchWorkspace workspace = BenchWorkspace.prepare(settings);
        InProcessPty pty = new InProcessPty(workspace.agent());
        List<Result> results = new ArrayList<>();
        try (BenchServer server = BenchServer.start(settings, workspace, "main")) {
            BenchContext bench = new BenchContext(server, pty, workspace, settings);
            run(settings, "throughput", results, () -> new OutputThroughput(bench).run());
            run(settings, "echo", results, () -> new InputEcho(bench).run());
            run(settings, "invoke", results, () -> new InvokeLatency(bench).run());
            run(settings, "status", results, () -> new StatusLoad(bench).run());
        }
        run(settings, "concurrency", results, () -> new IdleSessions(settings, workspace).run());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        String took = elapsed.toMinutes() + " min " + elapsed.toSecondsPart() + " s";
        String report = Report.markdown(results, settings, took);
        Files.writeString(workspace.root().resolve("results.md"), report);
        RatioChart.write(results, workspace.root().resolve("ratios.png"));
        Files.writeString(workspace.root().resolve("repetitions.csv"), Report.repetitionsCsv(results));
        System.out.println(report);
        System.out.println("Written to " + workspace.root().resolve("results.md") + ", "
                + workspace.root().resolve("ratios.png") + " and " + workspace.root().resolve("repetitions.csv"));
    }

    private interface Benchmark {
        List<Result> run() throws Exception;
    }

    private static void run(BenchSettings settings, String name, List<Result> results, Benchmark benchmark)
            throws Exception {
        if (settings.runs(name)) {
            System.out.println("bench: " + name + "...");
            results.addAll(benchmark.run());
        }
    }
}
