package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.results.RunRecord;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs overlaid at one epoch: the chosen split's normalised RDF of every run (one curve per run) and every
 * run's training loss. The epoch slider replays finished runs; a run shorter than the chosen epoch shows its
 * last epoch. Data sets are updated in place, so the chart keeps its nodes while the slider moves.
 */
public final class ComparisonViewModel {

    private List<RunRecord> runs = List.of();
    private final ObservableList<String> splits = FXCollections.observableArrayList();
    private final StringProperty split = new SimpleStringProperty("");
    private final IntegerProperty epoch = new SimpleIntegerProperty(0);
    private final IntegerProperty maxEpoch = new SimpleIntegerProperty(0);
    private final ObservableList<DataSet> rdfCurves = FXCollections.observableArrayList();
    private final ObservableList<DataSet> lossCurves = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("no runs chosen");

    public ComparisonViewModel() {
        split.addListener((obs, o, n) -> updateCurves());
        epoch.addListener((obs, o, n) -> updateCurves());
    }

    /** Shows these runs, at their common {@link SplitRdf#defaultSplit} and the last epoch of the longest run. */
    public void show(List<RunRecord> chosen) {
        runs = List.copyOf(chosen);
        List<String> common = runs.isEmpty() ? List.of() : new ArrayList<>(splitNames(runs.get(0)));
        runs.forEach(r -> common.retainAll(splitNames(r)));
        maxEpoch.set(runs.stream().mapToInt(RunRecord::lastEpoch).max().orElse(0));
        rdfCurves.clear();
        lossCurves.clear();
        for (RunRecord r : runs) {
            rdfCurves.add(new DoubleDataSet(r.folder().dir().getFileName().toString()));
            List<EpochResult> trained = r.epochs().stream().filter(e -> Double.isFinite(e.trainLoss())).toList();
            DoubleDataSet loss = new DoubleDataSet(label(r));
            loss.set(trained.stream().mapToDouble(EpochResult::epoch).toArray(),
                    trained.stream().mapToDouble(EpochResult::trainLoss).toArray());
            lossCurves.add(loss);
        }
        splits.setAll(common);
        String keep = common.contains(split.get()) ? split.get() : common.isEmpty() ? "" : SplitRdf.defaultSplit(common);
        split.set(keep);
        epoch.set(maxEpoch.get());
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

    private void updateCurves() {
        if (rdfCurves.size() != runs.size()) {
            return; // show() is replacing the runs
        }
        String s = split.get();
        for (int i = 0; i < runs.size(); i++) {
            RunRecord r = runs.get(i);
            DoubleDataSet ds = (DoubleDataSet) rdfCurves.get(i);
            Optional<EpochResult> at = epochAt(r, epoch.get());
            Optional<SplitRdf> rdf = at.flatMap(e -> e.split(s));
            if (rdf.isPresent()) {
                ds.setName(label(r) + ", epoch " + at.get().epoch());
                ds.set(rdf.get().rdf().invDelta(), rdf.get().rdf().rdfNormalized());
            } else {
                ds.setName(label(r) + ", no data");
                ds.clearData();
            }
        }
        title.set(runs.isEmpty() ? "no runs chosen"
                : s.isEmpty() ? "the chosen runs share no split"
                        : String.format(Locale.ROOT, "Normalised RDF of split %s at epoch %d", s, epoch.get()));
    }

    /** The runs shown, in order. */
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
