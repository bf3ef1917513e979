package org.deepfreq.ui;

import java.util.List;

import org.deepfreq.experiment.EpochResult;

import io.fair_acc.dataset.spi.DoubleGridDataSet;

/** The normalised RDF of the chosen split as a heatmap: epochs across, 1/δ up. */
final class HeatmapChart extends ChartData {

    static final ChartDescription DESCRIPTION = new ChartDescription("heatmap", "heatmap",
            ChartDescription.Placement.RUN, ChartDescription.Source.EPOCH_AND_CHOSEN_SPLIT,
            ChartDescription.Axes.heatmap("epoch", "1/δ", "normalised RDF"), split -> "RDF over epochs",
            split -> new HeatmapChart());

    private final DoubleGridDataSet grid;

    private HeatmapChart() {
        this(new CellCentredGrid("normalised RDF"));
    }

    private HeatmapChart(DoubleGridDataSet grid) {
        this.grid = grid;
    }

    @Override
    void update(ChartsModel run) {
        String split = run.chosenSplit().get();
        if (split == null || split.isEmpty()) {
            return;
        }
        List<EpochResult> withSplit = run.keptEpochs().stream().filter(e -> e.split(split).isPresent()).toList();
        if (withSplit.isEmpty()) {
            return;
        }
        double[] inv = withSplit.get(withSplit.size() - 1).split(split).orElseThrow().rdf().invDelta();
        List<EpochResult> same = withSplit.stream()
                .filter(e -> e.split(split).orElseThrow().rdf().size() == inv.length).toList();
        double[] xs = same.stream().mapToDouble(EpochResult::epoch).toArray();
        if (xs.length == 1) {
            xs = new double[] {xs[0], xs[0] + 1};
            same = List.of(same.get(0), same.get(0));
        }
        double[] z = new double[xs.length * inv.length];
        for (int ix = 0; ix < xs.length; ix++) {
            double[] v = same.get(ix).split(split).orElseThrow().rdf().rdfNormalized();
            for (int iy = 0; iy < inv.length; iy++) {
                z[iy * xs.length + ix] = v[iy];
            }
        }
        grid.set(false, new double[][] {xs, inv}, z);
        for (int dim = 0; dim < 3; dim++) {
            grid.recomputeLimits(dim); // the contour renderer ranges its axes from these limits
        }
        if (dataSets().isEmpty()) {
            dataSets().add(grid);
        }
    }

    /** No grid until a run has one: the chart shows empty axes (the renderer draws nothing for an empty list). */
    @Override
    void clear() {
        dataSets().clear();
    }
}
