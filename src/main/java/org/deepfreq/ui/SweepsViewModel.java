package org.deepfreq.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.deepfreq.data.DatasetCatalog;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.RunService;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.deepfreq.results.SeedSummary;
import org.deepfreq.sweep.CellState;
import org.deepfreq.sweep.ClusterSecret;
import org.deepfreq.sweep.ClusterSpec;
import org.deepfreq.sweep.SweepFile;
import org.deepfreq.sweep.SweepJob;
import org.deepfreq.sweep.SweepListener;
import org.deepfreq.sweep.SweepPlan;
import org.deepfreq.sweep.SweepStatus;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs → Sweeps: a sweep folder as a grid of cells with their state (re-read every two seconds, so a sweep that is
 * still running, here or on a cluster, stays current), any cell opened in the dashboard (and followed while it
 * trains), the settings' mean ± sd bands over seeds, and a sweep of the current settings started on the embedded
 * member or a named cluster. Files are read on a daemon thread; results reach the FX thread through {@code fx}.
 */
public final class SweepsViewModel {

    private static final long POLL_MILLIS = 2000;

    private final Consumer<RunRecord> opener;
    private final Supplier<ExperimentConfig> settings;
    private final Path runsDir;
    private final DatasetCatalog catalog;
    private final Executor fx;
    private final ScheduledExecutorService io;
    private final ObservableList<SweepStatus.Cell> cells = FXCollections.observableArrayList();
    private final ObservableList<String> splits = FXCollections.observableArrayList();
    private final StringProperty split = new SimpleStringProperty("");
    private final ObservableList<DataSet> lossBands = FXCollections.observableArrayList();
    private final ObservableList<DataSet> peakBands = FXCollections.observableArrayList();
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("open a sweep folder, or start a sweep");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private Map<String, List<SeedSummary.Row>> summaries = Map.of();
    private volatile Path dir;
    private volatile String followed;
    private volatile int followedEpochs = -1;
    private ScheduledFuture<?> poll;
    private SweepJob job;

    /**
     * @param opener   shows a run in the dashboard (called on the FX thread)
     * @param settings the dashboard's current settings, or null while they are invalid
     */
    public SweepsViewModel(Consumer<RunRecord> opener, Supplier<ExperimentConfig> settings, Path runsDir,
            DatasetCatalog catalog) {
        this(opener, settings, runsDir, catalog,
                Executors.newSingleThreadScheduledExecutor(RunService.daemonThreads("sweeps-io")), Platform::runLater);
    }

    SweepsViewModel(Consumer<RunRecord> opener, Supplier<ExperimentConfig> settings, Path runsDir,
            DatasetCatalog catalog, ScheduledExecutorService io, Executor fx) {
        this.opener = opener;
        this.settings = settings;
        this.runsDir = runsDir;
        this.catalog = catalog;
        this.io = io;
        this.fx = fx;
        split.addListener((obs, o, n) -> updateBands());
    }

