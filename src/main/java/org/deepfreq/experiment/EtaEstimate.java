package org.deepfreq.experiment;

import java.time.Duration;

/**
 * Time left for a run: this epoch's remaining examples at the current rate, then each remaining epoch as long as
 * the last whole epoch took, validation and RDF included (training alone underestimates short epochs many times).
 * Before the first epoch has finished, an epoch is estimated from the training rate alone.
 */
final class EtaEstimate {

    private final int examplesPerEpoch;
    private final int maxEpochs;
    /** Wall time of the last finished epoch: training, validation and RDF (0 before the first). */
    private double lastEpochWallSeconds;

    EtaEstimate(int examplesPerEpoch, int maxEpochs) {
        this.examplesPerEpoch = examplesPerEpoch;
        this.maxEpochs = maxEpochs;
    }

    /** Records how long the epoch just finished took, everything included. */
    void epochTook(double wallSeconds) {
        lastEpochWallSeconds = wallSeconds;
    }

    /** Time left when {@code done} examples of {@code epoch} have trained at {@code rate} examples per second. */
    Duration remaining(int epoch, int done, double rate) {
        double thisEpoch = (examplesPerEpoch - done) / rate;
        double perEpoch = lastEpochWallSeconds > 0 ? lastEpochWallSeconds : examplesPerEpoch / rate;
        return Duration.ofMillis((long) ((thisEpoch + (maxEpochs - epoch) * perEpoch) * 1000));
    }
}
