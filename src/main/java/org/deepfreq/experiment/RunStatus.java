package org.deepfreq.experiment;

/** Where a training run stands. */
public enum RunStatus {
    /** Created, not started. */
    READY,
    RUNNING,
    PAUSED,
    /** Reached max epochs or the stop-at-loss threshold. */
    COMPLETED,
    /** Stopped by the user; every finished epoch is kept. */
    CANCELLED,
    /** Loss became NaN or infinite; every finished epoch is kept. */
    DIVERGED,
    /** Stopped by an error (bad data, out of memory); every finished epoch is kept. */
    FAILED;

    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED || this == DIVERGED || this == FAILED;
    }
}
