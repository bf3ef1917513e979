package org.deepfreq.spectrum;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.deepfreq.data.FloatMatrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Computes LFR and RDF (DESIGN.md section 1) without ever holding an N×N matrix.
 *
 * <p>Rows are processed in blocks of B: one GEMM gives the block's squared distances
 * {@code ‖a‖² + ‖b‖² − 2ab}, two exponentials per pair give {@code exp(−D s_min/2)} and
 * {@code exp(−D Δs/2)}, and each grid point then costs one element-wise product and one GEMM
 * with {@code [Y, 1]} that yields the filtered numerators and the kernel sums at once.
 * Memory is O(B·N + N·(d+c)); blocks run on worker threads (BLAS single-threaded meanwhile, see
 * {@link NativeThreads}) and are reduced in block order, so the result does not depend on the thread count.
 */
public final class RdfEngine {

    /** Default off-heap bytes the block buffers of all workers may use together. */
    public static final long DEFAULT_MEMORY_BUDGET = 256L << 20;
    /** Rows per block at most: measured fastest on 2 cores (ND4J's per-op overhead grows below, cache misses above). */
    static final int MAX_BLOCK_ROWS = 256;

    private final int threads;
    private final long memoryBudget;
    private final int fixedBlockRows;

    /**
     * @param threads        worker threads over row blocks (≥ 1)
     * @param memoryBudget   bytes for the block buffers of all workers together
     * @param fixedBlockRows rows per block, or 0 to choose from the budget
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
    }

    /** An engine using every available processor and the default memory budget. */
    public static RdfEngine withDefaults() {
        return new RdfEngine(Runtime.getRuntime().availableProcessors(), DEFAULT_MEMORY_BUDGET, 0);
    }

    public int threads() {
        return threads;
    }

