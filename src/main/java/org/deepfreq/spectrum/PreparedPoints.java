package org.deepfreq.spectrum;

import java.nio.FloatBuffer;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

import org.bytedeco.javacpp.FloatPointer;
import org.deepfreq.data.FloatMatrix;

/**
 * A request's inputs as the engine uses them: the points optionally normalised and then centred
 * (off-heap for the GEMM, with their squared norms on the heap), and the targets with a
 * trailing column of ones (so one pass yields the filtered numerators and the kernel sums); optionally reordered by
 * target class ({@link TargetClasses}), which leaves the LFR unchanged (a sum over all points).
 *
 * @param points       N×d, row-major, at the start of a flat off-heap buffer (possibly longer)
 * @param n            points N
 * @param d            dimension d
 * @param squaredNorms ‖x_i‖² of the prepared points
 * @param targets      N×(c+1) row-major: Y, then 1
 * @param width        c + 1
 * @param targetEnergy Σ_i ‖y_i‖²
 * @param classes      null, or the targets' classes: then position p holds point {@code classes.order()[p]}, and the
 *                     points of class g are at positions {@code classes.starts()[g]} to {@code classes.starts()[g+1]-1}
 */
record PreparedPoints(FloatPointer points, int n, int d, float[] squaredNorms, float[] targets, int width,
        double targetEnergy, TargetClasses classes) {

    /** Sums the grid walk keeps per point and grid point: one per class, or one per target column and the kernel sum. */
    int sumsPerPoint() {
        return classes == null ? width : classes.count();
    }

    /** Target columns c (without the column of ones). */
    int targetColumns() {
        return width - 1;
    }

    /**
     * The points in their given order.
     *
     * @param storage gives a flat float buffer of at least the requested length for the points
     * @throws IllegalArgumentException when Y carries no energy (all zero)
     */
    static PreparedPoints of(RdfRequest r, LongFunction<FloatPointer> storage) {
        return of(r, storage, null);
    }

    /**
     * The points sorted by target class when Y has at most {@code maxClasses} distinct rows, else in their given order.
     *
     * @throws IllegalArgumentException when Y carries no energy (all zero)
     */
    static PreparedPoints byClass(RdfRequest r, LongFunction<FloatPointer> storage, int maxClasses) {
        return of(r, storage, TargetClasses.of(r.targets(), maxClasses));
    }

    private static PreparedPoints of(RdfRequest r, LongFunction<FloatPointer> storage, TargetClasses classes) {
        FloatMatrix xm = r.points();
        FloatMatrix ym = r.targets();
        int n = xm.rows();
        int d = xm.cols();
        int c = ym.cols();
        int width = c + 1;
        float[] ya = new float[n * width];
        double energy = 0;
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[classes == null ? p : classes.order()[p]] = p;
        }
        for (int i = 0; i < n; i++) {
            int at = position[i] * width;
            for (int m = 0; m < c; m++) {
                float v = ym.get(i, m);
                ya[at + m] = v;
                energy += (double) v * v;
            }
            ya[at + c] = 1f;
        }
        if (energy == 0) {
            throw new IllegalArgumentException("Y is zero everywhere, so its frequency content is undefined: "
                    + "use a non-zero target");
        }
        float[] norms = new float[n];
        FloatPointer flat = storage.apply((long) n * d); // only once the targets are known to be usable
        centred(xm, r.normalize(), (float) r.distance().coordinateScale(d), position, flat, norms);
        return new PreparedPoints(flat, n, d, norms, ya, width, energy, classes);
    }

    /**
     * The points, optionally divided per dimension by its maximum absolute value (an all-zero
     * dimension stays zero), multiplied by the distance's coordinate scale (1/√d for the mean distance),
     * then centred: distances are unchanged and the GEMM form
     * ‖a‖² + ‖b‖² − 2ab loses less precision to cancellation. Written row by row straight into
     * the flat off-heap buffer (no heap copy of the whole matrix), in loops the JIT vectorises, in
     * parallel over blocks of {@value #SUM_ROWS} rows; column sums go through float partial sums per
     * block, added in block order into double. Row i goes to row {@code position[i]} of the buffer, whose ‖x‖² goes
     * to the same index of {@code norms}.
     */
    private static void centred(FloatMatrix m, boolean normalize, float distanceScale, int[] position,
            FloatPointer flat, float[] norms) {
        int n = m.rows();
        int d = m.cols();
        float[] src = m.data();
        int blocks = (n + SUM_ROWS - 1) / SUM_ROWS;
        float[] scale = new float[d];
        if (normalize) {
            float[][] blockMax = new float[blocks][d];
            IntStream.range(0, blocks).parallel().forEach(b -> {
                float[] max = blockMax[b];
                for (int i = b * SUM_ROWS; i < Math.min(n, (b + 1) * SUM_ROWS); i++) {
                    maxAbs(src, i * d, max, d);
                }
            });
            for (float[] max : blockMax) {
                for (int j = 0; j < d; j++) {
                    scale[j] = Math.max(scale[j], max[j]);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = (normalize && scale[j] > 0 ? 1f / scale[j] : 1f) * distanceScale;
        }
        float[][] blockSum = new float[blocks][d];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            float[] partial = blockSum[b];
            for (int i = b * SUM_ROWS; i < Math.min(n, (b + 1) * SUM_ROWS); i++) {
                addScaled(src, i * d, scale, partial, d);
            }
        });
        double[] sum = new double[d];
        for (float[] partial : blockSum) { // in block order: the same result with any number of threads
            for (int j = 0; j < d; j++) {
                sum[j] += partial[j];
            }
        }
        float[] mean = new float[d];
        for (int j = 0; j < d; j++) {
            mean[j] = (float) (sum[j] / n);
        }
        FloatBuffer target = flat.asBuffer();
        IntStream.range(0, blocks).parallel().forEach(b -> {
            float[] row = new float[d];
            for (int i = b * SUM_ROWS; i < Math.min(n, (b + 1) * SUM_ROWS); i++) {
                centredRow(src, i * d, scale, mean, row, d);
                int p = position[i];
                norms[p] = squaredNorm(row);
                target.put(p * d, row, 0, d);
            }
        });
    }

    private static final int SUM_ROWS = 64;

    // The per-row loops are methods of their own, called once per row, so that the engine's warm-up can have the JIT
    // compile them whole before a big input runs through them (EngineWarmUp).

    /** {@code max[j] = max(max[j], |src[o + j]|)}. */
    static void maxAbs(float[] src, int o, float[] max, int d) {
        for (int j = 0; j < d; j++) {
            max[j] = Math.max(max[j], Math.abs(src[o + j]));
        }
    }

    /** {@code partial[j] += src[o + j] · scale[j]}. */
    static void addScaled(float[] src, int o, float[] scale, float[] partial, int d) {
        for (int j = 0; j < d; j++) {
            partial[j] += src[o + j] * scale[j];
        }
    }

    /** {@code row[j] = src[o + j] · scale[j] − mean[j]}. */
    static void centredRow(float[] src, int o, float[] scale, float[] mean, float[] row, int d) {
        for (int j = 0; j < d; j++) {
            row[j] = src[o + j] * scale[j] - mean[j];
        }
    }

    /** Σ v², summed in double over two interleaved partial sums. */
    static float squaredNorm(float[] v) {
        double s0 = 0;
        double s1 = 0;
        int j = 0;
        for (; j + 1 < v.length; j += 2) {
            double a = v[j];
            double b = v[j + 1];
            s0 += a * a;
            s1 += b * b;
        }
        if (j < v.length) {
            double a = v[j];
            s0 += a * a;
        }
        return (float) (s0 + s1);
    }
}
