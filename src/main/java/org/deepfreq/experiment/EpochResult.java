package org.deepfreq.experiment;

import java.util.List;
import java.util.Optional;

/**
 * Everything measured after one epoch; immutable, consumed by the CLI, the run folder writer and the UI.
 * Epochs count from 1; epoch 0 is the untrained network (RDF only, losses measured without training).
 * {@code valLoss}/{@code valAccuracy} are NaN when there is no validation set or no classes.
 */
public record EpochResult(int epoch, double learningRate, double trainLoss, double valLoss, double valAccuracy,
        double seconds, double samplesPerSecond, List<SplitRdf> splits) {

    public EpochResult {
        splits = List.copyOf(splits);
    }

    /** The named split's RDF, if it was measured in this epoch. */
    public Optional<SplitRdf> split(String name) {
        return splits.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
