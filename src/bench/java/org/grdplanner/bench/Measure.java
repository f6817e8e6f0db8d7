package org.grdplanner.bench;

import java.util.ArrayList;
import java.util.List;

/** One line of the table: a figure of ours and of its baseline, collected once per repetition. */
final class Measure {

    enum Better { HIGHER, LOWER }

    private final String benchmark;
    private final String figure;
    private final String unit;
    private final Better better;
    private final String baseline;
    private final List<Double> ours = new ArrayList<>();
    private final List<Double> base = new ArrayList<>();

    Measure(String benchmark, String figure, String unit, Better better, String baseline) {
        this.benchmark = benchmark;
        this.figure = figure;
        this.unit = unit;
        this.better = better;
        this.baseline = baseline;
    }

    void add(double oursValue, double baselineValue) {
        ours.add(oursValue);
        base.add(baselineValue);
    }

    Result result(String note) {
        return new Result(benchmark, figure, unit, better, Spread.of(ours), baseline, Spread.of(base), note);
    }

    Result result() {
        return result("");
    }
}
