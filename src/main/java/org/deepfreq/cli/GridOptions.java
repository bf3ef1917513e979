package org.deepfreq.cli;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.spectrum.AutoRange;
import org.deepfreq.spectrum.Distance;
import org.deepfreq.spectrum.GridKind;
import org.deepfreq.spectrum.InverseDeltaGrid;

import picocli.CommandLine.Option;

/** The 1/δ grid options shared by commands. */
final class GridOptions {

    @Option(names = "--inv-delta-min", required = true, paramLabel = "A",
            description = "smallest 1/δ (> 0), or auto: 0.01 / median squared pairwise distance")
    String min;

    @Option(names = "--inv-delta-max", required = true, paramLabel = "B",
            description = "largest 1/δ (> A), or auto: 10 / 0.1 %% quantile of the positive squared distances")
    String max;

    @Option(names = "--steps", required = true, paramLabel = "K", description = "grid points (≥ 3)")
    int steps;

    @Option(names = "--grid", defaultValue = "uniform", paramLabel = "uniform|log",
            description = "spacing of the grid: uniform in 1/δ, or log: A·(B/A)^(k/(K-1)) (default: ${DEFAULT-VALUE})")
    String kind;

    /** The grid over the points as the kernel sees them (auto ends are measured from them). */
    InverseDeltaGrid toGrid(FloatMatrix points, boolean normalize, Distance distance) {
        boolean autoMin = min.equalsIgnoreCase("auto");
        boolean autoMax = max.equalsIgnoreCase("auto");
        AutoRange auto = autoMin || autoMax ? AutoRange.of(points, normalize, distance) : null;
        return new InverseDeltaGrid(autoMin ? auto.min() : number("--inv-delta-min", min),
                autoMax ? auto.max() : number("--inv-delta-max", max), steps, GridKind.parse(kind));
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number or auto, got '" + value + "'", e);
        }
    }
}
