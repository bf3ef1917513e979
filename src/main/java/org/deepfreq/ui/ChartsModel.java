package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleGridDataSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data behind the charts of one run, updated on the FX thread: every epoch is kept, but each split's
 * RDF panel shows at most {@link #MAX_CURVES} curves (evenly spaced epochs plus the newest, coloured blue to
 * red by epoch), so chart nodes stay bounded on long runs. Live epochs reach the charts one chart per pulse.
 */
public final class ChartsModel {

    static final int MAX_CURVES = 16;
    static final int SPECTRUM_FREQUENCIES = 40;
    private static final String SCALARS = "loss";
    private static final String PEAKS = "peaks";
    private static final String HEATMAP = "heatmap";
    private static final String RDF = "rdf:";
    private static final String FIT = "fit";

    private final List<EpochResult> epochs = new ArrayList<>();
    private final ObservableList<String> splits = FXCollections.observableArrayList();
    private final Map<String, ObservableList<DataSet>> rdfCurves = new LinkedHashMap<>();
    private final Map<String, DoubleDataSet> peaks = new LinkedHashMap<>();
    private final ObservableList<DataSet> peakSets = FXCollections.observableArrayList();
    /** Every (epoch, peak 1/δ) whose peak lies on the first or last grid point: a peak of the window only. */
    private final DoubleDataSet edgePeaks = new DoubleDataSet("peak on a grid edge");
    /** The splits whose newest RDF peaks on a grid edge (set with the peak chart's data, on the FX thread). */
    private final javafx.beans.property.ObjectProperty<java.util.Set<String>> edgeSplits =
            new javafx.beans.property.SimpleObjectProperty<>(java.util.Set.of());
    /** Whether the shown epochs were measured on a log 1/δ grid. */
    private final javafx.beans.property.BooleanProperty logGrid = new javafx.beans.property.SimpleBooleanProperty();
    private final DoubleDataSet trainLoss = new DoubleDataSet("train loss");
    private final DoubleDataSet valLoss = new DoubleDataSet("validation loss");
    private final DoubleDataSet valAccuracy = new DoubleDataSet("validation accuracy");
    private final DoubleGridDataSet heatmap = new DoubleGridDataSet("normalised RDF", 3);
    private final StringProperty heatmapSplit = new SimpleStringProperty("");
    private final DoubleDataSet fitTarget = new DoubleDataSet("target");
    private final DoubleDataSet fitOutput = new DoubleDataSet("network output");
    private final DoubleDataSet spectrumTarget = new DoubleDataSet("target");
    private final DoubleDataSet spectrumOutput = new DoubleDataSet("network output");
    private final BooleanProperty hasFit = new SimpleBooleanProperty(false);
    private final Set<String> pending = new LinkedHashSet<>();
    private volatile boolean hasPending;
    private OneDimensionalFit latestFit;
    private FourierSpectrum latestSpectrum;

    public ChartsModel() {
        heatmapSplit.addListener((obs, o, n) -> updateHeatmap());
        heatmap.set(false, new double[][] {{0, 1}, {0, 1}}, new double[4]); // the renderer needs a non-empty grid
    }

    public void clear() {
        pending.clear();
        hasPending = false;
        epochs.clear();
        rdfCurves.values().forEach(List::clear);
        rdfCurves.clear();
        peaks.clear();
        peakSets.clear();
        splits.clear();
        trainLoss.clearData();
        valLoss.clearData();
        valAccuracy.clearData();
        heatmapSplit.set("");
        heatmap.set(false, new double[][] {{0, 1}, {0, 1}}, new double[4]);
        for (DoubleDataSet d : new DoubleDataSet[] {fitTarget, fitOutput, spectrumTarget, spectrumOutput}) {
            d.clearData();
        }
        hasFit.set(false);
        latestFit = null;
        latestSpectrum = null;
    }

    /**
     * The latest 1-D fit: target and output over x, and the DFT magnitudes of both for frequency index
     * k &lt; {@link #SPECTRUM_FREQUENCIES} (the F-Principle view: the output's low frequencies match first).
     * Staged like an epoch: the two charts get the data through {@link #applyPending}.
     */
    public void setFit(OneDimensionalFit fit, FourierSpectrum spectrum) {
        latestFit = fit;
        latestSpectrum = spectrum;
        pending.add(FIT);
        hasPending = true;
        hasFit.set(true);
    }

    private void updateFit() {
        OneDimensionalFit fit = latestFit;
        FourierSpectrum spectrum = latestSpectrum;
        fitTarget.set(fit.x(), fit.target());
        fitOutput.setName("network output, epoch " + fit.epoch());
        fitOutput.set(fit.x(), fit.output());
        int n = Math.min(SPECTRUM_FREQUENCIES, spectrum.target().length);
        double[] k = java.util.stream.IntStream.range(0, n).asDoubleStream().toArray();
        spectrumTarget.set(k, java.util.Arrays.copyOf(spectrum.target(), n));
        spectrumOutput.setName("network output, epoch " + spectrum.epoch());
        spectrumOutput.set(k, java.util.Arrays.copyOf(spectrum.output(), n));
    }

