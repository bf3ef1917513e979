package org.deepfreq.experiment;

/** From epoch {@code fromEpoch} (1-based) on, the learning rate is {@code rate}. */
public record LearningRateStep(int fromEpoch, double rate) {

    public LearningRateStep {
        if (fromEpoch < 1) {
            throw new IllegalArgumentException("a learning-rate step starts at epoch 1 or later, got " + fromEpoch);
        }
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + rate);
        }
    }
}
