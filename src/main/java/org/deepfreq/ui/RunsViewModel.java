package org.deepfreq.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.RunService;
import org.deepfreq.results.RunCatalog;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.deepfreq.results.SeedSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs browser: the run folders of the runs directory, opened into the dashboard, compared side by side,
 * renamed and deleted. Folder work happens on a daemon I/O thread; results come back through the FX executor,
 * and every problem becomes one line in {@link #messageProperty()}.
 */
public final class RunsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RunsViewModel.class);

    private final RunCatalog catalog;
    private final Consumer<RunRecord> opener;
    private final Predicate<Path> inUse;
    private final Executor io;
    private final Executor fx;
    private final ExecutorService ownIo;
    private final ObservableList<RunCatalog.Summary> runs = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ComparisonViewModel comparison = new ComparisonViewModel();

    /**
     * @param opener shows a run in the dashboard (called on the FX thread)
     * @param inUse  true for the folder a run is training into right now: it is neither renamed nor deleted
     */
    public RunsViewModel(RunCatalog catalog, Consumer<RunRecord> opener, Predicate<Path> inUse) {
        this(catalog, opener, inUse, RunService.daemonThread("runs-io"), Platform::runLater);
    }

    RunsViewModel(RunCatalog catalog, Consumer<RunRecord> opener, Predicate<Path> inUse, Executor io, Executor fx) {
        this.catalog = catalog;
        this.opener = opener;
        this.inUse = inUse;
        this.io = io;
        this.fx = fx;
        this.ownIo = io instanceof ExecutorService s ? s : null;
    }

    /** Lists the run folders again. */
    public void refresh() {
        background("list runs", catalog::list, list -> {
            runs.setAll(list);
            message.set(list.isEmpty() ? "no runs yet: start one, or train with ./deepfreq train"
                    : list.size() + " runs");
        });
    }

    /**
     * Reads a run and shows it in the dashboard, exactly as it was seen live. A multi-seed folder shows its first seed
     * in the dashboard and every seed in the comparison: peak and loss as mean ± sd bands.
     */
    public void open(RunCatalog.Summary run) {
        if (run.multiSeed()) {
            background("open " + run.name(), () -> {
                ComparisonViewModel.Entry entry = entry(run);
                return java.util.Map.entry(entry, RunFolderReader.read(entry.runs().get(0).folder()));
            }, opened -> {
                ComparisonViewModel.Entry entry = opened.getKey();
                opener.accept(opened.getValue()); // the first seed in full, 1-D spectra included
                comparison.showEntries(List.of(entry));
                message.set("opened " + run.name() + " (" + entry.runs().size() + " seeds): the comparison shows "
                        + "mean ± sd over the seeds, the dashboard " + entry.runs().get(0).folder().dir().getFileName());
            });
            return;
        }
        background("open " + run.name(), () -> RunFolderReader.read(new RunFolder(run.dir())), record -> {
            opener.accept(record);
            message.set("opened " + run.name() + " (" + record.epochs().size() + " epochs, "
                    + record.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
        });
    }

    /** Reads the chosen runs and overlays them in the comparison (multi-seed folders as mean ± sd bands). */
    public void compare(List<RunCatalog.Summary> chosen) {
        if (chosen.isEmpty()) {
            message.set("choose one or more runs to compare");
            return;
        }
        background("compare runs", () -> {
            List<ComparisonViewModel.Entry> entries = new java.util.ArrayList<>();
            for (RunCatalog.Summary s : chosen) {
                entries.add(s.multiSeed() ? entry(s)
                        : ComparisonViewModel.Entry.of(RunFolderReader.read(new RunFolder(s.dir()))));
            }
            return entries;
        }, entries -> {
            comparison.showEntries(entries);
            message.set(comparison.splits().isEmpty()
                    ? "the chosen runs share no split with RDF data: choose runs of the same kind"
                    : "comparing " + entries.size() + " runs" + (entries.stream()
                            .anyMatch(ComparisonViewModel.Entry::multiSeed) ? " (multi-seed folders: mean ± sd)" : ""));
        });
    }

    /** The seed runs of a multi-seed folder, read on the I/O thread. */
    private static ComparisonViewModel.Entry entry(RunCatalog.Summary run) {
        // the comparison needs no DFT spectra (the largest table of a long 1-D run)
        List<RunRecord> seeds = SeedSummary.seedFolders(run.dir()).stream().map(RunFolderReader::readWithoutSpectra)
                .toList();
        if (seeds.isEmpty()) {
            throw new InvalidDataException(run.dir() + " holds no seed-<s> run folders any more: refresh the list");
        }
        return new ComparisonViewModel.Entry(run.name(), seeds, true);
    }

    /** Renames a run folder (not the one training now). */
    public void rename(RunCatalog.Summary run, String newName) {
        if (refuseInUse(run, "renaming")) {
            return;
        }
        background("rename " + run.name(), () -> catalog.rename(run.dir(), newName.strip()), dir -> {
            message.set("renamed " + run.name() + " to " + dir.getFileName());
            refresh();
        });
    }

    /** Deletes a run folder (not the one training now); the view asks for confirmation first. */
    public void delete(RunCatalog.Summary run) {
        if (refuseInUse(run, "deleting")) {
            return;
        }
        background("delete " + run.name(), () -> {
            catalog.delete(run.dir());
            return run.dir();
        }, dir -> {
            message.set("deleted " + run.name());
            refresh();
        });
    }

    private boolean refuseInUse(RunCatalog.Summary run, String what) {
        if (inUse.test(run.dir())) {
            message.set(run.name() + " is training now: stop the run before " + what + " it");
            return true;
        }
        return false;
    }

    private <T> void background(String what, Callable<T> work, Consumer<T> done) {
        busy.set(true);
        io.execute(() -> {
            try {
                T result = work.call();
                fx.execute(() -> {
                    busy.set(false);
                    done.accept(result);
                });
            } catch (Exception e) {
                String text = e.getMessage() == null ? e.toString() : e.getMessage();
                LOG.warn("cannot {}: {}", what, text);
                LOG.debug("cannot {}", what, e);
                fx.execute(() -> {
                    busy.set(false);
                    message.set("cannot " + what + ": " + text);
                });
            }
        });
    }

    public ObservableList<RunCatalog.Summary> runs() {
        return runs;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    /** Stops the I/O thread (on application exit). */
    public void shutdown() {
        if (ownIo != null) {
            ownIo.shutdownNow();
        }
    }
}
