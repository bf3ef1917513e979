package org.deepfreq.ui;

import java.util.Locale;

import org.deepfreq.app.RunFactory;
import org.deepfreq.experiment.ExperimentConfig;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The window's ViewModel: settings, run controls, chart data and display mode. */
public final class MainViewModel {

    private final ControlsViewModel controls = new ControlsViewModel();
    private final ChartsModel charts = new ChartsModel();
    private final RunViewModel run;
    private final BooleanProperty classroom = new SimpleBooleanProperty(false);
    private final BooleanBinding startDisabled;

    public MainViewModel(RunFactory factory, String backend) {
        this.run = new RunViewModel(factory, charts, backend);
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
    }
}
