package org.deepfreq.ui;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.deepfreq.app.RunFactory;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.RdfSettings;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.results.RunCatalog;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.SeedSummary;
import org.deepfreq.results.RunRecord;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The window's ViewModel: settings, run controls, chart data and display mode. */
public final class MainViewModel {

    private final ControlsViewModel controls = new ControlsViewModel();
    private final ChartsModel charts = new ChartsModel();
    private final RunViewModel run;
    private final RunsViewModel runs;
    private final SweepsViewModel sweeps;
    private final BooleanProperty classroom = new SimpleBooleanProperty(false);
    private final BooleanProperty dark = new SimpleBooleanProperty(Theme.systemPrefersDark());
    private final BooleanBinding startDisabled;
    private final Path runsDir;
    private final javafx.beans.property.StringProperty seedMessage = new javafx.beans.property.SimpleStringProperty("");
    private SeedQueue seedQueue;
    private final org.deepfreq.data.DatasetCatalog catalog;

    public MainViewModel(RunFactory factory, String backend) {
        this.run = new RunViewModel(factory, charts, backend);
        this.runsDir = factory.runsDir();
        this.catalog = factory.catalog();
        run.statusProperty().addListener((obs, old, now) -> {
            if (now != null && now.isTerminal()) {
                seedRunEnded(now);
            }
        });
        this.runs = new RunsViewModel(new RunCatalog(factory.runsDir()), this::openRun,
                dir -> run.isActive().get() && run.folder() != null && run.folder().dir().startsWith(dir));
        this.sweeps = new SweepsViewModel(this::openRun, () -> controls.validProperty().get() ? controls.toConfig()
                : null, factory.runsDir(), factory.catalog());
        this.startDisabled = Bindings.createBooleanBinding(() -> !controls.validProperty().get() || !run.canStart().get(),
                controls.validProperty(), run.canStart());
    }

    /**
     * The training inputs and targets of the shown run (or, before any, of the current settings), loaded on a
     * background thread: the data the filter view shows for a 1-D run (its input split).
     */
    public java.util.concurrent.CompletableFuture<org.deepfreq.data.LabeledDataset> trainingData() {
        org.deepfreq.experiment.ExperimentConfig c = run.config() != null ? run.config() : controls.toConfig();
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> catalog.load(c.dataset(), c.trainSize(), 0,
                c.seed()).train());
    }

    /**
     * Start a new run with the current settings (does nothing while invalid or running); with more than one seed,
     * the seeds S, S+1, … run one after another into {@code seed-<s>} folders of one new folder, and its summary.csv
     * is written when the last one ends.
     */
    public void start() {
        if (startDisabled.get()) {
            return;
        }
        ExperimentConfig c = controls.toConfig();
        int count = controls.seedCount();
        if (count <= 1) {
            seedQueue = null;
            run.start(c, false);
            return;
        }
        Path dir = RunFolder.createName(runsDir, c.preset() + "-seeds", LocalDateTime.now()).dir();
        seedQueue = new SeedQueue(c, count, dir);
        startNextSeed();
    }

    /** The seeds still to run after the current one, and their common folder. */
    private static final class SeedQueue {
        final ExperimentConfig config;
        final int count;
        final Path dir;
        int started;

        SeedQueue(ExperimentConfig config, int count, Path dir) {
            this.config = config;
            this.count = count;
            this.dir = dir;
        }
    }

    private void startNextSeed() {
        SeedQueue q = seedQueue;
        long s = q.config.seed() + q.started;
        q.started++;
        run.start(q.config.with("seed", Long.toString(s)), false, q.dir.resolve(SeedSummary.seedFolderName(s)));
    }

    /** After a run of a seed queue ends: the next seed, or (after the last, or a stop) the summary of those run. */
    private void seedRunEnded(RunStatus status) {
        SeedQueue q = seedQueue;
        if (q == null) {
            return;
        }
        if (status == RunStatus.COMPLETED && q.started < q.count) {
            javafx.application.Platform.runLater(this::startNextSeed);
            return;
        }
        seedQueue = null;
        try {
            SeedSummary.write(q.dir);
            seedMessage.set(q.started + " seed(s) in " + q.dir + "; summary.csv written");
        } catch (RuntimeException e) {
            seedMessage.set("seed summary not written: " + e.getMessage());
        }
    }

    /** What the last multi-seed start did (empty before). */
    public javafx.beans.property.StringProperty seedMessageProperty() {
        return seedMessage;
    }

    /** Space: start when idle, otherwise pause or resume. */
    public void startOrPause() {
        if (run.isActive().get()) {
            run.pauseOrResume();
        } else {
            start();
        }
    }

    /** →: one epoch (starting paused when idle). */
    public void step() {
        if (run.isActive().get()) {
            run.step();
        } else if (!startDisabled.get()) {
            run.start(controls.toConfig(), true);
        }
    }

    /** Applies the RDF fields to the running run (from the next epoch; at once when paused). */
    public void applyRdf() {
        if (controls.validProperty().get()) {
            RdfSettings r = controls.rdfSettings();
            ExperimentConfig current = run.config();
            if (r.autoRange() && current != null) { // the run's range was fixed when it started
                r = r.withRange(current.rdf().invDeltaMin(), current.rdf().invDeltaMax());
            }
            run.applyRdfSettings(r);
        }
    }

    /**
     * Shows a recorded run in the dashboard: its settings in the controls and every epoch in the charts. Refused
     * with a message while a run trains.
     */
    public void openRun(RunRecord record) {
        if (!run.canStart().get()) {
            runs.messageProperty().set("stop the current run before opening another");
            return;
        }
        try {
            controls.presetProperty().set(Presets.named(record.config().preset()));
        } catch (InvalidDataException e) {
            // a run of a preset this version does not know: its own settings below still apply
        }
        controls.load(record.config());
        run.showRecord(record);
    }

    /** One line of the key settings for figure captions. */
    public String caption() {
        ExperimentConfig c = run.config() != null ? run.config() : controls.validProperty().get() ? controls.toConfig() : null;
        if (c == null) {
            return "";
        }
        int epoch = charts.epochs().isEmpty() ? 0 : charts.epochs().get(charts.epochs().size() - 1).epoch();
        return FigureCaption.of(c, epoch, run.backendProperty().get());
    }

    public ControlsViewModel controls() {
        return controls;
    }

    public ChartsModel charts() {
        return charts;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public SweepsViewModel sweeps() {
        return sweeps;
    }

    public RunViewModel run() {
        return run;
    }

    /** The dark theme (View menu); starts as the desktop asks where that can be told ({@link Theme}). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty classroomProperty() {
        return classroom;
    }

    public BooleanBinding startDisabledProperty() {
        return startDisabled;
    }

    public void shutdown() {
        run.shutdown();
        runs.shutdown();
        sweeps.shutdown();
    }
}
