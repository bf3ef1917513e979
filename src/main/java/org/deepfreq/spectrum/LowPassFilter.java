package org.deepfreq.spectrum;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.bytedeco.javacpp.FloatPointer;
import org.deepfreq.data.FloatMatrix;

/**
 * The Gaussian low-pass filter LFR is built on (docs/design.md section 1, step 3), applied at one 1/δ = s: per point
 * {@code y_low_i = Σ_j K_ij y_j / Σ_j K_ij} with {@code K_ij = exp(−s·D_ij/2)}, and {@code y_high = y − y_low}. Computed
 * like the RDF engine, never as an N×N matrix: the points are prepared once ({@link PreparedPoints}: normalisation,
 * distance, centring), then each tile of rows walks the tiles of columns, one GEMM and one exponential per pair
 * ({@link KernelColumns}), adding numerators and kernel sums in float per block and in double across blocks, in a
 * fixed order (the same result with any number of threads). Memory: O(workers·B² + N·(d + c)).
 */
public final class LowPassFilter {

    /** Rows and columns of a tile. */
    static final int TILE = 512;
    /**
     * Each thread's kernel buffers (about 5 MB), kept between calls: an interactive view filters again at every move
     * of its slider, and fresh buffers each time kept the garbage collector busy.
     */
    private static final ThreadLocal<KernelColumns> KERNELS = ThreadLocal.withInitial(() -> new KernelColumns(TILE, TILE));

    private LowPassFilter() {
    }

    /**
     * The filtered target at one 1/δ.
     *
     * @param low  y_low, N×c
     * @param high y − y_low, N×c
     */
    public record Parts(FloatMatrix low, FloatMatrix high) {
    }

    /** Filters Y over X at 1/δ = s (normalise each dimension first if asked; the given squared distance). */
    public static Parts apply(FloatMatrix x, FloatMatrix y, double invDelta, boolean normalize, Distance distance) {
        return apply(x, y, invDelta, normalize, distance, true, () -> false);
    }

    /**
     * As {@link #apply(FloatMatrix, FloatMatrix, double, boolean, Distance)}, on all cores or, with {@code parallel}
     * false, on the calling thread only (an interactive view that leaves the other core to the FX thread), stopping
     * between blocks when {@code cancelled} says so (then it returns null).
     */
    public static Parts apply(FloatMatrix x, FloatMatrix y, double invDelta, boolean normalize, Distance distance,
            boolean parallel, BooleanSupplier cancelled) {
        if (!(invDelta > 0) || Double.isInfinite(invDelta)) {
            throw new IllegalArgumentException("1/δ must be a positive number, got " + invDelta);
        }
        // a grid that starts at s: the kernel columns' first grid point is the filter's kernel (a log grid, so they
        // take one exponential per pair: a uniform one adds the factor per step, which the filter never uses)
        InverseDeltaGrid grid = new InverseDeltaGrid(invDelta, 2 * invDelta, 3, GridKind.LOG);
        RdfRequest request = new RdfRequest(x, y, grid, normalize, distance);
        PreparedPoints p = PreparedPoints.of(request, FloatPointer::new);
        int n = p.n();
        int width = p.width();
        int tiles = (n + TILE - 1) / TILE;
        double[] sums = new double[n * width];
        AtomicBoolean stopped = new AtomicBoolean();
        IntStream rowTiles = IntStream.range(0, tiles);
        (parallel ? rowTiles.parallel() : rowTiles).forEach(rowTile -> {
            int rowFrom = rowTile * TILE;
            int rows = Math.min(TILE, n - rowFrom);
            KernelColumns k = KERNELS.get();
            float[][] block = new float[width][rows];
            for (int columnTile = 0; columnTile < tiles && !stopped.get(); columnTile++) {
                if (cancelled.getAsBoolean()) {
                    stopped.set(true);
                    return;
                }
                int columnFrom = columnTile * TILE;
                int columns = Math.min(TILE, n - columnFrom);
                k.compute(p, rowFrom, rows, columnFrom, columns, grid);
                for (float[] column : block) {
                    java.util.Arrays.fill(column, 0f);
                }
                addFiltered(k.start, p.targets(), width, rows, columnFrom, columns, block);
                for (int m = 0; m < width; m++) {
                    for (int i = 0; i < rows; i++) {
                        sums[(rowFrom + i) * width + m] += block[m][i];
                    }
                }
            }
        });
        if (stopped.get()) {
            return null;
        }
        int c = width - 1;
        float[] low = new float[n * c];
        float[] high = new float[n * c];
        for (int i = 0; i < n; i++) {
            double weight = sums[i * width + c]; // ≥ 1: the point's own kernel
            for (int m = 0; m < c; m++) {
                float v = (float) (sums[i * width + m] / weight);
                low[i * c + m] = v;
                high[i * c + m] = y.get(i, m) - v;
            }
        }
        return new Parts(new FloatMatrix(n, c, low), new FloatMatrix(n, c, high));
    }

    /** {@code block[m][i] += Σ_j K(i, j) · targets[j][m]} over the block's columns; the last column of targets is 1. */
    private static void addFiltered(float[][] kernel, float[] targets, int width, int rows, int columnFrom,
            int columns, float[][] block) {
        for (int j = 0; j < columns; j++) {
            float[] kj = kernel[j];
            int t = (columnFrom + j) * width;
            for (int m = 0; m < width; m++) {
                float ym = targets[t + m];
                float[] bm = block[m];
                for (int i = 0; i < rows; i++) {
                    bm[i] += kj[i] * ym;
                }
            }
        }
    }
}
