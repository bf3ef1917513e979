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
        if (max > MAX_INV_DELTA) {
            throw new IllegalArgumentException("1/δ max " + max + " is beyond " + MAX_INV_DELTA + ", where the Gaussian "
                    + "kernel overflows (every value would be NaN) and LFR is 1 for any data: choose a smaller max");
        }
        if (steps > MAX_STEPS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%d grid steps would need at least "
                    + "%.1f GiB (%d bytes per step for the result columns and the engine's per-step sums) and hours of "
                    + "work: choose at most %d steps (the presets use 120-600)", steps,
                    (double) steps * BYTES_PER_STEP / (1L << 30), BYTES_PER_STEP, MAX_STEPS));
        }
    }

    /** The largest 1/δ accepted: beyond about 1e19 the kernel's exponent overflows in float. */
    public static final double MAX_INV_DELTA = 1e15;
    /** The most grid points accepted. */
    public static final int MAX_STEPS = 100_000;
    /** A lower bound of the memory one grid step takes: four result columns and the engine's sums, in bytes. */
    private static final long BYTES_PER_STEP = 64;

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
