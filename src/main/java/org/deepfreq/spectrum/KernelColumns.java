package org.deepfreq.spectrum;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMax;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The Gaussian kernel between a tile of rows and a chunk of columns, at the grid's first point and
 * per grid step. One GEMM gives the exponent {@code −D·Δs/2} directly (its output starts as
 * {@code −(‖a‖² + ‖b‖²)·Δs/2} and the GEMM adds {@code Δs·ab}); a scaled copy gives {@code −D·s_min/2};
 * two exponentials per pair give the kernel and its factor per step. The results land in heap
 * arrays, one per column, for {@link GridWalk}, clamped at 1 (rounding can make D slightly negative)
 * and exactly 1 for a point and itself. One instance per worker thread; its buffers are reused.
 */
final class KernelColumns {

    /**
     * Exponents are clamped here before {@code exp}: the result (1.6e-38) is still a normal float and
     * negligible beside a point's own kernel value of 1, while exponentials that underflow take the
     * math library's slow path (measured 6.7 against 2.9 ns each).
     */
    static final float SMALLEST_EXPONENT = -87f;

    private final INDArray starts;
    private final INDArray ratios;
    private final FloatBuffer startValues;
    private final FloatBuffer ratioValues;
    private final float[] norms;
    /** {@code start[j][i]}: the kernel at the first grid point between row i of the tile and column j of the chunk. */
    final float[][] start;
    /** {@code ratio[j][i]}: the kernel's factor per grid step for the same pair. */
    final float[][] ratio;
    /** {@code start} transposed by {@link #mirror}: {@code mirroredStart[i][j] = start[j][i]}. */
    final float[][] mirroredStart;
    /** {@code ratio} transposed by {@link #mirror}. */
    final float[][] mirroredRatio;

    KernelColumns(int maxColumns, int maxRows) {
        starts = Nd4j.createUninitialized(DataType.FLOAT, (long) maxColumns * maxRows);
        ratios = Nd4j.createUninitialized(DataType.FLOAT, (long) maxColumns * maxRows);
        startValues = starts.data().asNioFloat();
        ratioValues = ratios.data().asNioFloat();
        norms = new float[maxRows];
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
        float half = (float) (-grid.spacing() / 2);
        float[] squaredNorms = p.squaredNorms();
        for (int i = 0; i < rows; i++) {
            norms[i] = squaredNorms[rowFrom + i] * half;
        }
        for (int j = 0; j < columns; j++) { // the GEMM's starting value, −(‖a‖² + ‖b‖²)·Δs/2, via the heap
            float[] column = ratio[j];
            float own = squaredNorms[columnFrom + j] * half;
            for (int i = 0; i < rows; i++) {
                column[i] = norms[i] + own;
            }
            ratioValues.put(j * rows, column, 0, rows);
        }
        INDArray r = BufferPool.view(ratios, columns, rows);
        INDArray w = BufferPool.view(starts, columns, rows);
        INDArray tile = p.points().get(NDArrayIndex.interval(rowFrom, rowFrom + rows), NDArrayIndex.all());
        INDArray chunk = p.points().get(NDArrayIndex.interval(columnFrom, columnFrom + columns), NDArrayIndex.all());
        Nd4j.gemm(chunk, tile, r, false, true, grid.spacing(), 1.0);
        Nd4j.getExecutioner().exec(new ScalarMultiplication(r, null, w, grid.min() / grid.spacing()));
        Nd4j.getExecutioner().exec(new ScalarMax(r, null, r, SMALLEST_EXPONENT));
        Nd4j.getExecutioner().exec(new ScalarMax(w, null, w, SMALLEST_EXPONENT));
        Nd4j.getExecutioner().exec(new Exp(r, r));
        Nd4j.getExecutioner().exec(new Exp(w, w));
        for (int j = 0; j < columns; j++) {
            float[] s = start[j];
            float[] q = ratio[j];
            startValues.get(j * rows, s, 0, rows);
            ratioValues.get(j * rows, q, 0, rows);
            for (int i = 0; i < rows; i++) {
                s[i] = Math.min(s[i], 1f);
                q[i] = Math.min(q[i], 1f);
            }
            int self = columnFrom + j - rowFrom; // the pair of a point with itself: D = 0 exactly
            if (self >= 0 && self < rows) {
                s[self] = 1f;
                q[self] = 1f;
            }
        }
    }

    /**
     * Transposes the last computed {@code columns × rows} kernel into {@link #mirroredStart} and
     * {@link #mirroredRatio}: the same pairs seen from the column tile. Call before the grid walk
     * advances {@link #start}.
     */
    void mirror(int columns, int rows) {
        for (int j0 = 0; j0 < columns; j0 += MIRROR_TILE) {
            int j1 = Math.min(columns, j0 + MIRROR_TILE);
            for (int i0 = 0; i0 < rows; i0 += MIRROR_TILE) {
                int i1 = Math.min(rows, i0 + MIRROR_TILE);
                for (int j = j0; j < j1; j++) {
                    float[] s = start[j];
                    float[] q = ratio[j];
                    for (int i = i0; i < i1; i++) {
                        mirroredStart[i][j] = s[i];
                        mirroredRatio[i][j] = q[i];
                    }
                }
            }
        }
    }

    private static final int MIRROR_TILE = 16;

    /** Whether chunks of {@code columns} and tiles of {@code rows} fit these buffers. */
    boolean fits(int columns, int rows) {
        return start.length >= columns && start[0].length >= rows;
    }
}
