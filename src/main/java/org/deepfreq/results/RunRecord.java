package org.deepfreq.results;

import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.RunStatus;

/** A run read back from its folder: configuration, every finished epoch and the last known status. */
public record RunRecord(RunFolder folder, ExperimentConfig config, List<EpochResult> epochs, RunStatus status,
        String message) {

    public RunRecord {
        epochs = List.copyOf(epochs);
    }

    /** The last finished epoch, or -1 when none. */
    public int lastEpoch() {
        return epochs.isEmpty() ? -1 : epochs.get(epochs.size() - 1).epoch();
    }
}
