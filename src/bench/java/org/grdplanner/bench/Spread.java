package org.grdplanner.bench;

import java.util.Arrays;
import java.util.List;

/** The median of a figure over the repetitions, with the lowest and highest. */
record Spread(double median, double min, double max) {

    static Spread of(List<Double> repetitions) {
        double[] sorted = repetitions.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("No repetitions");
        }
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[sorted.length - 1]);
    }

    /** The value at quantile {@code q} (0..1) of {@code samples}, by the nearest-rank method. */
    static double quantile(double[] samples, double q) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
