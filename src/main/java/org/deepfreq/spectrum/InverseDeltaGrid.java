package org.deepfreq.spectrum;

/**
 * A grid in s = 1/δ from {@code min} to {@code max} with {@code steps} points, uniform
 * ({@code s_k = min + k·(max − min)/(steps − 1)}) or logarithmic ({@code s_k = min·(max/min)^(k/(steps − 1))}),
 * k = 0..steps-1. δ is the variance of the Gaussian low-pass filter, so larger s keeps more frequencies as "low".
 */
public record InverseDeltaGrid(double min, double max, int steps, GridKind kind) {

    public InverseDeltaGrid {
        if (kind == null) {
            kind = GridKind.UNIFORM;
        }
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("1/δ range must be finite numbers, got " + min + " .. " + max);
        }
        if (min <= 0) {
            throw new IllegalArgumentException("1/δ min must be positive, got " + min + ": choose a value > 0 such as 1");
        }
        if (min >= max) {
            throw new IllegalArgumentException("1/δ min (" + min + ") must be smaller than 1/δ max (" + max + ")");
        }
        if (steps < 3) {
            throw new IllegalArgumentException("the 1/δ grid needs at least 3 steps to take a derivative, got " + steps);
        }
    }

    /** A uniform grid. */
    public InverseDeltaGrid(double min, double max, int steps) {
        this(min, max, steps, GridKind.UNIFORM);
    }

    public boolean uniform() {
        return kind == GridKind.UNIFORM;
    }

    /** Spacing Δs between neighbouring grid points of a uniform grid. */
    public double spacing() {
        if (!uniform()) {
            throw new IllegalStateException("a log grid has no single spacing");
        }
        return (max - min) / (steps - 1);
    }

    /** The k-th grid value; the two ends are exactly {@code min} and {@code max}. */
    public double value(int k) {
        if (k == 0) {
            return min;
        }
        if (k == steps - 1) {
            return max;
        }
        return uniform() ? min + k * spacing() : min * Math.pow(max / min, (double) k / (steps - 1));
    }

    /** All grid values. */
    public double[] values() {
        double[] s = new double[steps];
        for (int k = 0; k < steps; k++) {
            s[k] = value(k);
        }
        return s;
    }
}
