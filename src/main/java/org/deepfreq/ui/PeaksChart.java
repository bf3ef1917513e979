package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;

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
        List<EpochResult> epochs = run.keptEpochs();
        double[] x = epochs.stream().mapToDouble(EpochResult::epoch).toArray();
        bySplit.forEach((split, curve) -> {
            curve.set(x, epochs.stream()
                    .mapToDouble(e -> e.split(split).map(SplitRdf::peakInvDelta).orElse(Double.NaN)).toArray());
            long edges = epochs.stream().filter(e -> e.split(split).map(s -> s.rdf().peakAtEdge()).orElse(false))
                    .count();
            // an edge peak is a peak of the window, not of the function: the legend says so, briefly enough for the
            // dashboard's narrow cells ("h1 (edge ×41)": its peak lay on a grid edge in 41 epochs)
            curve.setName(edges == 0 ? split : split + " (edge ×" + edges + ")");
        });
    }

    @Override
    void clear() {
        bySplit.clear();
        dataSets().clear();
    }
}
