package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.experiment.EpochResult;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;

/** The RDF peak 1/δ of every split over the epochs: one curve per split, a marker on every peak at a grid edge. */
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
        List<double[]> edgePoints = new ArrayList<>();
        bySplit.forEach((split, curve) -> {
            // only the epochs whose RDF was measured (rdf-every): nothing drawn for the others
            List<EpochResult> epochs = run.keptEpochs().stream().filter(e -> e.split(split).isPresent()).toList();
            curve.set(epochs.stream().mapToDouble(EpochResult::epoch).toArray(), epochs.stream()
                    .mapToDouble(e -> e.split(split).orElseThrow().peakInvDelta()).toArray());
            List<EpochResult> atEdge = epochs.stream()
                    .filter(e -> e.split(split).orElseThrow().rdf().peakAtEdge()).toList();
            atEdge.forEach(e -> edgePoints.add(new double[] {e.epoch(), e.split(split).orElseThrow().peakInvDelta()}));
            long edges = atEdge.size();
            // an edge peak is a peak of the window, not of the function: the legend says so, briefly enough for the
            // dashboard's narrow cells ("h1 (edge ×41)": its peak lay on a grid edge in 41 epochs)
            curve.setName(edges == 0 ? split : split + " (edge ×" + edges + ")");
        });
        // and a marker on each of those peaks
        markEdgePeaks(edgePoints.stream().mapToDouble(p -> p[0]).toArray(),
                edgePoints.stream().mapToDouble(p -> p[1]).toArray());
    }

    @Override
    void clear() {
        bySplit.clear();
        dataSets().clear();
        markEdgePeaks(new double[0], new double[0]);
    }
}
