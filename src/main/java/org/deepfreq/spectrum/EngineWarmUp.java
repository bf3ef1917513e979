package org.deepfreq.spectrum;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.numeric.Blas;

/**
 * Gets a fresh process ready for one big RDF computation while the command does something else: on a background
 * daemon thread it loads the BLAS library and runs the engine on a small synthetic input, so that the JIT compiles
 * the grid walk, the kernel loops and the exponentials before the real blocks run through them (interpreted they run
 * several times slower). Started at most once per process; {@link #finish()} stops it before the real work and waits
 * for the current small computation to end. A failure here (say, a missing native library) is left for the real
 * computation to report.
 */
public final class EngineWarmUp {

    /** Small enough to end within milliseconds once stopped, large enough for whole vectors and several blocks. */
    private static final int POINTS = 480;
    private static final int DIMENSION = 64;
    private static final int TARGETS = 10;
    private static final int STEPS = 40;
    /** Computations at most: about a second of one core interpreted, far less once compiled. */
    private static final int ROUNDS = 60;

    private static final AtomicReference<EngineWarmUp> STARTED = new AtomicReference<>();

    private final Thread thread;
    private volatile boolean stop;

    private EngineWarmUp() {
        thread = new Thread(this::run, "rdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
    }

    /** Starts the warm-up unless it was started before in this process. */
    public static void start() {
        EngineWarmUp w = new EngineWarmUp();
        if (STARTED.compareAndSet(null, w)) {
            w.thread.start();
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
        while (w.thread.isAlive()) {
            try {
                w.thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            Blas.load();
            RdfEngine engine = new RdfEngine(1, 8L << 20, 0);
            RdfRequest request = new RdfRequest(random(POINTS, DIMENSION, 1), oneHot(POINTS, TARGETS, 2),
                    new InverseDeltaGrid(0.001, 0.1, STEPS), true);
            for (int i = 0; i < ROUNDS && !stop; i++) {
                engine.compute(request, RdfProgress.NONE, () -> stop);
            }
        } catch (RuntimeException | LinkageError e) {
            // stopped mid-computation, or the library is missing: the real computation reports the latter
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

    private static FloatMatrix oneHot(int rows, int classes, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] v = new float[rows * classes];
        for (int i = 0; i < rows; i++) {
            v[i * classes + rnd.nextInt(classes)] = 1f;
        }
        return new FloatMatrix(rows, classes, v);
    }
}
