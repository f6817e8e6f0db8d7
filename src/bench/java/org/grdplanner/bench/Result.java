package org.grdplanner.bench;

/**
 * A measured line. Its ratios read the same way on every line: 1.0 is as good as the baseline, 0.5 is half as good
 * (half the throughput, twice the latency, twice the memory).
 */
record Result(String benchmark, String figure, String unit, Spread ours, String baseline, Spread base, Spread ratios,
        String note) {

    double ratio() {
        return ratios.median();
    }
}
