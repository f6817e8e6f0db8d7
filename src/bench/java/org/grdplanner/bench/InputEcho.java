package org.grdplanner.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.grdplanner.bench.Measure.Better;
import org.grdplanner.terminal.control.TerminalProcess;

/**
 * A person types into a waiting agent: the time from sending a line to seeing it echoed, with the server idle and
 * while another session floods its output to a watching client.
 */
final class InputEcho {

    private final AtomicLong tokens = new AtomicLong();

    private final BenchContext bench;

    InputEcho(BenchContext bench) {
        this.bench = bench;
    }

    /** Sends one line and returns when it has come back. */
    private interface Echo {
        void roundTrip(String token) throws Exception;
    }

    /** Keeps output flooding until closed. */
    private interface Flood extends AutoCloseable {
        @Override
        void close() throws InterruptedException;
    }

    List<Result> run() throws Exception {
        Path echoCheckout = bench.workspace().checkout(AgentMode.ECHO);
        Path floodCheckout = bench.workspace().checkout(AgentMode.FLOOD);
        String echoProject = bench.server().createProject("echo", echoCheckout);
        String session = bench.server().invoke(echoProject, "new-milestone", "interactive");
        TokenScanner stream = new TokenScanner(bench.server().stream(echoProject, session));
        Echo ours = token -> {
            bench.server().input(echoProject, session, token + "\n");
            stream.skipPast(token);
        };
        TerminalProcess cat = bench.pty().spawn(echoCheckout);
        TokenScanner catOutput = new TokenScanner(InProcessPty.output(cat));
        OutputStream catInput = cat.getOutputStream();
        Echo direct = token -> {
            catInput.write((token + "\n").getBytes(StandardCharsets.UTF_8));
            catInput.flush();
            catOutput.skipPast(token);
        };
        warmUp(ours);
        warmUp(direct);
        Measure idle50 = measure("idle, p50");
        Measure idle99 = measure("idle, p99");
        Measure flood50 = measure("another session flooding, p50");
        Measure flood99 = measure("another session flooding, p99");
        try {
            // idle first: for seconds after a flood the JIT recompiles the request path the flood's events reshaped
            for (int i = 0; i < bench.settings().repetitions(); i++) {
                record(idle50, idle99, latencies(ours), latencies(direct));
            }
            for (int i = 0; i <= bench.settings().repetitions(); i++) {
                double[] serverFlooded;
                try (Flood flooding = serverFlood(floodCheckout)) {
                    serverFlooded = latencies(ours);
                }
                double[] directFlooded;
                try (Flood flooding = directFlood(floodCheckout)) {
                    directFlooded = latencies(direct);
                }
                if (i > 0) {
                    record(flood50, flood99, serverFlooded, directFlooded);
                }
            }
        } finally {
            bench.server().stop(echoProject, session);
            cat.destroyForcibly().waitFor();
        }
        return List.of(idle50.result(), idle99.result(), flood50.result(), flood99.result());
    }

    private Measure measure(String figure) {
        return new Measure("input echo", figure, "ms", Better.LOWER, "cat's PTY written and read in-process");
    }

    private static void record(Measure p50, Measure p99, double[] server, double[] baseline) {
        p50.add(Spread.quantile(server, 0.5), Spread.quantile(baseline, 0.5));
        p99.add(Spread.quantile(server, 0.99), Spread.quantile(baseline, 0.99));
    }

    /**
     * A server that has answered people for a while has compiled its request path; so has the baseline's JVM. Here
     * the JIT was still compiling Payara's request path at tier 4 after 3,000 echoes, and its compiler threads took
     * the CPU the echo needed; after 15,000 it had little left to compile.
     */
    private void warmUp(Echo echo) throws Exception {
        for (int i = 0; i < bench.settings().echoWarmUp(); i++) {
            echo.roundTrip("warm" + tokens.incrementAndGet() + ".");
        }
    }

    private double[] latencies(Echo echo) throws Exception {
        double[] millis = new double[bench.settings().echoSamples()];
        for (int i = 0; i < millis.length; i++) {
            String token = "ping" + tokens.incrementAndGet() + ".";
            long started = System.nanoTime();
            echo.roundTrip(token);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return millis;
    }

    private Flood serverFlood(Path checkout) {
        return repeatedly(() -> bench.server().inProject("echo-flood", checkout,
                project -> bench.server().drain(project, bench.server().invoke(project, "assess-baseline", null))));
    }

    private Flood directFlood(Path checkout) {
        return repeatedly(() -> InProcessPty.drain(bench.pty().spawn(checkout)));
    }

    private interface Run {
        void once() throws Exception;
    }

    private static Flood repeatedly(Run run) {
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread flooder = new Thread(() -> {
            try {
                while (!stopping.get()) {
                    run.once();
                }
            } catch (Exception e) {
                failure.set(e);
            }
        }, "flood");
        flooder.start();
        return () -> {
            stopping.set(true);
            flooder.join();
            if (failure.get() != null) {
                throw new IllegalStateException("The flood failed", failure.get());
            }
        };
    }
}
