package org.deepfreq.experiment;

import java.time.Duration;

/**
 * Controls a training run from any thread. Every method returns at once except {@link #awaitTermination}, which
 * waits for the run to end: never call it on the FX thread.
 */
public interface RunControl {

    /** Starts training on the run's daemon thread. */
    void start();

    /** Pauses at the next minibatch boundary. */
    void pause();

    /** Continues a paused run. */
    void resume();

    /** Runs (or finishes) exactly one epoch, then pauses. Starts the run if it has not started. */
    void stepOneEpoch();

    /** Stops at the next minibatch boundary; every finished epoch is kept. */
    void cancel();

    /**
     * New RDF settings: they apply from the next epoch, and a paused run re-measures its current network
     * at once (published as an {@link RunEvent.EpochFinished} for the current epoch).
     */
    void updateRdfSettings(RdfSettings settings);

    RunStatus status();

    void addListener(RunListener listener);

    /** Waits until the run reaches a terminal status and has published it; returns whether it did in time. */
    boolean awaitTermination(Duration timeout) throws InterruptedException;
}
