package org.deepfreq.spectrum;

import org.deepfreq.numeric.FastExp;

/**
 * The per-grid-point work of the engine, fused into one pass over a tile of kernel columns: for
 * every grid point k and target column m it adds {@code Σ_j w_j · y_jm} to the tile's sums and then
 * advances every kernel column by its ratio ({@code w_j ← w_j · r_j}, the one-pass trick of docs/design.md
 * section 1).
 *
 * <p>Written for the JIT's auto-vectoriser (C2 SuperWord on JDK 17), whose limits were measured:
 * each kernel column is its own array indexed from 0 (offsets into one shared array stop the loop
 * from vectorising), eight columns feed one accumulator per loop (sixteen make the loop too big to
 * unroll, and two accumulators sharing the loaded columns stop it vectorising), the eight-column
 * loop sits in {@link #walk} itself next to the update of the columns, which is a loop of its own
 * (the same loop in a method without that update ran 5× slower). This reaches 60–75 GFLOP/s per
 * core with AVX-512 against 8–14 GFLOP/s for the same arithmetic in the shapes that do not vectorise.
 */
final class GridWalk {

    /** Kernel columns per accumulator pass. */
    static final int UNROLL = 8;

    private GridWalk() {
    }

    /**
     * Walks all grid points over kernel columns {@code from..to-1}.
     *
     * @param w      kernel columns: {@code w[j][i]} = K(x_i, x_{first+j}) at the first grid point; advanced in place
     * @param r      ratio columns: {@code r[j][i]} = K at one grid spacing; with {@code nextS}, the exponent −D/2
     * @param nextS  null on a uniform grid; on another grid {@code nextS[k]} = s_{k+1}, and each column is
     *               recomputed as {@code exp(r·s_{k+1})} after grid point k instead of multiplied by its ratio
     *               ({@link RecomputedRows}: only the rows between the first and the last one still above the
     *               exponential's floor)
     * @param scratch at least {@code rows} floats for the exponentials of a non-uniform grid
     * @param rows   lanes i used in every column
     * @param y      targets with a trailing column of ones, row-major with {@code width} columns
     * @param first  the point index of column 0 of {@code w}
     * @param sums   {@code sums[k][m][i]} += Σ_j K_k(x_i, x_j) · y[j][m], for every grid point k
     * @param steps  grid points K
     */
    static void walk(float[][] w, float[][] r, int from, int to, int rows, float[] y, int width, int first,
            float[][][] sums, int steps, float[] nextS, float[] scratch) {
        RecomputedRows recomputed = RecomputedRows.forGrid(nextS, from, to, rows);
        for (int k = 0; k < steps; k++) {
            float[][] sumsAtK = sums[k];
            int j = from;
            for (; j + UNROLL <= to; j += UNROLL) {
                float[] w0 = w[j];
                float[] w1 = w[j + 1];
                float[] w2 = w[j + 2];
                float[] w3 = w[j + 3];
                float[] w4 = w[j + 4];
                float[] w5 = w[j + 5];
                float[] w6 = w[j + 6];
                float[] w7 = w[j + 7];
                int yAt = (first + j) * width;
                for (int m = 0; m < width; m++) {
                    int o = yAt + m;
                    float y0 = y[o];
                    float y1 = y[o + width];
                    float y2 = y[o + 2 * width];
                    float y3 = y[o + 3 * width];
                    float y4 = y[o + 4 * width];
                    float y5 = y[o + 5 * width];
                    float y6 = y[o + 6 * width];
                    float y7 = y[o + 7 * width];
                    float[] a = sumsAtK[m];
                    for (int i = 0; i < rows; i++) {
                        a[i] = Math.fma(w7[i], y7, Math.fma(w6[i], y6, Math.fma(w5[i], y5, Math.fma(w4[i], y4,
                                Math.fma(w3[i], y3, Math.fma(w2[i], y2, Math.fma(w1[i], y1, Math.fma(w0[i], y0, a[i]))))))));
                    }
                }
                for (int q = j; q < j + UNROLL; q++) {
                    next(w[q], r[q], rows, nextS, k, scratch, recomputed, q);
                }
            }
            for (; j < to; j++) {
                accumulateOne(w[j], rows, y, (first + j) * width, width, sumsAtK);
                next(w[j], r[j], rows, nextS, k, scratch, recomputed, j);
            }
        }
    }

