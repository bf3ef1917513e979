package org.deepfreq.spectrum;

import org.deepfreq.data.FloatMatrix;

/** Independent reference: the authors' full N×N computation in double precision, one kernel per δ. */
final class NaiveRdf {

    private NaiveRdf() {
    }

    static double[] lfr(FloatMatrix x, FloatMatrix y, InverseDeltaGrid grid, boolean normalize) {
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
                dist[i][j] = s;
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
}
