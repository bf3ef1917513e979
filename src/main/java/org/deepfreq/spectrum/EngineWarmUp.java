package org.deepfreq.spectrum;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.OneHot;
import org.deepfreq.numeric.Blas;
import org.deepfreq.numeric.FastExp;

/**
 * Gets a fresh process ready for one big RDF computation while the command does something else, on two background
 * daemon threads. One calls the per-row and per-column loops of the engine on rows and columns as long as real ones,
 * often enough for the JIT to compile them whole ({@link #primeLoops}); the other loads the BLAS library (a few tenths
 * of a second) and then runs the engine on a small synthetic input, which compiles the rest. Without them the first
 * blocks of a big input ran interpreted or half compiled, several times slower; for a small input only the second
 * runs. Started at most once per process; {@link #finish()} stops both before the real work and waits for them. It
 * leaves BLAS at one thread per call, as the rdf command's engine uses it (one GEMM per worker and core). A failure
 * here (say, a missing native library) is left for the real computation to report.
 */
public final class EngineWarmUp {

    /** Small enough to end within milliseconds once stopped, large enough for whole vectors and several blocks. */
    private static final int POINTS = 480;
    private static final int DIMENSION = 64;
    private static final int TARGETS = 10;
    private static final int STEPS = 40;
    /** Computations at most: about a second of one core interpreted, far less once compiled. */
    private static final int ROUNDS = 60;
    /** Lanes per column when priming: a real tile's rows (up to {@link RdfEngine#MAX_TILE_ROWS}). */
    private static final int PRIME_LANES = 1000;
    /** Dimension of the points when priming: MNIST's, the command's common input. */
    private static final int PRIME_DIMENSION = 784;
    /** Calls per loop when priming: above the JIT's threshold for a full (C2) compilation of a method. */
    private static final int PRIME_CALLS = 800;
    /** Grid points per walked column when priming: the loop over lanes is what counts. */
    private static final int PRIME_STEPS = 2;
    /**
     * Rows and columns when priming the transposition of a block and the reduction of a tile by class: loops run once
     * per block or tile, so a big input reaches them with little profile; their inner loops do not depend on the size.
     */
    private static final int PRIME_SQUARE = 16;

    private static final AtomicReference<EngineWarmUp> STARTED = new AtomicReference<>();

    private final Thread engineThread;
    private final Thread loopsThread;
    private volatile boolean stop;

    private EngineWarmUp(boolean primeLoops) {
        engineThread = daemon(this::runEngine, "rdf-warm-up");
        loopsThread = primeLoops ? daemon(this::primeLoops, "rdf-warm-up-loops") : null;
    }

    private static Thread daemon(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    }

    /**
     * Starts the warm-up unless it was started before in this process.
     *
     * @param bigInput whether the input is large enough for priming the loops to pay: on a small one it only takes a
     *                 core from loading BLAS and the command line (docs/performance.md)
     */
    public static void start(boolean bigInput) {
        if (STARTED.get() != null) {
            return; // the usual second call: `deepfreq rdf` starts it before parsing, RdfCommand again when it runs
        }
        EngineWarmUp w = new EngineWarmUp(bigInput);
        if (STARTED.compareAndSet(null, w)) {
            w.engineThread.start();
            if (w.loopsThread != null) {
                w.loopsThread.start();
            }
        }
    }

