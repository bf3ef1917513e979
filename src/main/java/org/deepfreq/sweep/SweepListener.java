package org.deepfreq.sweep;

import org.deepfreq.experiment.EpochResult;

/** Follows a sweep on the thread that runs it; implementations must return quickly. */
public interface SweepListener {

    SweepListener NONE = new SweepListener() {
        @Override
        public void changed(SweepStatus status) {
            // nothing to show
        }
    };

    /** A cell changed state (queued, running, done). */
    void changed(SweepStatus status);

    /** A cell finished an epoch (recorded in its run folder). */
    default void epoch(SweepCell cell, EpochResult result) {
    }
}
