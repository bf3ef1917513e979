package org.deepfreq.spectrum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;


/**
 * Computes LFR and RDF (docs/design.md section 1) without ever holding an N×N matrix.
 *
 * <p>The points are cut into tiles of B rows. A block pairs two tiles: one GEMM gives the
 * exponents of its kernel and two exponentials per pair the kernel at the first grid point and
 * its factor per step ({@link KernelColumns}); {@link GridWalk} then walks all grid points in one
 * fused pass, adding the filtered numerators and kernel sums of the block's rows. The kernel is
 * symmetric, so a block of two different tiles is computed once and walked from both sides. Targets of few
 * distinct rows (class labels) are walked by class ({@link TargetClasses}): one kernel sum per class and point.
 * Blocks run on worker threads in the fixed order of a {@link BlockSchedule}, so the result is the
 * same bit for bit whatever the timing. BLAS keeps its own thread count: switching it to one thread
 * cost 3–8 ms per call and no longer paid off once the GEMMs became a fifth of the work (measured).
 * The sums of a band of tiles are held at once (as many tiles as half the memory budget allows,
 * normally all of them); tiles outside the band are only columns, so memory stays
 * O(workers·B² + band·B·K·c + N·(d+c)).
 */
public final class RdfEngine {

    /** Default bytes the buffers of all workers and the sums of a band may use together. */
    public static final long DEFAULT_MEMORY_BUDGET = 256L << 20;
    /** Rows per tile at most. */
    static final int MAX_TILE_ROWS = 1024;
    /** Columns per grid walk: their kernel and ratio stay in L1/L2 while the walk passes over them once per grid point. */
    static final int WALK_COLUMNS = 32;
    /** Bytes a worker's kernel buffers take per (tile row)²: kernel and ratio, as computed and transposed, and the GEMM output. */
    static final long WORKER_BYTES_PER_PAIR = 4L * 5;
    /** Classes of target rows the walk by class always accepts. */
    static final int MIN_CLASSES = 16;

    private final int threads;
    private final long memoryBudget;
    private final int fixedBlockRows;
    private final BufferPool buffers;

