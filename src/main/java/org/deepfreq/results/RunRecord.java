package org.deepfreq.results;

import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.RunStatus;

/**
 * A run read back from its folder: configuration, every finished epoch, the last known status, and for 1-D runs
 * the DFT spectra per epoch and the fit after the last epoch ({@code fit} null when none was recorded).
 */
public record RunRecord(RunFolder folder, ExperimentConfig config, List<EpochResult> epochs, RunStatus status,
        String message, List<FourierSpectrum> spectra, OneDimensionalFit fit) {

    public RunRecord {
        epochs = List.copyOf(epochs);
        spectra = List.copyOf(spectra);
    }

    /** The last finished epoch, or -1 when none. */
    public int lastEpoch() {
        return epochs.isEmpty() ? -1 : epochs.get(epochs.size() - 1).epoch();
    }
}