    /**
     * Adds an epoch, or replaces it when the same epoch is re-measured with new RDF settings, and updates every
     * chart's data at once (opened runs, figures).
     */
    public void add(EpochResult e) {
        record(e);
        applyPending(Integer.MAX_VALUE);
    }

    /**
     * Adds an epoch like {@link #add} but leaves the charts' data to {@link #applyPending}: a live run updates one
     * chart per FX pulse, so no single pulse re-renders all of them (measured: that kept pulses past 50 ms).
     */
    public void addStaged(EpochResult e) {
        record(e);
    }

    /** Brings up to {@code maxCharts} charts' data up to date with the kept epochs; returns how many it updated. */
    public int applyPending(int maxCharts) {
        int done = 0;
        for (var it = pending.iterator(); it.hasNext() && done < maxCharts; done++) {
            String chart = it.next();
            it.remove();
            if (chart.equals(SCALARS)) {
                updateScalars();
            } else if (chart.equals(PEAKS)) {
                updatePeaks();
            } else if (chart.equals(HEATMAP)) {
                updateHeatmap();
            } else if (chart.equals(FIT)) {
                updateFit();
            } else {
                rebuildCurves(chart.substring(RDF.length()));
            }
        }
        hasPending = !pending.isEmpty();
        return done;
    }

    /** True while some chart's data lags behind the kept epochs (readable from any thread). */
    public boolean hasPending() {
        return hasPending;
    }

    private void record(EpochResult e) {
        epochs.removeIf(old -> old.epoch() == e.epoch());
        epochs.add(e);
        epochs.sort(java.util.Comparator.comparingInt(EpochResult::epoch));
        List<String> added = new ArrayList<>();
        List<DataSet> addedPeaks = new ArrayList<>();
        for (SplitRdf s : e.splits()) {
            if (!splits.contains(s.name()) && !added.contains(s.name())) {
                rdfCurves.put(s.name(), FXCollections.observableArrayList());
                DoubleDataSet p = new DoubleDataSet(s.name());
                peaks.put(s.name(), p);
                addedPeaks.add(p);
                added.add(s.name());
            }
        }
        peakSets.addAll(addedPeaks); // one change each: the dashboard lays out its split panels once
        splits.addAll(added);
        if (heatmapSplit.get().isEmpty() && !splits.isEmpty()) {
            heatmapSplit.set(splits.get(splits.size() - 1));
        }
        pending.add(SCALARS);
        pending.add(PEAKS);
        splits.forEach(s -> pending.add(RDF + s));
        pending.add(HEATMAP);
        hasPending = true;
    }

    /** Loss and accuracy over the kept epochs. */
    private void updateScalars() {
        List<EpochResult> trained = epochs.stream().filter(x -> Double.isFinite(x.trainLoss())).toList();
        trainLoss.set(trained.stream().mapToDouble(EpochResult::epoch).toArray(),
                trained.stream().mapToDouble(EpochResult::trainLoss).toArray());
        List<EpochResult> validated = epochs.stream().filter(x -> Double.isFinite(x.valLoss())).toList();
        valLoss.set(validated.stream().mapToDouble(EpochResult::epoch).toArray(),
                validated.stream().mapToDouble(EpochResult::valLoss).toArray());
        List<EpochResult> accurate = epochs.stream().filter(x -> Double.isFinite(x.valAccuracy())).toList();
        valAccuracy.set(accurate.stream().mapToDouble(EpochResult::epoch).toArray(),
                accurate.stream().mapToDouble(EpochResult::valAccuracy).toArray());
    }

    /** RDF peak per split over the kept epochs, and the edge peaks among them. */
    private void updatePeaks() {
        double[] ep = epochs.stream().mapToDouble(EpochResult::epoch).toArray();
        List<double[]> edges = new ArrayList<>();
        for (String split : splits) {
            double[] pk = epochs.stream().mapToDouble(x -> x.split(split).map(SplitRdf::peakInvDelta)
                    .orElse(Double.NaN)).toArray();
            peaks.get(split).set(ep, pk);
            for (EpochResult e : epochs) {
                e.split(split).filter(s -> s.rdf().peakAtEdge())
                        .ifPresent(s -> edges.add(new double[] {e.epoch(), s.peakInvDelta()}));
            }
        }
        edgePeaks.set(edges.stream().mapToDouble(p -> p[0]).toArray(), edges.stream().mapToDouble(p -> p[1]).toArray());
        edgeSplits.set(splits.stream().filter(this::newestPeakAtEdge).collect(java.util.stream.Collectors.toSet()));
        logGrid.set(logGrid());
    }

    /** The splits whose newest RDF peaks on a grid edge. */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.Set<String>> edgeSplitsProperty() {
        return edgeSplits;
    }

    /** True when the shown epochs were measured on a log 1/δ grid (the 1/δ axes then are logarithmic). */
    public javafx.beans.property.ReadOnlyBooleanProperty logGridProperty() {
        return logGrid;
    }

    /** The peaks that lie on a grid edge, as markers for the peak chart. */
    public DoubleDataSet edgePeaks() {
        return edgePeaks;
    }

