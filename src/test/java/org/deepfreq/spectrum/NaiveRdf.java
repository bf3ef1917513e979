package org.deepfreq.spectrum;

import org.deepfreq.data.FloatMatrix;

/** Independent reference: the authors' full N×N computation in double precision, one kernel per δ. */
final class NaiveRdf {

    private NaiveRdf() {
    }

    static double[] lfr(FloatMatrix x, FloatMatrix y, InverseDeltaGrid grid, boolean normalize) {
        return lfr(x, y, grid, normalize, false);
    }

    /** @param meanDistance divide each squared distance by the dimension d */
    static double[] lfr(FloatMatrix x, FloatMatrix y, InverseDeltaGrid grid, boolean normalize, boolean meanDistance) {
        int n = x.rows();
        int d = x.cols();
        int c = y.cols();
        double[][] xs = new double[n][d];
        for (int j = 0; j < d; j++) {
            double max = 0;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, Math.abs(x.get(i, j)));
            }
            for (int i = 0; i < n; i++) {
                xs[i][j] = normalize && max > 0 ? x.get(i, j) / max : x.get(i, j);
            }
        }
        double[][] dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int m = 0; m < d; m++) {
                    double diff = xs[i][m] - xs[j][m];
                    s += diff * diff;
                }
                dist[i][j] = meanDistance ? s / d : s;
            }
        }
        double energy = 0;
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < c; m++) {
                energy += (double) y.get(i, m) * y.get(i, m);
            }
        }
        double[] lfr = new double[grid.steps()];
        for (int k = 0; k < grid.steps(); k++) {
            double s = grid.value(k);
            double total = 0;
            for (int i = 0; i < n; i++) {
                double den = 0;
                double[] num = new double[c];
                for (int j = 0; j < n; j++) {
                    double w = Math.exp(-dist[i][j] * s / 2);
                    den += w;
                    for (int m = 0; m < c; m++) {
                        num[m] += w * y.get(j, m);
                    }
                }
                for (int m = 0; m < c; m++) {
                    total += (num[m] / den) * (num[m] / den);
                }
            }
            lfr[k] = total / energy;
        }
        return lfr;
    }

    /**
     * dLFR/ds written out from the three-point Lagrange polynomial through (s_{k-1}, s_k, s_{k+1}) differentiated at
     * s_k, and one-sided differences at the ends: numpy.gradient(lfr, s) for any spacing.
     */
    static double[] derivative(double[] f, double[] s) {
        int n = f.length;
        double[] g = new double[n];
        g[0] = (f[1] - f[0]) / (s[1] - s[0]);
        g[n - 1] = (f[n - 1] - f[n - 2]) / (s[n - 1] - s[n - 2]);
        for (int k = 1; k < n - 1; k++) {
            double a = s[k - 1];
            double b = s[k];
            double c = s[k + 1];
            // L'(b) = f_a (b−c)/((a−b)(a−c)) + f_b ((b−a)+(b−c))/((b−a)(b−c)) + f_c (b−a)/((c−a)(c−b))
            g[k] = f[k - 1] * (b - c) / ((a - b) * (a - c)) + f[k] * ((b - a) + (b - c)) / ((b - a) * (b - c))
                    + f[k + 1] * (b - a) / ((c - a) * (c - b));
        }
        return g;
    }

    /** The grid value where the derivative of the reference LFR is largest (the first one on ties). */
    static double peak(double[] lfr, double[] s) {
        double[] g = derivative(lfr, s);
        int best = 0;
        for (int k = 1; k < g.length; k++) {
            if (g[k] > g[best]) {
                best = k;
            }
        }
        return s[best];
    }
}
