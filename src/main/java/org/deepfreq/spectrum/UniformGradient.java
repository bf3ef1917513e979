package org.deepfreq.spectrum;

/**
 * Derivative of samples on a uniform grid with numpy.gradient's semantics (edge_order = 1):
 * second-order central differences inside, first-order one-sided differences at the two ends.
 */
public final class UniformGradient {

    private UniformGradient() {
    }

    /** d f / d s for samples f on a grid of spacing h; needs at least 2 samples. */
    public static double[] of(double[] f, double h) {
        int n = f.length;
        if (n < 2) {
            throw new IllegalArgumentException("a gradient needs at least 2 samples, got " + n);
        }
        double[] g = new double[n];
        g[0] = (f[1] - f[0]) / h;
        g[n - 1] = (f[n - 1] - f[n - 2]) / h;
        for (int k = 1; k < n - 1; k++) {
            g[k] = (f[k + 1] - f[k - 1]) / (2 * h);
        }
        return g;
    }
}