    /** Whether the newest epoch's RDF of {@code split} peaks on a grid edge. */
    public boolean newestPeakAtEdge(String split) {
        return !epochs.isEmpty() && epochs.get(epochs.size() - 1).split(split).map(s -> s.rdf().peakAtEdge())
                .orElse(false);
    }

    /** Whether the kept epochs were measured on a log 1/δ grid (their grid's step ratio is constant and > 1). */
    public boolean logGrid() {
        if (epochs.isEmpty() || epochs.get(epochs.size() - 1).splits().isEmpty()) {
            return false;
        }
        double[] s = epochs.get(epochs.size() - 1).splits().get(0).rdf().invDelta();
        if (s.length < 3) {
            return false;
        }
        double first = s[1] / s[0];
        double last = s[s.length - 1] / s[s.length - 2];
        return first > 1 && Math.abs(first / last - 1) < 1e-6 && Math.abs((s[1] - s[0]) / (s[2] - s[1]) - 1) > 1e-6;
    }

    /** The epochs a split panel shows: at most MAX_CURVES, evenly spaced, always the first and the newest. */
    List<EpochResult> shownEpochs() {
        int n = epochs.size();
        if (n <= MAX_CURVES) {
            return List.copyOf(epochs);
        }
        TreeSet<Integer> idx = new TreeSet<>();
        for (int i = 0; i < MAX_CURVES; i++) {
            idx.add((int) Math.round(i * (n - 1.0) / (MAX_CURVES - 1)));
        }
        return idx.stream().map(epochs::get).toList();
    }

    /** Updates a split's curves in place: existing data sets get new data, so ChartFX keeps its nodes. */
    private void rebuildCurves(String split) {
        List<EpochResult> shown = shownEpochs().stream().filter(e -> e.split(split).isPresent()).toList();
        ObservableList<DataSet> curves = rdfCurves.get(split);
        int last = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
        for (int i = 0; i < shown.size(); i++) {
            EpochResult e = shown.get(i);
            RdfResult r = e.split(split).orElseThrow().rdf();
            DoubleDataSet ds = i < curves.size() ? (DoubleDataSet) curves.get(i) : new DoubleDataSet("epoch " + e.epoch());
            double t = last == 0 ? 1 : (double) e.epoch() / last;
            ds.setName("epoch " + e.epoch());
            ds.setStyle(EpochColours.style(t, e.epoch() == last));
            ds.set(r.invDelta(), r.rdfNormalized());
            if (i >= curves.size()) {
                curves.add(ds);
            }
        }
        if (curves.size() > shown.size()) {
            curves.remove(shown.size(), curves.size());
        }
    }

    private void updateHeatmap() {
        String split = heatmapSplit.get();
        if (split == null || split.isEmpty() || epochs.isEmpty()) {
            return;
        }
        List<EpochResult> withSplit = epochs.stream().filter(e -> e.split(split).isPresent()).toList();
        if (withSplit.isEmpty()) {
            return;
        }
        double[] grid = withSplit.get(withSplit.size() - 1).split(split).orElseThrow().rdf().invDelta();
        List<EpochResult> same = withSplit.stream()
                .filter(e -> e.split(split).orElseThrow().rdf().size() == grid.length).toList();
        double[] xs = same.stream().mapToDouble(EpochResult::epoch).toArray();
        if (xs.length == 1) {
            xs = new double[] {xs[0], xs[0] + 1};
            same = List.of(same.get(0), same.get(0));
        }
        double[] z = new double[xs.length * grid.length];
        for (int ix = 0; ix < xs.length; ix++) {
            double[] v = same.get(ix).split(split).orElseThrow().rdf().rdfNormalized();
            for (int iy = 0; iy < grid.length; iy++) {
                z[iy * xs.length + ix] = v[iy];
            }
        }
        heatmap.set(false, new double[][] {xs, grid}, z);
        for (int dim = 0; dim < 3; dim++) {
            heatmap.recomputeLimits(dim); // the contour renderer ranges its axes from these limits
        }
    }

    public List<EpochResult> epochs() {
        return List.copyOf(epochs);
    }

    public ObservableList<String> splits() {
        return splits;
    }

    public ObservableList<DataSet> rdfCurves(String split) {
        return rdfCurves.get(split);
    }

    public ObservableList<DataSet> peakSets() {
        return peakSets;
    }

    public DoubleDataSet trainLoss() {
        return trainLoss;
    }

    public DoubleDataSet valLoss() {
        return valLoss;
    }

    public DoubleDataSet valAccuracy() {
        return valAccuracy;
    }

    public DoubleGridDataSet heatmap() {
        return heatmap;
    }

    /** Target and output over x, for 1-D runs. */
    public List<DataSet> fit() {
        return List.of(fitTarget, fitOutput);
    }

    /** DFT magnitudes of target and output, for 1-D runs. */
    public List<DataSet> spectrum() {
        return List.of(spectrumTarget, spectrumOutput);
    }

    /** True once a 1-D run has reported a fit. */
    public ReadOnlyBooleanProperty hasFitProperty() {
        return hasFit;
    }

    public StringProperty heatmapSplitProperty() {
        return heatmapSplit;
    }
}
