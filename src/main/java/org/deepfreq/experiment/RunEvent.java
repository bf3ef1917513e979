package org.deepfreq.experiment;

import java.time.Duration;

/** Immutable events a training run publishes, in order, from its background thread. */
public sealed interface RunEvent {

    /** The run's status changed (started, paused, resumed, finished); {@code message} explains terminal states. */
    record StatusChanged(RunStatus status, String message) implements RunEvent {
    }

    /** Progress inside an epoch: batches done of total, throughput, and the estimated time left for the run. */
    record Progress(int epoch, int batchesDone, int batches, double samplesPerSecond, Duration eta) implements RunEvent {
    }

    /** For 1-D regression runs, after each epoch: target and output on the training grid, and their DFT magnitudes. */
    record SpectrumMeasured(OneDimensionalFit fit, FourierSpectrum spectrum) implements RunEvent {
    }

    /** One epoch (or the epoch-0 baseline, or a re-evaluation after grid changes) finished. */
    record EpochFinished(EpochResult result) implements RunEvent {
    }
}
