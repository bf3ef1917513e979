package org.deepfreq.experiment;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The one way training work runs in the background: every run trains on a daemon thread of its own (so an
 * abandoned run never keeps the JVM alive), the app starts runs without waiting, and a caller that needs the
 * outcome ({@code train}, {@code reproduce}, a sweep worker) runs the run to completion here.
 */
public final class RunService {

    /** How long an interrupted caller waits for the cancelled run to record its finished epochs. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(30);

    private RunService() {
    }

    /** An executor with one daemon thread named {@code name}. */
    public static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(daemonThreads(name));
    }

    /** Makes daemon threads named {@code name}. */
    public static ThreadFactory daemonThreads(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts {@code run} and returns at once: training, or with {@code paused} exactly one epoch and then a pause. */
    public static void start(RunControl run, boolean paused) {
        if (paused) {
            run.stepOneEpoch();
        } else {
            run.start();
        }
    }

    /** {@link #runToCompletion(TrainingRun, Duration, Runnable)} with nothing to watch. */
    public static RunStatus runToCompletion(TrainingRun run) throws InterruptedException {
        return runToCompletion(run, Duration.ofSeconds(1), () -> { });
    }

    /**
     * Starts {@code run} and waits until it has ended and published its terminal status, then lets its thread go.
     * Every {@code poll} the waiting thread calls {@code watch} (which may cancel the run, e.g. when the one who
     * asked for it has gone). An interrupt cancels the run, waits up to 30 s for it to record its finished epochs,
     * and is rethrown.
     *
     * @return the run's terminal status
     */
    public static RunStatus runToCompletion(TrainingRun run, Duration poll, Runnable watch) throws InterruptedException {
        run.start();
        try {
            while (!run.awaitTermination(poll)) {
                watch.run();
            }
        } catch (InterruptedException e) {
            run.cancel();
            awaitQuietly(run);
            throw e;
        }
        run.close();
        return run.status();
    }

    private static void awaitQuietly(TrainingRun run) {
        try {
            run.awaitTermination(CANCEL_GRACE);
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt(); // still stopping: the run keeps its finished epochs either way
        }
    }
}
