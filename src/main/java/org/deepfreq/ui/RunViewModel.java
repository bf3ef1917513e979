package org.deepfreq.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;

import org.deepfreq.app.RunFactory;
import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.data.DatasetMissingException;
import org.deepfreq.data.DatasetPreparer;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.RdfSettings;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunService;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.experiment.TrainingRun;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.ProgressBar;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Run controls and status: start, pause/resume, step, stop; progress, epoch, throughput, ETA. Runs are
 * prepared (data loading) on a daemon thread; their events are queued and drained on the FX thread ten
 * times a second into the properties and the {@link ChartsModel}, so the FX thread never waits on training.
 */
public final class RunViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RunViewModel.class);

    private final RunFactory factory;
    private final ChartsModel charts;
    private final ConcurrentLinkedQueue<RunEvent> inbox = new ConcurrentLinkedQueue<>();
    private final ExecutorService preparer = RunService.daemonThread("run-preparer");
    private final ObjectProperty<RunStatus> status = new SimpleObjectProperty<>(RunStatus.READY);
    private final BooleanProperty preparing = new SimpleBooleanProperty(false);
    private final StringProperty statusText = new SimpleStringProperty("ready");
    private final StringProperty epochText = new SimpleStringProperty("epoch –");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty throughputText = new SimpleStringProperty("");
    private final StringProperty etaText = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    /** The data set a failed start was missing, when it can be prepared offline from here; empty otherwise. */
    private final StringProperty missingDataset = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper backend;
    private final StringProperty runFolder = new SimpleStringProperty("");
    private final PulseStatistics pulseStats = new PulseStatistics();
    private final PulseWatch watch = PulseWatch.startIfAsked();
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulseStats.pulse(now);
            if (watch != null) {
                watch.pulse(now);
            }
        }
    };
    private final AnimationTimer stager = new AnimationTimer() {
        @Override
        public void handle(long now) {
            charts.applyPending(1); // one chart per pulse: see ChartsModel.addStaged
        }
    };
    private TrainingRun run;
    private ExperimentConfig config;
    private final Timeline drain;
    private final BooleanBinding canStart;
    private final BooleanBinding active;

    public RunViewModel(RunFactory factory, ChartsModel charts, String backendDescription) {
        this.factory = factory;
        this.charts = charts;
        this.backend = new ReadOnlyStringWrapper(backendDescription);
        this.canStart = Bindings.createBooleanBinding(() -> !preparing.get()
                && (status.get() == RunStatus.READY || status.get().isTerminal()), status, preparing);
        this.active = Bindings.createBooleanBinding(
                () -> status.get() == RunStatus.RUNNING || status.get() == RunStatus.PAUSED, status);
        this.drain = new Timeline(new KeyFrame(javafx.util.Duration.millis(100), e -> drainEvents()));
        drain.setCycleCount(Timeline.INDEFINITE);
        drain.play();
        stager.start();
    }

    /** Prepares and starts a run of {@code config} in the background; problems appear in {@link #errorMessageProperty()}. */
    public void start(ExperimentConfig c, boolean paused) {
        start(c, paused, null);
    }

    /** As {@link #start(ExperimentConfig, boolean)}, recording into {@code folder} (null: a new dated folder). */
    public void start(ExperimentConfig c, boolean paused, java.nio.file.Path folder) {
        if (!canStart().get()) {
            return;
        }
        errorMessage.set("");
        missingDataset.set("");
        charts.clear();
        preparing.set(true);
        statusText.set("loading data for " + c.preset() + " ...");
        preparer.submit(() -> {
            try {
                RunFactory.PreparedRun prepared = factory.create(c, folder);
                prepared.run().addListener(inbox::add);
                Platform.runLater(() -> {
                    // the charts are laid out for this run in the next pulse; training starts once that pulse is on
                    // screen, so the one long layout pulse comes before the run (logged) and its epochs only bring data
                    charts.expect(prepared.run().outline());
                    afterLayoutShown(() -> {
                        if (preparer.isShutdown()) {
                            return; // the window closed meanwhile
                        }
                        preparing.set(false);
                        run = prepared.run();
                        config = prepared.run().config(); // with the 1/δ range fixed when it was automatic
                        runFolder.set(prepared.folder().dir().toString());
                        pulseStats.reset();
                        pulses.start();
                        RunService.start(run, paused);
                        BackgroundPriority.lowerNewThreadsSoon(); // the run's thread, started from this one
                    });
                });
            } catch (RuntimeException e) {
                LOG.debug("cannot start run", e);
                boolean preparable = e instanceof DatasetMissingException && factory.catalog() instanceof DatasetDirectory
                        && DatasetPreparer.hasOfflineSource(c.dataset());
                Platform.runLater(() -> {
                    preparing.set(false);
                    status.set(RunStatus.FAILED);
                    statusText.set("not started");
                    errorMessage.set(e.getMessage() == null ? e.toString() : e.getMessage());
                    missingDataset.set(preparable ? c.dataset() : "");
                });
            }
        });
    }

    /**
     * Shows a finished, stopped or crashed run from its folder exactly as it was seen live: every recorded epoch
     * in the charts, its status, and its error message when it failed or diverged. Ignored while a run is active.
     */
    public boolean showRecord(RunRecord record) {
        if (!canStart.get()) {
            return false;
        }
        run = null;
        config = record.config();
        charts.clear();
        record.epochs().forEach(charts::add);
        if (record.fit() != null) {
            charts.addSpectra(record.spectra());
            charts.setFit(record.fit(), record.fit().spectrum());
            charts.applyPending(Integer.MAX_VALUE);
        }
        if (record.status() == RunStatus.RUNNING || record.status() == RunStatus.PAUSED) {
            // its process ended without a final status (killed or crashed): show it as failed, so Start stays usable
            String message = String.format(Locale.ROOT, "interrupted: the process ended while the run was %s; "
                    + "%d finished epoch(s) kept; continue it with ./deepfreq train --resume %s",
                    record.status().name().toLowerCase(Locale.ROOT), Math.max(record.lastEpoch(), 0),
                    record.folder().dir());
            record = new RunRecord(record.folder(), record.config(), record.epochs(), RunStatus.FAILED, message,
                    record.spectra(), record.fit());
        }
        // the message first: whoever sees the terminal status (a listener, a test) sees why
        errorMessage.set(record.status() == RunStatus.FAILED || record.status() == RunStatus.DIVERGED
                ? record.message() : "");
        status.set(record.status());
        statusText.set(record.status().name().toLowerCase(Locale.ROOT)
                + (record.message().isEmpty() ? "" : ": " + record.message()) + " (opened from its folder)");
        epochText.set(String.format(Locale.ROOT, "epoch %d / %d", Math.max(record.lastEpoch(), 0),
                record.config().maxEpochs()));
        progress.set(record.status().isTerminal() ? 1 : 0);
        throughputText.set("");
        etaText.set("");
        runFolder.set(record.folder().dir().toString());
        return true;
    }

    public void pauseOrResume() {
        if (run == null) {
            return;
        }
        if (status.get() == RunStatus.PAUSED) {
            run.resume();
        } else if (status.get() == RunStatus.RUNNING) {
            run.pause();
        }
    }

    public void step() {
        if (run != null && !run.status().isTerminal()) {
            run.stepOneEpoch();
        }
    }

    public void stop() {
        if (run != null) {
            run.cancel();
        }
    }

    /** New RDF settings for the current run: applied from the next epoch, at once when paused. */
    public void applyRdfSettings(RdfSettings settings) {
        if (run != null && !run.status().isTerminal()) {
            try {
                run.updateRdfSettings(settings);
            } catch (IllegalArgumentException e) {
                errorMessage.set(e.getMessage());
            }
        }
    }

    /** Drains queued events (FX thread). */
    void drainEvents() {
        RunEvent.Progress lastProgress = null;
        for (RunEvent e = inbox.poll(); e != null; e = inbox.poll()) {
            if (e instanceof RunEvent.Progress p) {
                lastProgress = p;
            } else if (e instanceof RunEvent.EpochFinished f) {
                charts.addStaged(f.result());
                epochText.set(String.format(Locale.ROOT, "epoch %d / %d", f.result().epoch(),
                        config == null ? 0 : config.maxEpochs()));
            } else if (e instanceof RunEvent.SpectrumMeasured m) {
                charts.setFit(m.fit(), m.spectrum());
            } else if (e instanceof RunEvent.StatusChanged s) {
                status.set(s.status());
                statusText.set(s.status().name().toLowerCase(Locale.ROOT) + ": " + s.message());
                if (s.status() == RunStatus.DIVERGED || s.status() == RunStatus.FAILED) {
                    errorMessage.set(s.message());
                }
                if (s.status().isTerminal()) {
                    pulses.stop();
                    LOG.info("during the run: {}", pulseStats.summary());
                    if (watch != null) {
                        watch.report();
                    }
                }
            }
        }
        if (lastProgress != null) {
            progress.set((double) lastProgress.batchesDone() / lastProgress.batches());
            throughputText.set(String.format(Locale.ROOT, "%.0f samples/s", lastProgress.samplesPerSecond()));
            etaText.set("ETA " + format(lastProgress.eta()));
        }
    }

    private static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    /** True when no run is being prepared or trained. */
    public BooleanBinding canStart() {
        return canStart;
    }

    /** True while a run trains or is paused. */
    public BooleanBinding isActive() {
        return active;
    }

    public ObjectProperty<RunStatus> statusProperty() {
        return status;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public StringProperty epochTextProperty() {
        return epochText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty throughputTextProperty() {
        return throughputText;
    }

    public StringProperty etaTextProperty() {
        return etaText;
    }

    /** The data set a start was missing and that "Prepare now" can prepare offline; empty when none. */
    public StringProperty missingDatasetProperty() {
        return missingDataset;
    }

    /**
     * Prepares the missing data set on a daemon thread, reporting each step in the status text with an indeterminate
     * progress bar; on success the error clears and Start can be pressed again.
     */
    public void prepareMissingDataset() {
        String name = missingDataset.get();
        if (name.isEmpty() || preparing.get() || !(factory.catalog() instanceof DatasetDirectory dir)) {
            return;
        }
        preparing.set(true);
        progress.set(ProgressBar.INDETERMINATE_PROGRESS);
        statusText.set("preparing " + name + " ...");
        preparer.submit(() -> {
            try {
                new DatasetPreparer(dir.root(), line -> Platform.runLater(() -> statusText.set(line)))
                        .prepare(name, null, false);
                Platform.runLater(() -> {
                    preparing.set(false);
                    progress.set(0);
                    missingDataset.set("");
                    errorMessage.set("");
                    status.set(RunStatus.READY);
                    statusText.set(name + " is prepared: press Start");
                });
            } catch (RuntimeException e) {
                LOG.debug("cannot prepare " + name, e);
                Platform.runLater(() -> {
                    preparing.set(false);
                    progress.set(0);
                    statusText.set("not prepared");
                    errorMessage.set(e.getMessage() == null ? e.toString() : e.getMessage());
                });
            }
        });
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    /** The config of the current (or last) run, or null. */
    public ExperimentConfig config() {
        return config;
    }

    /** Folder of the current run, or null. */
    public RunFolder folder() {
        return runFolder.get().isEmpty() ? null : new RunFolder(java.nio.file.Path.of(runFolder.get()));
    }

    /**
     * Runs {@code action} on the FX thread once the next pulse's layout is on screen: two pulses from now, since the
     * pulse after it waits for its rendering. Logs how long the window was busy with it (the first pulse's start to the
     * action), a gap that is then not counted in the run's pulse statistics because it came before the run.
     */
    private static void afterLayoutShown(Runnable action) {
        new AnimationTimer() {
            private int pulses;
            private long first;

            @Override
            public void handle(long now) {
                if (pulses++ == 0) {
                    first = now;
                }
                if (pulses < 3) {
                    return;
                }
                stop();
                LOG.info("charts laid out for the run: {} ms", (now - first) / 1_000_000);
                action.run();
            }
        }.start();
    }

    /** Cancels any run and stops background work (on application exit). */
    public void shutdown() {
        stop();
        drain.stop();
        stager.stop();
        pulses.stop();
        preparer.shutdownNow();
    }
}
