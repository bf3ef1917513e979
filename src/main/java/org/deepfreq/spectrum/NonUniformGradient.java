package org.deepfreq.spectrum;

/**
 * Derivative of samples on a non-uniform grid with numpy.gradient's semantics ({@code numpy.gradient(f, s)},
 * edge_order = 1): inside, the second-order formula for unequal spacing
 * {@code g_k = −h₂/(h₁(h₁+h₂))·f_{k−1} + (h₂−h₁)/(h₁h₂)·f_k + h₁/(h₂(h₁+h₂))·f_{k+1}} with
 * {@code h₁ = s_k − s_{k−1}}, {@code h₂ = s_{k+1} − s_k}; first-order one-sided differences at the two ends.
 */
public final class NonUniformGradient {

    private NonUniformGradient() {
    }

    /** d f / d s for samples f at strictly increasing s; needs at least 2 samples. */
    public static double[] of(double[] f, double[] s) {
        int n = f.length;
        if (n < 2 || s.length != n) {
            throw new IllegalArgumentException("a gradient needs at least 2 samples and one grid value per sample, got "
                    + n + " samples and " + s.length + " grid values");
        }
        double[] g = new double[n];
        g[0] = (f[1] - f[0]) / (s[1] - s[0]);
        g[n - 1] = (f[n - 1] - f[n - 2]) / (s[n - 1] - s[n - 2]);
        for (int k = 1; k < n - 1; k++) {
            double h1 = s[k] - s[k - 1];
            double h2 = s[k + 1] - s[k];
            g[k] = -h2 / (h1 * (h1 + h2)) * f[k - 1] + (h2 - h1) / (h1 * h2) * f[k] + h1 / (h2 * (h1 + h2)) * f[k + 1];
        }
        return g;
    }
}
