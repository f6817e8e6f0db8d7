package org.grdplanner.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.grdplanner.bench.Measure.Better;

/**
 * Many agents wait for input at once: the server's memory and threads with 10, 100, 500 live sessions against the
 * same server with none. Each repetition starts a fresh server, so one repetition's heap does not carry over.
 */
final class IdleSessions {

    private static final int STARTERS = 8;

    private final BenchSettings settings;
    private final BenchWorkspace workspace;

    private record Level(Measure rss, Measure threads, List<Double> perSessionKiB) {
    }

    IdleSessions(BenchSettings settings, BenchWorkspace workspace) {
        this.settings = settings;
        this.workspace = workspace;
    }

    List<Result> run() throws Exception {
        Map<Integer, Level> levels = new LinkedHashMap<>();
        for (int sessions : settings.idleSessions()) {
            levels.put(sessions, new Level(
                    new Measure("concurrency", sessions + " idle sessions, RSS", "MiB", Better.LOWER,
                            "the same server with none"),
                    new Measure("concurrency", sessions + " idle sessions, threads", "threads", Better.LOWER,
                            "the same server with none"),
                    new ArrayList<>()));
        }
        for (int i = 0; i < settings.repetitions(); i++) {
            repeat(i, levels);
        }
        List<Result> results = new ArrayList<>();
        levels.values().forEach(level -> {
            Spread cost = Spread.of(level.perSessionKiB());
            results.add(level.rss().result(String.format("%.0f KiB per session (%.0f–%.0f)",
                    cost.median(), cost.min(), cost.max())));
            results.add(level.threads().result());
        });
        return results;
    }

    private void repeat(int repetition, Map<Integer, Level> levels) throws Exception {
        try (BenchServer server = BenchServer.start(settings, workspace, "idle-" + repetition)) {
            List<String> projects = new ArrayList<>();
            for (int p = 0; p < settings.maxIdleSessions(); p++) {
                projects.add(server.createProject("idle-" + p, workspace.checkout(AgentMode.ECHO)));
            }
            ProcessFootprint none = ProcessFootprint.of(server.pid());
            int running = 0;
            for (Map.Entry<Integer, Level> level : levels.entrySet()) {
                int target = level.getKey();
                startSessions(server, projects.subList(running, target));
                running = target;
                ProcessFootprint busy = ProcessFootprint.of(server.pid());
                level.getValue().rss().add(busy.rssMiB(), none.rssMiB());
                level.getValue().threads().add(busy.threads(), none.threads());
                level.getValue().perSessionKiB().add((busy.rssMiB() - none.rssMiB()) * 1024 / target);
            }
        }
    }

    /** Starts one waiting agent per project, several requests at a time; any refusal fails the benchmark. */
    private static void startSessions(BenchServer server, List<String> projects) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(STARTERS);
        try {
            List<Future<String>> started = new ArrayList<>();
            for (String project : projects) {
                started.add(starters.submit(() -> server.invoke(project, "new-milestone", "interactive")));
            }
            for (int i = 0; i < projects.size(); i++) {
                String session = started.get(i).get();
                String status = server.session(projects.get(i), session).getString("status");
                if (!status.equals("active")) {
                    throw new IllegalStateException("Session " + session + " is " + status + ", not active");
                }
            }
        } finally {
            starters.shutdown();
        }
    }
}
