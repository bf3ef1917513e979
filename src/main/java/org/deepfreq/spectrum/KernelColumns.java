package org.deepfreq.spectrum;

import java.nio.FloatBuffer;

import org.bytedeco.javacpp.FloatPointer;
import org.deepfreq.numeric.Blas;
import org.deepfreq.numeric.FastExp;

/**
 * The Gaussian kernel between a tile of rows and a tile of columns, at the grid's first point and
 * per grid step. One GEMM gives {@code Δs·ab}; adding {@code −(‖a‖² + ‖b‖²)·Δs/2} gives the exponent
 * {@code −D·Δs/2} (capped at 0: rounding can make D slightly negative), scaling it by
 * {@code s_min/Δs} gives {@code −D·s_min/2}, and {@link FastExp} turns both into the kernel and its
 * factor per step: two exponentials per pair. On a log grid the step grows with k, so the GEMM gives
 * {@code ab}, the exponent {@code −D/2} per unit of s is kept instead of the factor, and the walk takes one
 * exponential per pair and grid point. The results land in heap arrays, one per column, for
 * {@link GridWalk}; a point paired with itself gets exactly 1. One instance per worker thread; its
 * buffers are reused.
 */
final class KernelColumns {

    /** Columns {@link #mirror} transposes per call of {@link #mirrorStrip}: 64 bytes of each mirrored row. */
    private static final int MIRROR_TILE = 16;

    private final FloatPointer products;
    private final FloatBuffer productValues;
    private final float[] norms;
    /** Scratch space of {@link FastExp}, also lent to {@link GridWalk} once the kernel is computed. */
    final float[] digits;
    /** {@code start[j][i]}: the kernel at the first grid point between row i and column j. */
    final float[][] start;
    /**
     * {@code ratio[j][i]}: on a uniform grid the kernel's factor per grid step for the same pair; on a log grid the
     * exponent per unit of s, {@code −D/2}, from which the walk computes the kernel at each grid point.
     */
    final float[][] ratio;
    /** {@code start} transposed by {@link #mirror}: {@code mirroredStart[i][j] = start[j][i]}. */
    final float[][] mirroredStart;
    /** {@code ratio} transposed by {@link #mirror}. */
    final float[][] mirroredRatio;

    KernelColumns(int maxColumns, int maxRows) {
        products = new FloatPointer((long) maxColumns * maxRows);
        productValues = products.asBuffer();
        norms = new float[maxRows];
        digits = new float[Math.max(maxRows, maxColumns)];
        start = new float[maxColumns][maxRows];
        ratio = new float[maxColumns][maxRows];
        mirroredStart = new float[maxRows][maxColumns];
        mirroredRatio = new float[maxRows][maxColumns];
    }

    /**
     * Fills {@link #start} and {@link #ratio} for rows {@code rowFrom..rowFrom+rows-1} and columns
     * {@code columnFrom..columnFrom+columns-1} of the prepared points.
     */
    void compute(PreparedPoints p, int rowFrom, int rows, int columnFrom, int columns, InverseDeltaGrid grid) {
        double step = grid.uniform() ? grid.spacing() : 1; // a log grid keeps the exponent per unit of s
        float half = (float) (-step / 2);
        float startPerRatio = (float) (grid.min() / step);
        float[] squaredNorms = p.squaredNorms();
        for (int i = 0; i < rows; i++) {
            norms[i] = squaredNorms[rowFrom + i] * half;
        }
        int d = p.d();
        Blas.gemmTransposed(columns, rows, d, (float) step, p.points(), (long) columnFrom * d, p.points(),
                (long) rowFrom * d, products);
        for (int j = 0; j < columns; j++) {
            float[] s = start[j];
            float[] q = ratio[j];
            productValues.get(j * rows, q, 0, rows);
            exponents(q, norms, squaredNorms[columnFrom + j] * half, startPerRatio, s, rows);
            int self = columnFrom + j - rowFrom; // the pair of a point with itself: D = 0 exactly
            if (self >= 0 && self < rows) {
                s[self] = 0f;
                q[self] = 0f;
            }
            if (grid.uniform()) {
                FastExp.expInPlace(q, digits, rows);
            }
            FastExp.expInPlace(s, digits, rows);
        }
    }

    /**
     * One column's exponents from its products {@code q}: {@code q ← min(q + norms + own, 0)}, {@code s ← q·startPerRatio}.
     * A method of its own, called once per column, so that a few small computations (the engine's warm-up) make the JIT
     * compile it as a whole, not only the loop of one long call.
     */
    static void exponents(float[] q, float[] norms, float own, float startPerRatio, float[] s, int rows) {
        for (int i = 0; i < rows; i++) {
            float exponent = Math.min(q[i] + norms[i] + own, 0f);
            q[i] = exponent;
            s[i] = exponent * startPerRatio;
        }
    }

    /**
     * Transposes the last computed {@code columns × rows} kernel into {@link #mirroredStart} and
     * {@link #mirroredRatio}: the same pairs seen from the column tile. Call before the grid walk
     * advances {@link #start}.
     */
    void mirror(int columns, int rows) {
        for (int j0 = 0; j0 < columns; j0 += MIRROR_TILE) {
            mirrorStrip(start, ratio, mirroredStart, mirroredRatio, j0, Math.min(columns, j0 + MIRROR_TILE), rows);
        }
    }

    /**
     * Transposes columns {@code j0..j1-1} of {@code start} and {@code ratio} into {@code mirroredStart} and
     * {@code mirroredRatio}; called once per strip of {@value #MIRROR_TILE} columns, a cache line of every mirrored
     * row (see {@link #mirror}), and by {@link EngineWarmUp} on small arrays.
     */
    static void mirrorStrip(float[][] start, float[][] ratio, float[][] mirroredStart, float[][] mirroredRatio, int j0,
            int j1, int rows) {
        transpose(start, mirroredStart, j0, j1, rows);
        transpose(ratio, mirroredRatio, j0, j1, rows);
    }

    /**
     * {@code to[i][j] = from[j][i]} for columns {@code j0..j1-1} and rows {@code i < rows}, eight columns at a time:
     * each row of {@code to} gets eight adjacent values per visit (one column at a time through squares of rows took
     * twice as long).
     */
    private static void transpose(float[][] from, float[][] to, int j0, int j1, int rows) {
        int j = j0;
        for (; j + 8 <= j1; j += 8) {
            float[] c0 = from[j];
            float[] c1 = from[j + 1];
            float[] c2 = from[j + 2];
            float[] c3 = from[j + 3];
            float[] c4 = from[j + 4];
            float[] c5 = from[j + 5];
            float[] c6 = from[j + 6];
            float[] c7 = from[j + 7];
            for (int i = 0; i < rows; i++) {
                float[] row = to[i];
                row[j] = c0[i];
                row[j + 1] = c1[i];
                row[j + 2] = c2[i];
                row[j + 3] = c3[i];
                row[j + 4] = c4[i];
                row[j + 5] = c5[i];
                row[j + 6] = c6[i];
                row[j + 7] = c7[i];
            }
        }
        for (; j < j1; j++) {
            float[] column = from[j];
            for (int i = 0; i < rows; i++) {
                to[i][j] = column[i];
            }
        }
    }

    /** Whether chunks of {@code columns} and tiles of {@code rows} fit these buffers. */
    boolean fits(int columns, int rows) {
        return start.length >= columns && start[0].length >= rows;
    }
}
