package org.grdplanner.bench;

/**
 * A measured line. {@link #ratio()} reads the same way on every line: 1.0 is as good as the baseline, 0.5 is half as
 * good (half the throughput, twice the latency, twice the memory).
 */
record Result(String benchmark, String figure, String unit, Measure.Better better, Spread ours, String baseline,
        Spread base, String note) {

    double ratio() {
        return better == Measure.Better.HIGHER ? ours.median() / base.median() : base.median() / ours.median();
    }
}
