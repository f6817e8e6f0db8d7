package org.grdplanner.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A measured line, with its repetitions in the order they ran. Its ratios read the same way on every line: 1.0 is as
 * good as the baseline, 0.5 is half as good (half the throughput, twice the latency, twice the memory).
 */
record Result(String benchmark, String figure, String unit, String baseline, String note,
        List<Repetition> repetitions) {

    /** One repetition's figure of ours, the baseline measured right before it, and their ratio. */
    record Repetition(double ours, double base, double ratio) {
    }

    Spread ours() {
        return spread(Repetition::ours);
    }

    Spread base() {
        return spread(Repetition::base);
    }

    Spread ratios() {
        return spread(Repetition::ratio);
    }

    double ratio() {
        return ratios().median();
    }

    private Spread spread(ToDoubleFunction<Repetition> figure) {
        return Spread.of(repetitions.stream().map(figure::applyAsDouble).toList());
    }
}
