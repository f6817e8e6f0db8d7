package org.grdplanner.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What the benchmark run uses and how much of it, from the {@code bench.*} system properties the pom passes. */
record BenchSettings(Path root, Path war, Path microJar, Path prebootCommands, Path agentScript, int repetitions,
        int floodRepetitions, int floodWarmUp, int floodMiB, int echoSamples, int echoWarmUp, int invokeSamples,
        Duration statusRun, List<Integer> statusClients, List<Integer> idleSessions, List<String> serverJvmOptions,
        List<String> benchmarks) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                path("bench.dir"),
                path("bench.war"),
                path("bench.micro.jar"),
                path("bench.preboot.commands"),
                path("bench.agent.script"),
                number("bench.repetitions", 5),
                number("bench.flood.repetitions", 15),
                number("bench.flood.warmup", 3),
                number("bench.flood.mib", 256),
                number("bench.echo.samples", 200),
                number("bench.echo.warmup", 15000),
                number("bench.invoke.samples", 100),
                Duration.ofSeconds(number("bench.status.seconds", 3)),
                numbers("bench.status.clients", "1,16,64"),
                numbers("bench.idle.sessions", "10,100,500"),
                words(System.getProperty("bench.server.jvm.options", "")),
                List.of(System.getProperty("bench.only", ALL).split(",")));
    }

    static final String ALL = "throughput,echo,invoke,status,concurrency";

    boolean runs(String benchmark) {
        return benchmarks.contains(benchmark);
    }

    int maxIdleSessions() {
        return idleSessions.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Path path(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + key
                    + " is not set; run the benchmarks with mvn -Pbench verify");
        }
        return Path.of(value).toAbsolutePath();
    }

    private static int number(String key, int fallback) {
        return Integer.parseInt(System.getProperty(key, Integer.toString(fallback)).strip());
    }

    private static List<Integer> numbers(String key, String fallback) {
        return Arrays.stream(System.getProperty(key, fallback).split(",")).map(String::strip).map(Integer::valueOf)
                .toList();
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