    /**
     * @param threads        worker threads over blocks (≥ 1)
     * @param memoryBudget   bytes for the workers' buffers and a band's sums together
     * @param fixedBlockRows rows per tile, or 0 to choose from the budget
     */
    public RdfEngine(int threads, long memoryBudget, int fixedBlockRows) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (memoryBudget < 1 << 20) {
            throw new IllegalArgumentException("memory budget must be at least 1 MiB, got " + memoryBudget + " bytes");
        }
        if (fixedBlockRows < 0) {
            throw new IllegalArgumentException("block rows must be 0 (automatic) or positive, got " + fixedBlockRows);
        }
        this.threads = threads;
        this.memoryBudget = memoryBudget;
        this.fixedBlockRows = fixedBlockRows;
        this.buffers = new BufferPool(threads);
    }

    /** An engine using every available processor and the default memory budget. */
    public static RdfEngine withDefaults() {
        return new RdfEngine(Runtime.getRuntime().availableProcessors(), DEFAULT_MEMORY_BUDGET, 0);
    }

    public int threads() {
        return threads;
    }

    /**
     * Rows per tile for N points: at most {@value #MAX_TILE_ROWS}, few enough that the workers'
     * buffers take at most half the memory budget, and small enough for 2·workers + 1 tiles, which
     * balanced best (measured on 2 cores, N = 4000: 5 tiles 0.19 s, 8 tiles 0.21 s, 3 tiles 0.31 s);
     * a multiple of 16 (whole SIMD vectors) where possible.
     */
    public int blockRows(int n) {
        if (fixedBlockRows > 0) {
            return Math.min(fixedBlockRows, n);
        }
        long byBudget = (long) Math.sqrt(memoryBudget / 2.0 / threads / WORKER_BYTES_PER_PAIR);
        long byBalance = ceilDiv(ceilDiv(n, 2L * threads + 1), 16) * 16;
        long rows = Math.min(Math.min(MAX_TILE_ROWS, byBalance), Math.max(16, byBudget / 16 * 16));
        return (int) Math.max(1, Math.min(rows, n));
    }

    /**
     * Classes of target rows at most for the walk by class: as many as the target columns plus one (the walk over
     * columns keeps that many sums per point), and at least {@value #MIN_CLASSES}.
     */
    static int maxClasses(int c) {
        return Math.max(c + 1, MIN_CLASSES);
    }

    /** Tiles whose sums are held at once: half the memory budget over one tile's sums, at least one. */
    int bandTiles(int tileRows, int sumsPerPoint, int steps) {
        long perTile = 4L * steps * sumsPerPoint * tileRows;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, memoryBudget / 2 / perTile));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** Computes without progress reporting or cancellation. */
    public RdfResult compute(RdfRequest request) {
        return compute(request, RdfProgress.NONE, () -> false);
    }

    /**
     * Computes LFR/RDF on the request's grid.
     *
     * @throws CancellationException when {@code cancelled} turns true or the calling thread is interrupted
     * @throws IllegalArgumentException when Y carries no energy (all zero)
     */
    public RdfResult compute(RdfRequest request, RdfProgress progress, BooleanSupplier cancelled) {
        PreparedPoints p = PreparedPoints.byClass(request, buffers::points, maxClasses(request.targets().cols()));
        try {
            InverseDeltaGrid grid = request.grid();
            int n = p.n();
            int tileRows = blockRows(n);
            int tiles = (int) ceilDiv(n, tileRows);
            int bandTiles = bandTiles(tileRows, p.sumsPerPoint(), grid.steps());
            List<BlockSchedule> schedules = new ArrayList<>();
            int totalBlocks = 0;
            for (int from = 0; from < tiles; from += bandTiles) {
                BlockSchedule schedule = new BlockSchedule(tiles, from, Math.min(tiles, from + bandTiles));
                schedules.add(schedule);
                totalBlocks += schedule.blocks().size();
            }
            AtomicInteger done = new AtomicInteger();
            int total = totalBlocks;
            Runnable blockDone = () -> progress.blocksDone(done.incrementAndGet(), total);
            double[] lfr = new double[grid.steps()];
            int from = 0;
            for (BlockSchedule schedule : schedules) {
                int to = Math.min(tiles, from + bandTiles);
                float[][][][] sums = p.classes() == null
                        ? buffers.sums(to - from, grid.steps(), p.width(), tileRows)
                        : buffers.sums(to - from, p.classes().count(), grid.steps(), tileRows);
                Band band = new Band(p, grid, tileRows, from, to, sums);
                try {
                    run(schedule, band, blockDone, cancelled);
                } finally {
                    buffers.returnSums(band.sums);
                }
                band.addSquaredFiltered(lfr);
                from = to;
            }
            for (int k = 0; k < lfr.length; k++) {
                lfr[k] /= p.targetEnergy();
            }
            return RdfResult.fromLfr(grid, lfr);
        } finally {
            buffers.returnPoints(p.points());
        }
    }

    /** Runs one band's blocks on the workers; the first failure or a cancellation stops them all. */
    private void run(BlockSchedule schedule, Band band, Runnable blockDone, BooleanSupplier cancelled) {
        int workers = Math.min(threads, schedule.blocks().size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "rdf-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    BufferPool.TileBuffers own = buffers.tiles(band.tileRows, band.tileRows);
                    try {
                        for (BlockSchedule.Block b = schedule.next(); b != null; b = schedule.next()) {
                            checkCancelled(cancelled);
                            band.walk(b, own.kernel);
                            for (int tile : schedule.finished(b)) {
                                band.reduce(tile);
                            }
                            blockDone.run();
                        }
                    } catch (Throwable t) {
                        schedule.abort();
                        throw t;
                    } finally {
                        buffers.returnTiles(own);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                await(f, pool);
            }
        } finally {
            schedule.abort();
            pool.shutdownNow();
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("RDF computation cancelled");
        }
    }

    private static void await(Future<?> f, ExecutorService pool) {
        try {
            f.get();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new CancellationException("RDF computation interrupted");
        } catch (ExecutionException e) {
            pool.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof InterruptedException) {
                throw new CancellationException("RDF computation interrupted");
            }
            throw new IllegalStateException("RDF worker failed: " + cause, cause);
        }
    }

    /**
     * The grid sums of a band of tiles, and the walks that fill them: {@code sums[tile][k][m][i]} per target column m
     * and the kernel sum last, or with target classes {@code sums[tile][g][k][i]} per class g.
     */
    static final class Band {
        private final PreparedPoints p;
        private final InverseDeltaGrid grid;
        private final int tileRows;
        private final int from;
        private final float[][][][] sums;
        private final double[][] squaredFiltered;
        /** s_{k+1} per grid point k on a non-uniform grid; null on a uniform one. */
        private final float[] nextS;

        /** @param sums zeroed, at least {@code [to-from][K][c+1][tileRows]}, or {@code [to-from][G][K][tileRows]} */
        private Band(PreparedPoints p, InverseDeltaGrid grid, int tileRows, int from, int to, float[][][][] sums) {
            this.p = p;
            this.grid = grid;
            this.tileRows = tileRows;
            this.from = from;
            this.sums = sums;
            this.squaredFiltered = new double[to - from][];
            if (grid.uniform()) {
                this.nextS = null;
            } else {
                double[] s = grid.values();
                this.nextS = new float[s.length];
                for (int k = 0; k < s.length; k++) {
                    nextS[k] = (float) s[Math.min(k + 1, s.length - 1)];
                }
            }
        }

        private int rowsOf(int tile) {
            return Math.min(tileRows, p.n() - tile * tileRows);
        }

        /** Computes a block's kernel and walks it into the sums of its row tile (and column tile, if mirrored). */
        void walk(BlockSchedule.Block b, KernelColumns kernel) {
            int rows = rowsOf(b.rows());
            int columns = rowsOf(b.columns());
            int rowFrom = b.rows() * tileRows;
            int columnFrom = b.columns() * tileRows;
            kernel.compute(p, rowFrom, rows, columnFrom, columns, grid);
            if (b.mirrored()) {
                kernel.mirror(columns, rows);
            }
            walk(kernel.start, kernel.ratio, columns, rows, columnFrom, sums[b.rows() - from], kernel.digits);
            if (b.mirrored()) {
                walk(kernel.mirroredStart, kernel.mirroredRatio, rows, columns, rowFrom, sums[b.columns() - from],
                        kernel.digits);
            }
        }

        private void walk(float[][] start, float[][] ratio, int columns, int lanes, int firstColumn, float[][][] into,
                float[] scratch) {
            TargetClasses classes = p.classes();
            for (int s = 0; s < columns; s += WALK_COLUMNS) {
                int end = Math.min(columns, s + WALK_COLUMNS);
                if (classes == null) {
                    GridWalk.walk(start, ratio, s, end, lanes, p.targets(), p.width(), firstColumn, into,
                            grid.steps(), nextS, scratch);
                    continue;
                }
                int[] starts = classes.starts();
                for (int g = 0, from = s; from < end; g++) { // the columns' classes, one run at a time
                    int to = Math.min(end, starts[g + 1] - firstColumn);
                    if (to > from) {
                        GridWalk.walkOneClass(start, ratio, from, to, lanes, into[g], grid.steps(), nextS,
                                scratch);
                        from = to;
                    }
                }
            }
        }

        /** Σ_i ‖y_low_i(s_k)‖² over the rows of a tile whose sums are final, for every grid point k. */
        void reduce(int tile) {
            int c = p.targetColumns();
            int rows = rowsOf(tile);
            float[][][] tileSums = sums[tile - from];
            double[] out = new double[grid.steps()];
            if (p.classes() != null) {
                reduceByClass(tileSums, rows, p.classes().values(), c, out);
                squaredFiltered[tile - from] = out;
                return;
            }
            for (int k = 0; k < out.length; k++) {
                float[][] atK = tileSums[k];
                float[] den = atK[c];
                double s = 0;
                for (int m = 0; m < c; m++) {
                    float[] num = atK[m];
                    for (int i = 0; i < rows; i++) {
                        double low = num[i] / (double) den[i];
                        s += low * low;
                    }
                }
                out[k] = s;
            }
            squaredFiltered[tile - from] = out;
        }

        /**
         * {@code out[k] = Σ_i ‖y_low_i(s_k)‖²}, {@code y_low_i = Σ_g S_ig v_g / Σ_g S_ig}, from the kernel sums per
         * class {@code tileSums[g][k][i]} and the classes' target values {@code values[g]} ({@code c} each), in double.
         * Static for {@link EngineWarmUp}.
         */
        static void reduceByClass(float[][][] tileSums, int rows, float[][] values, int c, double[] out) {
            int classes = values.length;
            double[] low = new double[c];
            for (int k = 0; k < out.length; k++) {
                double s = 0;
                for (int i = 0; i < rows; i++) {
                    Arrays.fill(low, 0);
                    double den = 0;
                    for (int g = 0; g < classes; g++) {
                        double kernelSum = tileSums[g][k][i];
                        den += kernelSum;
                        float[] v = values[g];
                        for (int m = 0; m < c; m++) {
                            low[m] += kernelSum * v[m];
                        }
                    }
                    for (int m = 0; m < c; m++) {
                        double l = low[m] / den;
                        s += l * l;
                    }
                }
                out[k] = s;
            }
        }

        /** Adds the band's reduced tiles to {@code lfr[k]}, tile by tile in order. */
        void addSquaredFiltered(double[] lfr) {
            for (double[] tile : squaredFiltered) {
                for (int k = 0; k < lfr.length; k++) {
                    lfr[k] += tile[k];
                }
            }
        }
    }
}
