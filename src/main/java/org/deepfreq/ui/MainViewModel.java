package org.deepfreq.ui;

import java.util.Locale;

import org.deepfreq.app.RunFactory;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.results.RunCatalog;
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
    private final BooleanBinding startDisabled;

    public MainViewModel(RunFactory factory, String backend) {
        this.run = new RunViewModel(factory, charts, backend);
        this.runs = new RunsViewModel(new RunCatalog(factory.runsDir()), this::openRun,
                dir -> run.isActive().get() && dir.equals(run.folder() == null ? null : run.folder().dir()));
        this.sweeps = new SweepsViewModel(this::openRun, () -> controls.validProperty().get() ? controls.toConfig()
                : null, factory.runsDir(), factory.catalog());
        this.startDisabled = Bindings.createBooleanBinding(() -> !controls.validProperty().get() || !run.canStart().get(),
                controls.validProperty(), run.canStart());
    }

    /** Start a new run with the current settings (does nothing while invalid or running). */
    public void start() {
        if (!startDisabled.get()) {
            run.start(controls.toConfig(), false);
        }
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
            run.applyRdfSettings(controls.rdfSettings());
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
