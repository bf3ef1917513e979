package org.deepfreq.experiment;

import org.deepfreq.model.SplitNetwork;

/**
 * Called on the run's thread after each finished epoch, before the event is published, with the network
 * in its end-of-epoch state: the place to write results and checkpoints so that a crash or cancel later
 * keeps everything up to this epoch.
 */
@FunctionalInterface
public interface EpochCallback {

    EpochCallback NONE = (result, network) -> { };

    void epochFinished(EpochResult result, SplitNetwork network);

    /**
     * The same with the 1-D fit of this epoch and its spectrum ({@code fit.spectrum()}, computed once per epoch; both
     * null for other runs); by default they are not used.
     */
    default void epochFinished(EpochResult result, OneDimensionalFit fit, FourierSpectrum spectrum,
            SplitNetwork network) {
        epochFinished(result, network);
    }
}