    /**
     * As {@link #walk}, for kernel columns whose points are all of one target class ({@link TargetClasses}):
     * {@code sums[k][i]} += Σ_j K_k(x_i, x_j), one addition per kernel value instead of one multiply-add per target
     * column. Two columns at a time through all grid points, the addition and the step to the next grid point in one
     * loop: that shape vectorises and reads and writes the sums half as often as one column at a time, while a sum of
     * four or eight columns per pass (as in {@link #walk}) ran slower (measured, docs/performance.md).
     *
     * @param sums the class's kernel sums per grid point k
     */
    static void walkOneClass(float[][] w, float[][] r, int from, int to, int rows, float[][] sums, int steps,
            float[] nextS, float[] scratch) {
        int j = from;
        if (nextS == null) {
            for (; j + 2 <= to; j += 2) {
                walkColumnPair(w[j], r[j], w[j + 1], r[j + 1], rows, sums, steps);
            }
        }
        RecomputedRows recomputed = RecomputedRows.forGrid(nextS, j, to, rows);
        for (; j < to; j++) {
            walkColumn(w[j], r[j], rows, sums, steps, nextS, scratch, recomputed, j);
        }
    }

    /**
     * Two kernel columns of a uniform grid through all grid points, their sum added per point. A method of its own for
     * the same reason as {@link #walkColumn}.
     */
    static void walkColumnPair(float[] w0, float[] r0, float[] w1, float[] r1, int rows, float[][] sums, int steps) {
        for (int k = 0; k < steps; k++) {
            float[] a = sums[k];
            for (int i = 0; i < rows; i++) {
                float v0 = w0[i];
                float v1 = w1[i];
                a[i] += v0 + v1;
                w0[i] = v0 * r0[i];
                w1[i] = v1 * r1[i];
            }
        }
    }

    /**
     * One kernel column through all grid points. A method of its own, called once per column, so that a few small
     * computations (the engine's warm-up) make the JIT compile it as a whole before the first big block.
     */
    static void walkColumn(float[] wj, float[] rj, int rows, float[][] sums, int steps, float[] nextS,
            float[] scratch) {
        walkColumn(wj, rj, rows, sums, steps, nextS, scratch, RecomputedRows.forGrid(nextS, 0, 1, rows), 0);
    }

    private static void walkColumn(float[] wj, float[] rj, int rows, float[][] sums, int steps, float[] nextS,
            float[] scratch, RecomputedRows recomputed, int column) {
        for (int k = 0; k < steps; k++) {
            float[] a = sums[k];
            if (nextS == null) {
                for (int i = 0; i < rows; i++) {
                    float v = wj[i];
                    a[i] += v;
                    wj[i] = v * rj[i];
                }
            } else {
                for (int i = 0; i < rows; i++) {
                    a[i] += wj[i];
                }
                recompute(wj, rj, rows, nextS[k], scratch, recomputed, column);
            }
        }
    }

    private static void accumulateOne(float[] w0, int rows, float[] y, int yAt, int width, float[][] sums) {
        for (int m = 0; m < width; m++) {
            float y0 = y[yAt + m];
            float[] a = sums[m];
            for (int i = 0; i < rows; i++) {
                a[i] = Math.fma(w0[i], y0, a[i]);
            }
        }
    }

    /** Moves kernel column {@code column} from grid point k to k + 1. */
    private static void next(float[] w, float[] r, int rows, float[] nextS, int k, float[] scratch,
            RecomputedRows recomputed, int column) {
        if (nextS == null) {
            advance(w, r, rows);
        } else {
            recompute(w, r, rows, nextS[k], scratch, recomputed, column);
        }
    }

    /** {@code w ← exp(r·s)}, over the rows {@code recomputed} still holds for the column (all without it). */
    private static void recompute(float[] w, float[] r, int rows, float s, float[] scratch, RecomputedRows recomputed,
            int column) {
        int from = 0;
        int to = rows;
        if (recomputed != null) {
            recomputed.trim(w, r, s, column);
            from = recomputed.from(column);
            to = recomputed.to(column);
        }
        for (int i = from; i < to; i++) {
            w[i] = r[i] * s;
        }
        FastExp.expInPlace(w, scratch, from, to);
    }

    private static void advance(float[] w, float[] r, int rows) {
        for (int i = 0; i < rows; i++) {
            w[i] *= r[i];
        }
    }
}
