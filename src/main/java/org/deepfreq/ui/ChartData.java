package org.deepfreq.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.spectrum.RdfResult;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data one chart binds, and how a run's progress updates it: {@link #update} reads the run's kept epochs, chosen
 * split or 1-D fit from the {@link ChartsModel} and sets the data sets in place (ChartFX keeps its nodes). Runs on
 * the FX thread.
 */
abstract class ChartData {

    private final ObservableList<DataSet> dataSets = FXCollections.observableArrayList();
    /** Points drawn as markers only: the RDF peaks that lie on a grid edge (peaks of the window, not the function). */
    private final ObservableList<DataSet> markers = FXCollections.observableArrayList();
    private final DoubleDataSet edgePeaks = new DoubleDataSet("peak on the grid edge");

    ChartData(DataSet... initial) {
        dataSets.addAll(List.of(initial));
        edgePeaks.setStyle("-fx-marker-type: diamond; -fx-marker-size: 8; -fx-marker-color: rgb(214,39,40); "
                + "-fx-line-color: rgb(214,39,40);");
    }

    /** The data sets the chart shows; the list may grow (one curve per split or per shown epoch). */
    final ObservableList<DataSet> dataSets() {
        return dataSets;
    }

    /** Points the chart draws as markers without lines (empty for most charts). */
    final ObservableList<DataSet> markers() {
        return markers;
    }

    /** Marks these points as edge peaks ({@link #markers}); none removes the mark. */
    final void markEdgePeaks(double[] x, double[] y) {
        edgePeaks.set(x, y);
        if (x.length == 0) {
            markers.clear();
        } else if (markers.isEmpty()) {
            markers.add(edgePeaks);
        }
    }

    /** Brings the data up to date with the run. */
    abstract void update(ChartsModel run);

    /** Forgets the run's data (a new run starts). */
    abstract void clear();

    /** Sets a curve to a value over the epochs, leaving out epochs where it is not finite (not measured). */
    static void overEpochs(DoubleDataSet curve, List<EpochResult> epochs, ToDoubleFunction<EpochResult> value) {
        List<EpochResult> measured = epochs.stream().filter(e -> Double.isFinite(value.applyAsDouble(e))).toList();
        curve.set(measured.stream().mapToDouble(EpochResult::epoch).toArray(),
                measured.stream().mapToDouble(value).toArray());
    }

    /**
     * Sets the data sets to one curve over 1/δ per shown epoch of a split ({@link ChartsModel#shownEpochs}), coloured
     * from early (dark violet) to late (green-yellow, viridis), the newest thicker, and a marker on every shown peak
     * that lies on a grid edge. Existing data sets get new data, so ChartFX keeps its nodes.
     */
    final void curvesPerEpoch(ChartsModel run, String split, Function<RdfResult, double[]> values) {
        List<EpochResult> shown = run.shownEpochs().stream().filter(e -> e.split(split).isPresent()).toList();
        List<EpochResult> kept = run.keptEpochs();
        int last = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).epoch();
        List<double[]> edges = new java.util.ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            EpochResult e = shown.get(i);
            RdfResult r = e.split(split).orElseThrow().rdf();
            if (r.peakAtEdge()) {
                edges.add(new double[] {r.peakInvDelta(), values.apply(r)[r.peakIndex()]});
            }
            boolean isNew = i >= dataSets.size();
            DoubleDataSet ds = isNew ? new DoubleDataSet("epoch " + e.epoch()) : (DoubleDataSet) dataSets.get(i);
            double t = last == 0 ? 1 : (double) e.epoch() / last;
            ds.setName("epoch " + e.epoch() + (r.peakAtEdge() ? " (edge peak)" : ""));
            ds.setStyle(EpochColours.style(t, e.epoch() == last));
            ds.set(r.invDelta(), values.apply(r));
            if (isNew) {
                dataSets.add(ds);
            }
        }
        if (dataSets.size() > shown.size()) {
            dataSets.remove(shown.size(), dataSets.size());
        }
        markEdgePeaks(edges.stream().mapToDouble(p -> p[0]).toArray(), edges.stream().mapToDouble(p -> p[1]).toArray());
    }
}