    /** Shows a sweep folder and keeps it current. */
    public void open(Path sweepDir) {
        dir = sweepDir;
        followed = null;
        folder.set(sweepDir.toString());
        message.set("reading " + sweepDir + "…");
        if (poll != null) {
            poll.cancel(false);
        }
        poll = io.scheduleWithFixedDelay(this::refresh, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Reads sweep.json, the settings' summaries and a followed cell (on the I/O thread). */
    void refresh() {
        Path d = dir;
        if (d == null) {
            return;
        }
        try {
            if (!SweepFile.isSweep(d)) {
                fx.execute(() -> message.set(d + " is not a sweep folder (no sweep.json): choose the --out folder of "
                        + "a sweep"));
                return;
            }
            SweepStatus status = SweepFile.read(d);
            Map<String, List<SeedSummary.Row>> rows = new LinkedHashMap<>();
            for (String setting : status.cells().stream().map(SweepStatus.Cell::setting).distinct().toList()) {
                Path file = d.resolve(setting).resolve(SeedSummary.FILE_NAME);
                if (Files.isRegularFile(file)) {
                    rows.put(setting, SeedSummary.read(file));
                }
            }
            RunRecord follow = followedUpdate(d, status);
            fx.execute(() -> show(status, rows, follow));
        } catch (RuntimeException e) {
            fx.execute(() -> message.set("cannot read the sweep: " + e.getMessage()));
        }
    }

    /** The followed cell read again when it has new epochs, else null. */
    private RunRecord followedUpdate(Path d, SweepStatus status) {
        String name = followed;
        if (name == null) {
            return null;
        }
        SweepStatus.Cell cell = status.cells().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (cell == null || cell.epochs() == followedEpochs || !Files.isRegularFile(d.resolve(name).resolve("config.json"))) {
            return null;
        }
        followedEpochs = cell.epochs();
        if (cell.state() != CellState.RUNNING) {
            followed = null;
        }
        return RunFolderReader.read(new RunFolder(d.resolve(name)));
    }

    private void show(SweepStatus status, Map<String, List<SeedSummary.Row>> rows, RunRecord follow) {
        if (message.get().startsWith("reading ")) {
            message.set("click a cell to open it in the dashboard");
        }
        cells.setAll(status.cells());
        counts.set(String.format(Locale.ROOT, "%s: %d cells, %d done, %d running, %d queued (%s)", status.preset(),
                status.cells().size(), status.done(), status.count(CellState.RUNNING), status.count(CellState.QUEUED),
                status.cluster()));
        summaries = rows;
        List<String> names = commonSplits(rows);
        if (!names.equals(splits)) {
            splits.setAll(names);
        }
        if (!names.contains(split.get()) && !names.isEmpty()) {
            split.set(SplitRdf.defaultSplit(names));
        } else {
            updateBands();
        }
        if (follow != null) {
            opener.accept(follow);
        }
    }

    /** The splits every setting has, in the order of the first (a depth sweep: those of the shallowest). */
    private static List<String> commonSplits(Map<String, List<SeedSummary.Row>> rows) {
        List<String> common = null;
        for (List<SeedSummary.Row> list : rows.values()) {
            List<String> names = list.stream().map(SeedSummary.Row::split).distinct().toList();
            if (common == null) {
                common = new ArrayList<>(names);
            } else {
                common.retainAll(names);
            }
        }
        return common == null ? List.of() : common;
    }

    /** One band per setting: the mean over seeds ± one sd, of the training loss and of the chosen split's peak. */
    private void updateBands() {
        List<DataSet> loss = new ArrayList<>();
        List<DataSet> peak = new ArrayList<>();
        String s = split.get();
        summaries.forEach((setting, rows) -> {
            List<SeedSummary.Row> at = rows.stream().filter(r -> r.split().equals(s)).toList();
            if (at.isEmpty()) {
                return;
            }
            int n = at.stream().mapToInt(SeedSummary.Row::n).max().orElse(0);
            loss.add(band(setting + " (n=" + n + ")", at, SeedSummary.Row::trainLossMean, SeedSummary.Row::trainLossSd));
            peak.add(band(setting + " (n=" + n + ")", at, SeedSummary.Row::peakMean, SeedSummary.Row::peakSd));
        });
        lossBands.setAll(loss);
        peakBands.setAll(peak);
    }

    private static DataSet band(String name, List<SeedSummary.Row> rows,
            java.util.function.ToDoubleFunction<SeedSummary.Row> mean,
            java.util.function.ToDoubleFunction<SeedSummary.Row> sd) {
        List<SeedSummary.Row> finite = rows.stream().filter(r -> Double.isFinite(mean.applyAsDouble(r))).toList();
        double[] x = finite.stream().mapToDouble(SeedSummary.Row::epoch).toArray();
        double[] y = finite.stream().mapToDouble(mean).toArray();
        double[] e = finite.stream().mapToDouble(r -> Double.isFinite(sd.applyAsDouble(r)) ? sd.applyAsDouble(r) : 0)
                .toArray();
        DoubleErrorDataSet ds = new DoubleErrorDataSet(name);
        ds.set(x, y, e, e);
        return ds;
    }

    /** Opens a cell in the dashboard and, while it trains, shows its new epochs as they arrive. */
    public void openCell(SweepStatus.Cell cell) {
        Path d = dir;
        if (d == null) {
            return;
        }
        if (!Files.isRegularFile(d.resolve(cell.name()).resolve("config.json"))) {
            message.set(cell.name() + " has not started yet: it opens once its first epoch arrived");
            return;
        }
        io.execute(() -> {
            try {
                RunRecord record = RunFolderReader.read(new RunFolder(d.resolve(cell.name())));
                followed = cell.state() == CellState.RUNNING ? cell.name() : null;
                followedEpochs = cell.epochs();
                fx.execute(() -> {
                    opener.accept(record);
                    message.set("opened " + cell.name() + " in the dashboard" + (followed != null
                            ? "; its new epochs follow while it trains" : ""));
                });
            } catch (RuntimeException e) {
                fx.execute(() -> message.set("cannot open " + cell.name() + ": " + e.getMessage()));
            }
        });
    }

    /**
     * Starts a sweep of the current settings: {@code seeds} seeds for every value of one varied key, on the embedded
     * member (blank {@code cluster}) or on the named cluster with the secret from {@code secretFile} (blank: the
     * environment variable). The new folder under the runs folder opens at once.
     */
    public void start(int seeds, String varyKey, String varyValues, String cluster, String secretFile) {
        ExperimentConfig base = settings.get();
        if (base == null) {
            message.set("fix the settings marked in red before starting a sweep");
            return;
        }
        if (running.get()) {
            message.set("a sweep is running: stop it first");
            return;
        }
        try {
            Map<String, List<String>> vary = varyKey == null || varyKey.isBlank() || varyValues.isBlank() ? Map.of()
                    : SweepPlan.parseVary(List.of(varyKey.strip() + "=" + varyValues));
            SweepPlan plan = SweepPlan.of(base.preset(), base, vary, seeds);
            ClusterSpec spec = cluster == null || cluster.isBlank() ? null
                    : new ClusterSpec(ClusterSpec.parseList(List.of(cluster)), null, null, ClusterSecret.resolve(
                            secretFile == null || secretFile.isBlank() ? null : Path.of(secretFile.strip())));
            Path out = runsDir.resolve(RunFolder.createName(runsDir, base.preset() + "-sweep", LocalDateTime.now())
                    .dir().getFileName());
            running.set(true);
            job = SweepJob.start(plan, out, spec, catalog, SweepListener.NONE,
                    line -> fx.execute(() -> message.set(line)),
                    end -> fx.execute(() -> {
                        running.set(false);
                        message.set(end);
                    }));
            open(out);
            message.set("sweep of " + plan.cells().size() + " cells started into " + out);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /** Stops the sweep started here; its cells keep their finished epochs. */
    public void stop() {
        if (job != null) {
            job.stop();
            message.set("stopping the sweep…");
        }
    }

    public ObservableList<SweepStatus.Cell> cells() {
        return cells;
    }

    public ObservableList<String> splits() {
        return splits;
    }

    public StringProperty splitProperty() {
        return split;
    }

    /** Training loss, mean ± sd over seeds, one band per setting. */
    public ObservableList<DataSet> lossBands() {
        return lossBands;
    }

    /** RDF peak 1/δ of the chosen split, mean ± sd over seeds, one band per setting. */
    public ObservableList<DataSet> peakBands() {
        return peakBands;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** The runs folder, where new sweeps go and the folder chooser starts. */
    public Path runsDir() {
        return runsDir;
    }

    /** Stops polling and any sweep started here (on application exit). */
    public void shutdown() {
        stop();
        io.shutdownNow();
    }
}
