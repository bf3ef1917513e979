package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.results.RunRecord;
import org.deepfreq.results.SeedSummary;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs overlaid at one epoch: the chosen split's normalised RDF of every run (one curve per run) at the epoch, and over
 * the epochs the split's RDF peak and the training loss of every run. A multi-seed folder ({@code train --seeds})
 * shows each seed's RDF and, for peak and loss, one band of mean ± sd over its seeds. The epoch slider replays
 * finished runs; a run shorter than the chosen epoch shows its last epoch. Data sets are updated in place, so the
 * chart keeps its nodes while the slider moves.
 */
public final class ComparisonViewModel {

    /**
     * One compared entry: a run, or the seed runs of a multi-seed folder.
     *
     * @param name      the folder's name
     * @param runs      the run, or the seed runs by ascending seed
     * @param multiSeed whether the runs are the seeds of one config (drawn as mean ± sd bands)
     */
    public record Entry(String name, List<RunRecord> runs, boolean multiSeed) {

        public Entry {
            runs = List.copyOf(runs);
        }

        /** A single run. */
        public static Entry of(RunRecord run) {
            return new Entry(run.folder().dir().getFileName().toString(), List.of(run), false);
        }
    }

    private List<Entry> entries = List.of();
    private List<RunRecord> runs = List.of();
    /** The legend label of each run's RDF curve, in the order of {@link #runs}. */
    private List<String> labels = List.of();
    private final ObservableList<DataSet> peakCurves = FXCollections.observableArrayList();
    private final BooleanProperty logGrid = new SimpleBooleanProperty(false);
    private final ObservableList<String> splits = FXCollections.observableArrayList();
    private final StringProperty split = new SimpleStringProperty("");
    private final IntegerProperty epoch = new SimpleIntegerProperty(0);
    private final IntegerProperty maxEpoch = new SimpleIntegerProperty(0);
    private final ObservableList<DataSet> rdfCurves = FXCollections.observableArrayList();
    private final ObservableList<DataSet> lossCurves = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("no runs chosen");
    /** The split the peak curves show now (they change with the split, not with the epoch). */
    private String peakSplit;

    public ComparisonViewModel() {
        split.addListener((obs, o, n) -> updateCurves());
        epoch.addListener((obs, o, n) -> updateCurves());
    }

    /** Shows these runs, at their common {@link SplitRdf#defaultSplit} and the last epoch of the longest run. */
    public void show(List<RunRecord> chosen) {
        showEntries(chosen.stream().map(Entry::of).toList());
    }

    /**
     * Shows these runs and multi-seed folders, at their common {@link SplitRdf#defaultSplit} and the last epoch of the
     * longest run.
     */
    public void showEntries(List<Entry> chosen) {
        entries = List.copyOf(chosen);
        runs = entries.stream().flatMap(e -> e.runs().stream()).toList();
        labels = entries.stream().flatMap(e -> e.runs().stream().map(r -> e.multiSeed()
                ? e.name() + "/" + label(r) : label(r))).toList();
        List<String> common = runs.isEmpty() ? List.of() : new ArrayList<>(splitNames(runs.get(0)));
        runs.forEach(r -> common.retainAll(splitNames(r)));
        maxEpoch.set(runs.stream().mapToInt(RunRecord::lastEpoch).max().orElse(0));
        logGrid.set(!runs.isEmpty() && runs.get(0).epochs().stream().flatMap(e -> e.splits().stream()).findFirst()
                .map(sp -> ChartsModel.isLogGrid(sp.rdf().invDelta())).orElse(false));
        rdfCurves.clear();
        lossCurves.clear();
        peakCurves.clear();
        for (int i = 0; i < runs.size(); i++) {
            rdfCurves.add(new DoubleDataSet(labels.get(i)));
        }
        for (Entry e : entries) {
            if (e.multiSeed()) {
                lossCurves.add(lossBand(e));
            } else {
                RunRecord r = e.runs().get(0);
                List<EpochResult> trained = r.epochs().stream().filter(x -> Double.isFinite(x.trainLoss())).toList();
                DoubleDataSet loss = new DoubleDataSet(label(r));
                loss.set(trained.stream().mapToDouble(EpochResult::epoch).toArray(),
                        trained.stream().mapToDouble(EpochResult::trainLoss).toArray());
                lossCurves.add(loss);
            }
            peakCurves.add(new DoubleErrorDataSet(e.name()));
        }
        splits.setAll(common);
        String keep = common.contains(split.get()) ? split.get() : common.isEmpty() ? "" : SplitRdf.defaultSplit(common);
        split.set(keep);
        epoch.set(maxEpoch.get());
        peakSplit = null;
        updateCurves();
    }

    private static List<String> splitNames(RunRecord r) {
        List<String> names = new ArrayList<>();
        r.epochs().forEach(e -> e.splits().forEach(s -> {
            if (!names.contains(s.name())) {
                names.add(s.name());
            }
        }));
        return names;
    }

