package org.grdplanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.grdplanner.bench.Measure.Better;

/** Many pages poll a project's planning status at once: requests per second and p99, against the liveness check. */
final class StatusLoad {

    private static final String LIVENESS = "/health/live";

    private record Load(double requestsPerSecond, double p99) {
    }

    private final BenchContext bench;

    StatusLoad(BenchContext bench) {
        this.bench = bench;
    }

    List<Result> run() throws Exception {
        String project = bench.server().createProject("status", bench.workspace().checkout(AgentMode.HELLO));
        String status = "/api/projects/" + project + "/planning/status";
        List<Result> results = new ArrayList<>();
        for (int clients : bench.settings().statusClients()) {
            Measure throughput = new Measure("status", clients + " clients, requests/s", "req/s", Better.HIGHER,
                    "GET " + LIVENESS);
            Measure p99 = new Measure("status", clients + " clients, p99", "ms", Better.LOWER, "GET " + LIVENESS);
            for (int i = 0; i <= bench.settings().repetitions(); i++) {
                Load ours = load(status, clients);
                Load baseline = load(LIVENESS, clients);
                if (i > 0) {
                    throughput.add(ours.requestsPerSecond(), baseline.requestsPerSecond());
                    p99.add(ours.p99(), baseline.p99());
                }
            }
            results.add(throughput.result());
            results.add(p99.result());
        }
        return results;
    }

    private Load load(String path, int clients) throws Exception {
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        List<List<Double>> latencies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Double> mine = new ArrayList<>();
            latencies.add(mine);
            new Thread(() -> {
                try {
                    while (!stopping.get()) {
                        long started = System.nanoTime();
                        int code = bench.server().get(path);
                        if (code != 200) {
                            throw new IllegalStateException("GET " + path + " answered " + code);
                        }
                        mine.add((System.nanoTime() - started) / 1e6);
                    }
                } catch (Exception e) {
                    failure.set(e);
                } finally {
                    done.countDown();
                }
            }, "status-client-" + c).start();
        }
        long started = System.nanoTime();
        Thread.sleep(bench.settings().statusRun().toMillis());
        stopping.set(true);
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failure.get() != null) {
            throw failure.get();
        }
        double[] all = latencies.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
        return new Load(all.length / seconds, Spread.quantile(all, 0.99));
    }
}
