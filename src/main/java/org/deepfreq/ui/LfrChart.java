package org.deepfreq.ui;

import org.deepfreq.spectrum.RdfResult;

/**
 * The low frequency ratio LFR(1/δ) of the chosen split, one curve per shown epoch, coloured along viridis from early
 * to late: the quantity the RDF is the derivative of. A curve that rises at smaller 1/δ means a lower-frequency
 * effective target; LFR runs from its uniform-kernel limit up towards 1.
 */
final class LfrChart extends ChartData {

    static final ChartDescription DESCRIPTION = new ChartDescription("lfr", "LFR", ChartDescription.Placement.RUN,
            ChartDescription.Source.EPOCH_AND_CHOSEN_SPLIT, ChartDescription.Axes.lines("1/δ", "LFR"),
            split -> "LFR by epoch", split -> new LfrChart());

    @Override
    void update(ChartsModel run) {
        String split = run.chosenSplit().get();
        if (split != null && !split.isEmpty()) {
            curvesPerEpoch(run, split, RdfResult::lfr);
        }
    }

    @Override
    void clear() {
        dataSets().clear();
        markEdgePeaks(new double[0], new double[0]);
    }
}