    /** Rows per block this engine uses for N points and c target columns. */
    public int blockRows(int n, int c) {
        if (fixedBlockRows > 0) {
            return Math.min(fixedBlockRows, n);
        }
        long perRowBytes = 4L * (2L * n + c + 1);
        long rows = memoryBudget / (perRowBytes * threads);
        return (int) Math.max(1, Math.min(Math.min(rows, MAX_BLOCK_ROWS), n));
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
        Prepared p = Prepared.of(request);
        int n = p.n;
        int block = blockRows(n, p.c);
        int blocks = (n + block - 1) / block;
        double[][] partial = new double[blocks][];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();

        int workers = Math.min(threads, blocks);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "rdf-worker");
            t.setDaemon(true);
            return t;
        });
        if (workers > 1) {
            NativeThreads.acquireSingle();
        }
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    BlockWorker worker = new BlockWorker(p, block);
                    for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                        checkCancelled(cancelled);
                        int r0 = b * block;
                        partial[b] = worker.run(r0, Math.min(n, r0 + block), cancelled);
                        progress.blocksDone(done.incrementAndGet(), blocks);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                await(f, pool);
            }
        } finally {
            pool.shutdownNow();
            if (workers > 1) {
                NativeThreads.release();
            }
        }

        double[] lfr = new double[p.grid.steps()];
        for (double[] part : partial) {
            for (int k = 0; k < lfr.length; k++) {
                lfr[k] += part[k];
            }
        }
        for (int k = 0; k < lfr.length; k++) {
            lfr[k] /= p.targetEnergy;
        }
        return RdfResult.fromLfr(p.grid, lfr);
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
            throw new IllegalStateException("RDF worker failed: " + cause, cause);
        }
    }

    /** Inputs prepared once per computation: normalised, centred points on the ND4J side. */
    private static final class Prepared {
        final int n;
        final int c;
        final InverseDeltaGrid grid;
        final INDArray x;
        final INDArray normsRow;
        final INDArray normsColumn;
        final INDArray targetsWithOnes;
        final double targetEnergy;

        private Prepared(int n, int c, InverseDeltaGrid grid, INDArray x, float[] norms, INDArray targetsWithOnes,
                double targetEnergy) {
            this.n = n;
            this.c = c;
            this.grid = grid;
            this.x = x;
            this.normsRow = Nd4j.create(norms, new long[] {1, n}, DataType.FLOAT);
            this.normsColumn = Nd4j.create(norms, new long[] {n, 1}, DataType.FLOAT);
            this.targetsWithOnes = targetsWithOnes;
            this.targetEnergy = targetEnergy;
        }

        static Prepared of(RdfRequest r) {
            FloatMatrix xm = r.points();
            FloatMatrix ym = r.targets();
            int n = xm.rows();
            int d = xm.cols();
            int c = ym.cols();
            float[] xs = centred(xm, r.normalize());
            float[] norms = new float[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double v = xs[i * d + j];
                    s += v * v;
                }
                norms[i] = (float) s;
            }
            float[] ya = new float[n * (c + 1)];
            double energy = 0;
            for (int i = 0; i < n; i++) {
                for (int m = 0; m < c; m++) {
                    float v = ym.get(i, m);
                    ya[i * (c + 1) + m] = v;
                    energy += (double) v * v;
                }
                ya[i * (c + 1) + c] = 1f;
            }
            if (energy == 0) {
                throw new IllegalArgumentException("Y is zero everywhere, so its frequency content is undefined: "
                        + "use a non-zero target");
            }
            INDArray x = Nd4j.create(xs, new long[] {n, d}, DataType.FLOAT);
            INDArray y = Nd4j.create(ya, new long[] {n, c + 1}, DataType.FLOAT);
            return new Prepared(n, c, r.grid(), x, norms, y, energy);
        }

        /**
         * Optionally divides each dimension by its maximum absolute value (an all-zero dimension stays
         * zero), then subtracts the column means: distances are unchanged and the GEMM form
         * ‖a‖² + ‖b‖² − 2ab loses less precision to cancellation.
         */
        private static float[] centred(FloatMatrix m, boolean normalize) {
            int n = m.rows();
            int d = m.cols();
            float[] src = m.data();
            double[] scale = new double[d];
            double[] mean = new double[d];
            for (int i = 0; i < n; i++) { // row by row: the data is row-major
                for (int j = 0; j < d; j++) {
                    scale[j] = Math.max(scale[j], Math.abs(src[i * d + j]));
                }
            }
            for (int j = 0; j < d; j++) {
                scale[j] = normalize && scale[j] > 0 ? 1.0 / scale[j] : 1.0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    mean[j] += src[i * d + j] * scale[j];
                }
            }
            float[] out = new float[src.length];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    out[i * d + j] = (float) (src[i * d + j] * scale[j] - mean[j] / n);
                }
            }
            return out;
        }
    }

    /** One worker's reusable block buffers. */
    private static final class BlockWorker {
        private final Prepared p;
        private final INDArray weights;
        private final INDArray ratio;
        private final INDArray filtered;

        BlockWorker(Prepared p, int block) {
            this.p = p;
            this.weights = Nd4j.createUninitialized(DataType.FLOAT, block, p.n);
            this.ratio = Nd4j.createUninitialized(DataType.FLOAT, block, p.n);
            this.filtered = Nd4j.createUninitialized(DataType.FLOAT, block, p.c + 1);
        }

        private static INDArray leadingRows(INDArray a, int rows) {
            return rows == a.rows() ? a : a.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
        }

        /** Σ over rows r0..r1-1 of ‖y_low_i(s_k)‖², for every grid point k. */
        double[] run(int r0, int r1, BooleanSupplier cancelled) {
            int b = r1 - r0;
            int c = p.c;
            InverseDeltaGrid grid = p.grid;
            INDArray w = leadingRows(weights, b);
            INDArray r = leadingRows(ratio, b);
            INDArray num = leadingRows(filtered, b);

            // squared distances: ‖a‖² + ‖b‖² − 2ab, clamped at 0, exactly 0 on the diagonal
            INDArray xb = p.x.get(NDArrayIndex.interval(r0, r1), NDArrayIndex.all());
            Nd4j.gemm(xb, p.x, w, false, true, -2.0, 0.0);
            w.addiColumnVector(p.normsColumn.get(NDArrayIndex.interval(r0, r1), NDArrayIndex.all()));
            w.addiRowVector(p.normsRow);
            Transforms.relu(w, false);
            for (int i = 0; i < b; i++) {
                w.putScalar(i, r0 + i, 0.0);
            }
            // the two exponentials per pair: r = exp(−D Δs/2), w_0 = exp(−D s_min/2)
            r.assign(w).muli(-grid.spacing() / 2);
            Transforms.exp(r, false);
            w.muli(-grid.min() / 2);
            Transforms.exp(w, false);

            double[] sums = new double[grid.steps()];
            for (int k = 0; k < grid.steps(); k++) {
                checkCancelled(cancelled);
                if (k > 0) {
                    w.muli(r);
                }
                Nd4j.gemm(w, p.targetsWithOnes, num, false, false, 1.0, 0.0);
                float[] v = filtered.data().asFloat(); // leading b rows of the c-order buffer
                double s = 0;
                for (int i = 0; i < b; i++) {
                    int o = i * (c + 1);
                    double den = v[o + c];
                    for (int m = 0; m < c; m++) {
                        double low = v[o + m] / den;
                        s += low * low;
                    }
                }
                sums[k] = s;
            }
            return sums;
        }
    }
}
