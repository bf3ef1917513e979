package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.PeakErrors;
import org.deepfreq.experiment.RunOutline;
import org.deepfreq.experiment.SplitRdf;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data behind the charts of one run, updated on the FX thread: one {@link ChartData} per chart of the
 * {@link ChartCatalogue} (per split for the split panels). Every epoch is kept, but each split's RDF panel shows at
 * most {@link #MAX_CURVES} curves ({@link #shownEpochs}), so chart nodes stay bounded on long runs. Live epochs
 * reach the charts one chart per pulse ({@link #addStaged}, {@link #applyPending}).
 */
public final class ChartsModel {

    static final int MAX_CURVES = 16;

    private final List<EpochResult> epochs = new ArrayList<>();
    private final List<EpochResult> epochsView = Collections.unmodifiableList(epochs);
    private final ObservableList<String> splits = FXCollections.observableArrayList();
    /** Data of every chart by key: the id for charts of the whole run, id:split for split panels. */
    private final Map<String, ChartData> charts = new LinkedHashMap<>();
    private final StringProperty chosenSplit = new SimpleStringProperty("");
    private final BooleanProperty hasFit = new SimpleBooleanProperty(false);
    private final BooleanProperty hasAccuracy = new SimpleBooleanProperty(false);
    private final ObservableBooleanValue always = new SimpleBooleanProperty(true);
    private final BooleanProperty logGrid = new SimpleBooleanProperty(false);
    private final Set<String> pending = new LinkedHashSet<>();
    private volatile boolean hasPending;
    private OneDimensionalFit latestFit;
    private FourierSpectrum latestSpectrum;
    /** The peak errors of every epoch's spectrum that has them, by epoch (the F-Principle heat map). */
    private final NavigableMap<Integer, PeakErrors> peakErrors = new TreeMap<>();

    public ChartsModel() {
        for (ChartDescription d : ChartCatalogue.all()) {
            if (d.placement() != ChartDescription.Placement.SPLIT) {
                charts.put(d.id(), d.newData(null));
            }
        }
        chosenSplit.addListener((obs, o, n) -> ChartCatalogue.all().stream()
                .filter(d -> d.source() == ChartDescription.Source.EPOCH_AND_CHOSEN_SPLIT)
                .forEach(d -> charts.get(d.id()).update(this)));
    }

    public void clear() {
        pending.clear();
        hasPending = false;
        epochs.clear();
        for (String split : splits) {
            for (ChartDescription d : ChartCatalogue.placed(ChartDescription.Placement.SPLIT)) {
                charts.remove(key(d, split)).clear();
            }
        }
        splits.clear();
        chosenSplit.set("");
        charts.values().forEach(ChartData::clear);
        hasFit.set(false);
        hasAccuracy.set(false);
        latestFit = null;
        latestSpectrum = null;
        peakErrors.clear();
    }

    /** The spectra of earlier epochs of an opened run (their peak errors), before its latest {@link #setFit}. */
    public void addSpectra(List<FourierSpectrum> spectra) {
        spectra.forEach(this::keepPeakErrors);
    }

    private void keepPeakErrors(FourierSpectrum spectrum) {
        if (spectrum.peaks().size() > 0) {
            peakErrors.put(spectrum.epoch(), spectrum.peaks());
        }
    }

    /** The latest 1-D fit and its spectrum; staged like an epoch: the charts get them through {@link #applyPending}. */
    public void setFit(OneDimensionalFit fit, FourierSpectrum spectrum) {
        latestFit = fit;
        latestSpectrum = spectrum;
        keepPeakErrors(spectrum);
        for (ChartDescription d : ChartCatalogue.all()) {
            if (d.source() == ChartDescription.Source.FIT) {
                pending.add(d.id());
            }
        }
        hasPending = true;
        hasFit.set(true);
    }

    /**
     * Adds an epoch, or replaces it when the same epoch is re-measured with new RDF settings, and updates the data of
     * every chart the run shows at once (opened runs, figures).
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

    /** Brings up to {@code maxCharts} charts' data up to date with the run; returns how many it updated. */
    public int applyPending(int maxCharts) {
        int done = 0;
        for (var it = pending.iterator(); it.hasNext() && done < maxCharts; done++) {
            String chart = it.next();
            it.remove();
            charts.get(chart).update(this);
        }
        hasPending = !pending.isEmpty();
        return done;
    }

    /** True while some chart's data lags behind the run (readable from any thread). */
    public boolean hasPending() {
        return hasPending;
    }

    private void record(EpochResult e) {
        epochs.removeIf(old -> old.epoch() == e.epoch());
        epochs.add(e);
        epochs.sort(Comparator.comparingInt(EpochResult::epoch));
        logGrid.set(logGrid()); // before the splits: new split panels take the axes from it
        addSplits(e.splits().stream().map(SplitRdf::name).toList());
        if (Double.isFinite(e.valAccuracy())) {
            hasAccuracy.set(true);
        }
        for (ChartDescription d : ChartCatalogue.all()) {
            // a chart the dashboard hides (accuracy without validation accuracy) is not redrawn: a pulse whose changes
            // are all hidden makes JavaFX repaint the whole window (docs/performance.md); it catches up once shown,
            // since every update reads the kept epochs
            if (d.source() == ChartDescription.Source.FIT || !shows(d).get()) {
                continue;
            }
            if (d.placement() == ChartDescription.Placement.SPLIT) {
                splits.forEach(split -> pending.add(key(d, split)));
            } else {
                pending.add(d.id());
            }
        }
        hasPending = true;
    }

    /**
     * Lays out the charts for a run before its first epoch (cleared first): its split panels, the fit panel of a 1-D
     * run, the accuracy chart and log 1/δ axes where the run will need them. Its epochs then only bring data; without
     * this the first epoch re-laid out the whole dashboard in one pulse.
     */
    public void expect(RunOutline outline) {
        clear();
        logGrid.set(outline.logGrid());
        addSplits(outline.splits());
        hasFit.set(outline.fit());
        hasAccuracy.set(outline.accuracy());
    }

    /** Adds the splits not shown yet, in one change (the dashboard lays out its split panels once). */
    private void addSplits(List<String> names) {
        List<String> added = new ArrayList<>();
        for (String name : names) {
            if (!splits.contains(name) && !added.contains(name)) {
                for (ChartDescription d : ChartCatalogue.placed(ChartDescription.Placement.SPLIT)) {
                    charts.put(key(d, name), d.newData(name));
                }
                added.add(name);
            }
        }
        splits.addAll(added);
        if (chosenSplit.get().isEmpty() && !splits.isEmpty()) {
            chosenSplit.set(splits.get(splits.size() - 1));
        }
    }

    private static String key(ChartDescription d, String split) {
        return d.id() + ":" + split;
    }

    /**
     * The epochs a split panel shows: of those with an RDF measurement (rdf-every), at most MAX_CURVES, evenly spaced,
     * always the first and the newest.
     */
    List<EpochResult> shownEpochs() {
        List<EpochResult> measured = epochs.stream().filter(e -> !e.splits().isEmpty()).toList();
        int n = measured.size();
        if (n <= MAX_CURVES) {
            return measured;
        }
        TreeSet<Integer> idx = new TreeSet<>();
        for (int i = 0; i < MAX_CURVES; i++) {
            idx.add((int) Math.round(i * (n - 1.0) / (MAX_CURVES - 1)));
        }
        return idx.stream().map(measured::get).toList();
    }

    /** Whether the kept epochs were measured on a log 1/δ grid (constant step ratio > 1, unequal spacing). */
    boolean logGrid() {
        List<EpochResult> kept = keptEpochs().stream().filter(e -> !e.splits().isEmpty()).toList(); // measured ones
        return !kept.isEmpty() && isLogGrid(kept.get(kept.size() - 1).splits().get(0).rdf().invDelta());
    }

    /** True when the 1/δ axes should be logarithmic: the kept epochs were measured on a log grid (FX thread). */
    public ReadOnlyBooleanProperty logGridProperty() {
        return logGrid;
    }

    /** Whether a 1/δ grid is a log grid: its step ratio is constant and > 1 while its spacing is not constant. */
    static boolean isLogGrid(double[] s) {
        if (s.length < 3) {
            return false;
        }
        double first = s[1] / s[0];
        double last = s[s.length - 1] / s[s.length - 2];
        return first > 1 && Math.abs(first / last - 1) < 1e-6 && Math.abs((s[1] - s[0]) / (s[2] - s[1]) - 1) > 1e-6;
    }

    /** The kept epochs in order, as the charts read them (a read-only view). */
    List<EpochResult> keptEpochs() {
        return epochsView;
    }

    /** A copy of the kept epochs in order. */
    public List<EpochResult> epochs() {
        return List.copyOf(epochs);
    }

    public ObservableList<String> splits() {
        return splits;
    }

    /** The data of a chart of the whole run (placement RUN or FIT). */
    ChartData data(ChartDescription chart) {
        return charts.get(chart.id());
    }

    /** The data of a split panel. */
    ChartData data(ChartDescription chart, String split) {
        return charts.get(key(chart, split));
    }

    OneDimensionalFit latestFit() {
        return latestFit;
    }

    FourierSpectrum latestSpectrum() {
        return latestSpectrum;
    }

    /** The peak errors of the epochs so far, by epoch (read-only). */
    NavigableMap<Integer, PeakErrors> peakErrors() {
        return Collections.unmodifiableNavigableMap(peakErrors);
    }

    /**
     * Whether a chart of the whole run has something to show, so the dashboard gives it room: the accuracy once an
     * epoch has one (runs with classes and a validation set), the 1-D panel once a fit arrived, the others always.
     */
    ObservableBooleanValue shows(ChartDescription chart) {
        if (chart.placement() == ChartDescription.Placement.FIT) {
            return hasFit;
        }
        return chart.equals(AccuracyChart.DESCRIPTION) ? hasAccuracy : always;
    }

    /** True once a 1-D run has reported a fit. */
    public ReadOnlyBooleanProperty hasFitProperty() {
        return hasFit;
    }

    /** The split the charts of the whole run show (the heatmap's): the deepest until one is chosen. */
    public StringProperty chosenSplit() {
        return chosenSplit;
    }
}
