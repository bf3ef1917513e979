package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.experiment.EpochResult;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;

/** The RDF peak 1/δ of every split over the epochs: one curve per split. */
final class PeaksChart extends ChartData {

    static final ChartDescription DESCRIPTION = new ChartDescription("peaks", "RDF peaks",
            ChartDescription.Placement.RUN, ChartDescription.Source.EPOCH,
            ChartDescription.Axes.lines("epoch", "peak 1/δ"), split -> "RDF peak per split", split -> new PeaksChart());

    private final Map<String, DoubleDataSet> bySplit = new LinkedHashMap<>();

    @Override
    void update(ChartsModel run) {
        List<DataSet> added = new ArrayList<>();
        for (String split : run.splits()) {
            if (!bySplit.containsKey(split)) {
                DoubleDataSet curve = new DoubleDataSet(split);
                bySplit.put(split, curve);
                added.add(curve);
            }
        }
        dataSets().addAll(added); // one change: the chart lays out its legend once
        bySplit.forEach((split, curve) -> {
            // only the epochs whose RDF was measured (rdf-every): nothing drawn for the others
            List<EpochResult> epochs = run.keptEpochs().stream().filter(e -> e.split(split).isPresent()).toList();
            curve.set(epochs.stream().mapToDouble(EpochResult::epoch).toArray(), epochs.stream()
                    .mapToDouble(e -> e.split(split).orElseThrow().peakInvDelta()).toArray());
            long edges = epochs.stream().filter(e -> e.split(split).map(s -> s.rdf().peakAtEdge()).orElse(false))
                    .count();
            // an edge peak is a peak of the window, not of the function: the legend says so
            curve.setName(edges == 0 ? split : split + " (peak on the grid edge in " + edges + " epoch(s))");
        });
    }

    @Override
    void clear() {
        bySplit.clear();
        dataSets().clear();
    }
}
