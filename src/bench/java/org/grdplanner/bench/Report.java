package org.grdplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The results as a Markdown table, with the machine and the settings they were measured with. */
final class Report {

    private Report() {
    }

    static String markdown(List<Result> results, BenchSettings settings, String elapsed) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# GRD Planner benchmarks\n\n");
        md.append("Run ").append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)).append(" on ")
                .append(machine()).append(", in ").append(elapsed).append(".\n\n");
        md.append("Each figure is the median of ").append(settings.repetitions()).append(" repetitions (")
                .append(settings.floodRepetitions()).append(" for output throughput and reconnect replay;")
                .append(" after a warm-up; each concurrency repetition starts a fresh server instead),"
                        + " with the lowest and highest in brackets. The ratio is ours against the baseline measured in"
                        + " the same repetition, the median over the repetitions with the lowest and highest, and reads"
                        + " the same on every line: 1.00 is as good as the baseline, 0.50 is half as good (half the"
                        + " throughput, twice the latency, twice the memory).\n\n");
        md.append("| benchmark | figure | ours | baseline | ratio | note |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Result result : results) {
            md.append("| ").append(result.benchmark())
                    .append(" | ").append(result.figure())
                    .append(" | ").append(spread(result.ours(), result.unit()))
                    .append(" | ").append(spread(result.base(), result.unit())).append(", ").append(result.baseline())
                    .append(" | ").append(ratios(result.ratios()))
                    .append(" | ").append(result.note())
                    .append(" |\n");
        }
        md.append("\nSettings: ").append(settings.floodMiB()).append(" MiB flood (after ")
                .append(settings.floodWarmUp()).append(" to warm up), ")
                .append(settings.echoSamples()).append(" echoes (after ").append(settings.echoWarmUp())
                .append(" to warm up) and ").append(settings.invokeSamples())
                .append(" invokes per repetition, status load for ").append(settings.statusRun().toSeconds())
                .append(" s per level; server JVM options: ")
                .append(settings.serverJvmOptions().isEmpty() ? "none" : String.join(" ", settings.serverJvmOptions()))
                .append(".\n");
        return md.toString();
    }

    /** Every repetition of every line, in the order they ran, for a look at more than the medians. */
    static String repetitionsCsv(List<Result> results) {
        StringBuilder csv = new StringBuilder("benchmark,figure,unit,repetition,ours,baseline,ratio\n");
        for (Result result : results) {
            int number = 1;
            for (Result.Repetition repetition : result.repetitions()) {
                csv.append(quoted(result.benchmark())).append(',').append(quoted(result.figure())).append(',')
                        .append(quoted(result.unit())).append(',').append(number++).append(',')
                        .append(String.format(Locale.ROOT, "%.6g,%.6g,%.4f\n", repetition.ours(), repetition.base(),
                                repetition.ratio()));
            }
        }
        return csv.toString();
    }

    private static String quoted(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String spread(Spread spread, String unit) {
        return number(spread.median()) + " " + unit + " (" + number(spread.min()) + "–" + number(spread.max()) + ")";
    }

    private static String ratios(Spread ratios) {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", ratios.median(), ratios.min(), ratios.max());
    }

    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String machine() throws IOException {
        String cpu = cpuModel().orElse(System.getProperty("os.arch"));
        long memoryKiB = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(0L);
        return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB, Linux %s, Java %s", cpu,
                Runtime.getRuntime().availableProcessors(), memoryKiB / 1024.0 / 1024.0,
                System.getProperty("os.version"), System.getProperty("java.version"));
    }

    private static Optional<String> cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst();
    }
}
