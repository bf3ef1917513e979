package org.deepfreq.experiment;

/** Receives a run's events on the run's background thread; implementations must not block. */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);
}
