package org.grdplanner.bench;

import java.util.List;

/**
 * A measured line. Its ratios read the same way on every line: 1.0 is as good as the baseline, 0.5 is half as good
 * (half the throughput, twice the latency, twice the memory). The repetitions are kept in the order they ran.
 */
record Result(String benchmark, String figure, String unit, Spread ours, String baseline, Spread base, Spread ratios,
        String note, List<Repetition> repetitions) {

    /** One repetition's figure of ours, the baseline measured right before it, and their ratio. */
    record Repetition(double ours, double base, double ratio) {
    }

    double ratio() {
        return ratios.median();
    }
}