    /** Stops a started warm-up and waits for it to end; returns at once when none was started. */
    public static void finish() {
        EngineWarmUp w = STARTED.get();
        if (w == null) {
            return;
        }
        w.stop = true;
        boolean interrupted = false;
        for (Thread t : new Thread[] {w.loopsThread, w.engineThread}) {
            while (t != null && t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void runEngine() {
        try {
            Blas.load();
            // as the command's engine runs it: one GEMM per worker and core (RdfCommand)
            Blas.setThreadsUnlessTheEnvironmentDoes(1);
            RdfEngine engine = new RdfEngine(1, 8L << 20, 0);
            RdfRequest request = new RdfRequest(random(POINTS, DIMENSION, 1), OneHot.random(POINTS, TARGETS, 2),
                    new InverseDeltaGrid(0.001, 0.1, STEPS), true);
            for (int i = 0; i < ROUNDS && !stop; i++) {
                engine.compute(request, RdfProgress.NONE, () -> stop);
            }
        } catch (RuntimeException | LinkageError e) {
            // stopped mid-computation, or the library is missing: the real computation reports the latter
        }
    }

    /**
     * Calls the per-row loops of preparing the points and checking them, the per-column loops of a block (exponents,
     * exponentials, the walk by class), often enough on rows and columns as long as real ones for the JIT to compile
     * them whole: C2 compiles a method after some hundreds of calls, and a big input calls each once per row or column,
     * so it otherwise ran through them interpreted or half compiled. The same for the per-block transposition and the
     * per-tile reduction by class, on small squares: without it the reduction, which runs last, was compiled only as
     * the computation ended. Needs no native library.
     */
    private void primeLoops() {
        float[] q = new float[PRIME_LANES];
        float[] s = new float[PRIME_LANES];
        float[] norms = new float[PRIME_LANES];
        float[] digits = new float[PRIME_LANES];
        float[][] sums = new float[PRIME_STEPS][PRIME_LANES];
        for (int i = 0; i < PRIME_LANES; i++) {
            norms[i] = -(i % 13);
        }
        float[] row = new float[PRIME_DIMENSION];
        float[] scale = new float[PRIME_DIMENSION];
        float[] partial = new float[PRIME_DIMENSION];
        float[] values = new float[FloatMatrix.FINITE_CHUNK];
        float[][] square = new float[PRIME_SQUARE][PRIME_SQUARE];
        float[][] mirrored = new float[PRIME_SQUARE][PRIME_SQUARE];
        float[][][] classSums = new float[TARGETS][PRIME_STEPS][PRIME_SQUARE];
        float[][] classValues = new float[TARGETS][TARGETS];
        for (int g = 0; g < TARGETS; g++) {
            classValues[g][g] = 1; // one-hot, the usual targets
            for (float[] atStep : classSums[g]) {
                Arrays.fill(atStep, 1);
            }
        }
        double[] reduced = new double[PRIME_STEPS];
        // no loop of its own runs long here: one would make the JIT compile this whole method with every loop below
        // inlined, on the stack (measured: the largest single compilation of the run), on top of the loops themselves
        for (int call = 0; call < PRIME_CALLS && !stop; call++) {
            fillPattern(q, call);
            KernelColumns.exponents(q, norms, -1.5f, 0.4f, s, PRIME_LANES);
            FastExp.expInPlace(q, digits, PRIME_LANES);
            FastExp.expInPlace(s, digits, PRIME_LANES);
            GridWalk.walkColumn(s, q, PRIME_LANES, sums, PRIME_STEPS, null, digits);
            GridWalk.walkColumnPair(s, q, s, q, PRIME_LANES, sums, PRIME_STEPS);
            // preparing the points: every row of X through these
            System.arraycopy(q, 0, row, 0, Math.min(PRIME_LANES, PRIME_DIMENSION));
            PreparedPoints.maxAbs(row, 0, scale, PRIME_DIMENSION);
            PreparedPoints.addScaled(row, 0, scale, partial, PRIME_DIMENSION);
            PreparedPoints.centredRow(row, 0, scale, partial, row, PRIME_DIMENSION);
            PreparedPoints.squaredNorm(row);
            FloatMatrix.firstNonFinite(values, 0, values.length);
            // a block and a tile: the transposition of an off-diagonal block, the reduction of a tile by class
            KernelColumns.mirrorStrip(square, square, mirrored, mirrored, 0, PRIME_SQUARE, PRIME_SQUARE);
            RdfEngine.Band.reduceByClass(classSums, PRIME_SQUARE, classValues, TARGETS, reduced);
        }
    }

    private static void fillPattern(float[] q, int call) {
        for (int i = 0; i < q.length; i++) {
            q[i] = (i + call) % 7;
        }
    }

    private static FloatMatrix random(int rows, int cols, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rnd.nextDouble();
        }
        return new FloatMatrix(rows, cols, v);
    }
}
