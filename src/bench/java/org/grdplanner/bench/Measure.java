package org.grdplanner.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the table: a figure of ours and of its baseline, collected once per repetition. The ratio is taken
 * within each repetition, whose two figures were measured minutes apart at most: on a shared machine whose speed
 * drifts, the median of those ratios moves less than the ratio of two medians.
 */
final class Measure {

    enum Better { HIGHER, LOWER }

    private final String benchmark;
    private final String figure;
    private final String unit;
    private final Better better;
    private final String baseline;
    private final List<Result.Repetition> repetitions = new ArrayList<>();

    Measure(String benchmark, String figure, String unit, Better better, String baseline) {
        this.benchmark = benchmark;
        this.figure = figure;
        this.unit = unit;
        this.better = better;
        this.baseline = baseline;
    }

    void add(double oursValue, double baselineValue) {
        double ratio = better == Better.HIGHER ? oursValue / baselineValue : baselineValue / oursValue;
        repetitions.add(new Result.Repetition(oursValue, baselineValue, ratio));
    }

    Result result(String note) {
        return new Result(benchmark, figure, unit, baseline, note, List.copyOf(repetitions));
    }

    Result result() {
        return result("");
    }
}
