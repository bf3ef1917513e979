package org.deepfreq.spectrum;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.deepfreq.data.FloatMatrix;

/**
 * A 1/δ range chosen from the squared pairwise distances D of the points, as the kernel sees them (after the
 * optional per-dimension normalisation and the distance's scaling):
 * <ul>
 * <li>{@code min = 0.01 / Q₀.₅(D)}: a median pair then has kernel weight exp(−0.005) ≈ 0.995, the filter is nearly the
 * mean and LFR sits at its lower limit. The lowest-frequency target the points can carry (half a period across them,
 * sin(πx) on [−1, 1]) peaks near 0.65 / Q₀.₅, so the first grid point lies some 65× below it.</li>
 * <li>{@code max = 10 / Q₀.₀₀₁(D>0)}: the closest 0.1 % of distinct pairs (about each point's nearest neighbour at
 * N ≈ 1000) then have weight exp(−5) ≈ 0.007, the filter is nearly the identity and LFR ≈ 1, so no finer detail of the
 * target is left to peak beyond it.</li>
 * </ul>
 * The quantiles use every pair up to {@value #MAX_PAIRS} pairs, else that many pairs drawn with a fixed seed.
 */
public record AutoRange(double min, double max) {

    /** Quantile of D that sets the lower end. */
    public static final double MEDIAN = 0.5;
    /** Quantile of the positive D that sets the upper end. */
    public static final double NEAR_QUANTILE = 0.001;
    /** {@code min = MIN_FACTOR / Q₀.₅}. */
    public static final double MIN_FACTOR = 0.01;
    /** {@code max = MAX_FACTOR / Q₀.₀₀₁}. */
    public static final double MAX_FACTOR = 10;
    /** Pairs at most whose distances are measured. */
    static final int MAX_PAIRS = 200_000;

    public AutoRange {
        if (!(min > 0) || !(max > min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("automatic 1/δ range is empty (" + min + " .. " + max + ")");
        }
    }

    /** The range of one set of points. */
    public static AutoRange of(FloatMatrix points, boolean normalize, Distance distance) {
        double[] d = squaredDistances(points, normalize, distance);
        Arrays.sort(d);
        int firstPositive = 0;
        while (firstPositive < d.length && d[firstPositive] <= 0) {
            firstPositive++;
        }
        if (firstPositive == d.length) {
            throw new IllegalArgumentException("all " + points.rows() + " points coincide, so no 1/δ range can be "
                    + "chosen from their distances: give the range as numbers");
        }
        double median = Math.max(quantile(d, 0, MEDIAN), d[firstPositive]);
        double near = quantile(d, firstPositive, NEAR_QUANTILE);
        return new AutoRange(MIN_FACTOR / median, MAX_FACTOR / near);
    }

    /** The smallest range containing both. */
    public AutoRange union(AutoRange other) {
        return new AutoRange(Math.min(min, other.min), Math.max(max, other.max));
    }

    /** Linear-interpolated quantile q of the sorted values from {@code from} on (numpy's default rule). */
    static double quantile(double[] sorted, int from, double q) {
        double pos = q * (sorted.length - from - 1);
        int lo = from + (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double frac = pos - Math.floor(pos);
        return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
    }

    private static double[] squaredDistances(FloatMatrix x, boolean normalize, Distance distance) {
        int n = x.rows();
        int dim = x.cols();
        double[] scale = new double[dim];
        for (int j = 0; j < dim; j++) {
            double max = 0;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, Math.abs(x.get(i, j)));
            }
            scale[j] = (normalize && max > 0 ? 1 / max : 1) * distance.coordinateScale(dim);
        }
        long all = (long) n * (n - 1) / 2;
        float[] v = x.data();
        if (all <= MAX_PAIRS) {
            double[] out = new double[(int) all];
            int p = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    out[p++] = squared(v, i, j, dim, scale);
                }
            }
            return out;
        }
        SplittableRandom rnd = new SplittableRandom(1);
        double[] out = new double[MAX_PAIRS];
        for (int p = 0; p < MAX_PAIRS; p++) {
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n - 1);
            out[p] = squared(v, i, j >= i ? j + 1 : j, dim, scale);
        }
        return out;
    }

    private static double squared(float[] v, int i, int j, int dim, double[] scale) {
        double s = 0;
        int a = i * dim;
        int b = j * dim;
        for (int m = 0; m < dim; m++) {
            double diff = (v[a + m] - (double) v[b + m]) * scale[m];
            s += diff * diff;
        }
        return s;
    }
}
