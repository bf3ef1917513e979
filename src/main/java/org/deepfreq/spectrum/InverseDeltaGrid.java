package org.deepfreq.spectrum;

/**
 * A grid uniform in s = 1/δ: {@code s_k = min + k·(max - min)/(steps - 1)}, k = 0..steps-1.
 * δ is the variance of the Gaussian low-pass filter, so larger s keeps more frequencies as "low".
 */
public record InverseDeltaGrid(double min, double max, int steps) {

    public InverseDeltaGrid {
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

    /** Spacing Δs between neighbouring grid points. */
    public double spacing() {
        return (max - min) / (steps - 1);
    }

    /** The k-th grid value. */
    public double value(int k) {
        return k == steps - 1 ? max : min + k * spacing();
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