    /** A run's name in legends: folder name and network. */
    static String label(RunRecord r) {
        return r.folder().dir().getFileName() + " (" + r.config().network().label() + ")";
    }

    /** The run's last epoch with an RDF measurement at or before {@code epoch} (−1: its last), if any. */
    static Optional<EpochResult> epochAt(RunRecord r, int epoch) {
        List<EpochResult> upTo = r.epochs().stream()
                .filter(e -> (epoch < 0 || e.epoch() <= epoch) && !e.splits().isEmpty()).toList();
        return upTo.isEmpty() ? Optional.empty() : Optional.of(upTo.get(upTo.size() - 1));
    }

    /** The training loss of a multi-seed entry: mean ± sd over its seeds per trained epoch. */
    private static DoubleErrorDataSet lossBand(Entry e) {
        DoubleErrorDataSet band = new DoubleErrorDataSet(e.name() + " (mean ± sd of " + e.runs().size() + " seeds)");
        List<SeedSummary.Row> rows = SeedSummary.of(e.runs());
        String first = rows.isEmpty() ? "" : rows.get(0).split();
        for (SeedSummary.Row r : rows) {
            if (r.split().equals(first) && Double.isFinite(r.trainLossMean())) {
                double sd = Double.isNaN(r.trainLossSd()) ? 0 : r.trainLossSd();
                band.add(r.epoch(), r.trainLossMean(), sd, sd);
            }
        }
        return band;
    }

    /** The chosen split's RDF peak over the epochs: a run's own, or a multi-seed entry's mean ± sd over its seeds. */
    private void updatePeaks(String s) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            DoubleErrorDataSet ds = (DoubleErrorDataSet) peakCurves.get(i);
            ds.clearData();
            if (e.multiSeed()) {
                ds.setName(e.name() + " (mean ± sd of " + e.runs().size() + " seeds)");
                for (SeedSummary.Row r : SeedSummary.of(e.runs())) {
                    if (r.split().equals(s)) {
                        double sd = Double.isNaN(r.peakSd()) ? 0 : r.peakSd();
                        ds.add(r.epoch(), r.peakMean(), sd, sd);
                    }
                }
            } else {
                ds.setName(label(e.runs().get(0)));
                for (EpochResult x : e.runs().get(0).epochs()) {
                    x.split(s).ifPresent(sp -> ds.add(x.epoch(), sp.peakInvDelta(), 0, 0));
                }
            }
        }
    }

    private void updateCurves() {
        if (rdfCurves.size() != runs.size() || peakCurves.size() != entries.size()) {
            return; // showEntries() is replacing the runs
        }
        String s = split.get();
        for (int i = 0; i < runs.size(); i++) {
            RunRecord r = runs.get(i);
            DoubleDataSet ds = (DoubleDataSet) rdfCurves.get(i);
            Optional<EpochResult> at = epochAt(r, epoch.get());
            Optional<SplitRdf> rdf = at.flatMap(e -> e.split(s));
            if (rdf.isPresent()) {
                ds.setName(labels.get(i) + ", epoch " + at.get().epoch());
                ds.set(rdf.get().rdf().invDelta(), rdf.get().rdf().rdfNormalized());
            } else {
                ds.setName(labels.get(i) + ", no data");
                ds.clearData();
            }
        }
        if (!s.equals(peakSplit)) {
            peakSplit = s;
            updatePeaks(s);
        }
        title.set(runs.isEmpty() ? "no runs chosen"
                : s.isEmpty() ? "the chosen runs share no split"
                        : String.format(Locale.ROOT, "Normalised RDF of split %s at epoch %d", s, epoch.get()));
    }

    /** The chosen split's RDF peak over the epochs, per entry (a band of mean ± sd for a multi-seed folder). */
    public ObservableList<DataSet> peakCurves() {
        return peakCurves;
    }

    /** True when the shown runs were measured on a log 1/δ grid (the 1/δ axes then are logarithmic). */
    public ReadOnlyBooleanProperty logGridProperty() {
        return logGrid;
    }

    /** The entries shown, in order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The runs shown, in order (every seed of a multi-seed entry). */
    public List<RunRecord> runs() {
        return runs;
    }

    /** Splits every shown run has. */
    public ObservableList<String> splits() {
        return splits;
    }

    public StringProperty splitProperty() {
        return split;
    }

    public IntegerProperty epochProperty() {
        return epoch;
    }

    public IntegerProperty maxEpochProperty() {
        return maxEpoch;
    }

    /** One RDF curve per run at the chosen split and epoch. */
    public ObservableList<DataSet> rdfCurves() {
        return rdfCurves;
    }

    /** One training-loss curve per run over all its epochs. */
    public ObservableList<DataSet> lossCurves() {
        return lossCurves;
    }

    public StringProperty titleProperty() {
        return title;
    }
}
