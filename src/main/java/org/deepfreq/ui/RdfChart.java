package org.deepfreq.ui;

import org.deepfreq.spectrum.RdfResult;

/**
 * The normalised RDF of one split, one curve per shown epoch ({@link ChartsModel#shownEpochs}), coloured from
 * early (dark violet) to late (green-yellow, viridis), the newest thicker: the peak moving left means a lower-frequency effective target.
 */
final class RdfChart extends ChartData {

    static final ChartDescription DESCRIPTION = new ChartDescription("rdf", "RDF", ChartDescription.Placement.SPLIT,
            ChartDescription.Source.EPOCH, ChartDescription.Axes.lines("1/δ", "RDF / max"),
            split -> "RDF after " + split + ", by epoch", RdfChart::new);

    private final String split;

    private RdfChart(String split) {
        this.split = split;
    }

    @Override
    void update(ChartsModel run) {
        curvesPerEpoch(run, split, RdfResult::rdfNormalized);
    }

    @Override
    void clear() {
        dataSets().clear();
        markEdgePeaks(new double[0], new double[0]);
    }
}
