package org.deepfreq.experiment;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run control as a state machine: the status and the requests (pause, resume, step, cancel, new RDF settings) that
 * any thread may make, and the waits of the run's thread at minibatch boundaries. One lock guards all of it.
 */
final class RunState {

    private static final Logger LOG = LoggerFactory.getLogger(RunState.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private RunStatus status = RunStatus.READY;
    private boolean pauseRequested;
    private boolean cancelRequested;
    private boolean stepRequested;
    private boolean remeasureRequested;
    private RdfSettings rdfSettings;
    /** Set once the terminal status event has been delivered to every listener. */
    private boolean ended;

    RunState(RdfSettings rdfSettings) {
        this.rdfSettings = rdfSettings;
    }

    /** READY → RUNNING; false when the run has already started or ended. */
    boolean begin() {
        lock.lock();
        try {
            if (status != RunStatus.READY) {
                return false;
            }
            status = RunStatus.RUNNING;
            return true;
        } finally {
            lock.unlock();
        }
    }

    void requestPause() {
        signal(() -> pauseRequested = true);
    }

    void requestResume() {
        signal(() -> {
            pauseRequested = false;
            stepRequested = false;
        });
    }

    void requestStep() {
        signal(() -> {
            stepRequested = true;
            pauseRequested = false;
        });
    }

    void requestCancel() {
        signal(() -> cancelRequested = true);
    }

    /** New RDF settings; a paused run is asked to re-measure its current network. */
    void changeRdfSettings(RdfSettings settings) {
        signal(() -> {
            rdfSettings = settings;
            remeasureRequested = status == RunStatus.PAUSED;
        });
    }

    RdfSettings rdfSettings() {
        return locked(() -> rdfSettings);
    }

    RunStatus status() {
        return locked(() -> status);
    }

    boolean cancelRequested() {
        return locked(() -> cancelRequested);
    }

    /**
     * At a minibatch boundary, on the run's thread: throws {@link CancellationException} when cancel was requested;
     * returns true (now PAUSED) when a pause was requested, false to go on.
     */
    boolean pauseIfRequested() {
        lock.lock();
        try {
            if (cancelRequested) {
                throw new CancellationException();
            }
            if (!pauseRequested) {
                return false;
            }
            status = RunStatus.PAUSED;
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * While paused: waits for resume, cancel (throws {@link CancellationException}) or new RDF settings. Returns true
     * when the current network must be re-measured (still paused), false when the run is RUNNING again.
     */
    boolean awaitResumeOrRemeasure() {
        lock.lock();
        try {
            while (pauseRequested && !cancelRequested && !remeasureRequested) {
                changed.awaitUninterruptibly();
            }
            if (cancelRequested) {
                throw new CancellationException();
            }
            boolean remeasure = remeasureRequested;
            remeasureRequested = false;
            if (!remeasure) {
                status = RunStatus.RUNNING;
                changed.signalAll();
            }
            return remeasure;
        } finally {
            lock.unlock();
        }
    }

    /** After a finished epoch: a requested single step turns into a pause. */
    void epochEnded() {
        signal(() -> {
            if (stepRequested) {
                stepRequested = false;
                pauseRequested = true;
            }
        });
    }

    /** Moves to {@code terminal} once, publishes it with {@code message}, then wakes {@link #awaitEnd}. */
    void finish(RunStatus terminal, String message, RunEvents events) {
        lock.lock();
        try {
            if (status.isTerminal()) {
                return;
            }
            status = terminal;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        LOG.info("{}: {}", terminal, message); // the CLI and the app show the message themselves
        events.publish(new RunEvent.StatusChanged(terminal, message));
        signal(() -> ended = true);
    }

    /** Waits until the terminal status has been published; returns whether it was in time. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!ended) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void signal(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }
}
