package org.deepfreq.ui;

import java.util.prefs.Preferences;

import org.deepfreq.app.AppHome;
import org.deepfreq.app.Backend;
import org.deepfreq.app.RunFactory;
import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.spectrum.RdfEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: one window with the dashboard. Options come from {@link GuiOptions}. */
public final class DeepFreqApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DeepFreqApp.class);
    private static final String LAST_CONFIG = "lastConfig";

    private MainViewModel vm;
    private DashboardView view;

    @Override
    public void start(Stage stage) {
        GuiOptions options = GuiOptions.current();
        BackgroundPriority.startOnFxThread();
        RunFactory factory = new RunFactory(new DatasetDirectory(options.dataDir() != null ? options.dataDir()
                : AppHome.datasets()), AppHome.runs(), RdfEngine.withDefaults());
        vm = new MainViewModel(factory, Backend.describe());
        if (options.preset() != null) {
            vm.controls().presetProperty().set(Presets.named(options.preset()));
            if (options.config() != null) {
                vm.controls().load(options.config());
            }
        } else if (options.rememberSettings()) {
            restoreLastSettings();
        }
        vm.classroomProperty().set(options.classroom());
        view = new DashboardView(vm);
        StackPane root = new StackPane(view); // the chart warm-up runs behind the view
        Scene scene = new Scene(root, 1400, 900);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                vm.startOrPause();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                vm.step();
                e.consume();
            }
        });
        stage.setTitle("DeepFreq Studio — the Deep Frequency Principle, live");
        var icon = DeepFreqApp.class.getResourceAsStream("/org/deepfreq/icons/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon));
        }
        stage.setScene(scene);
        stage.setFullScreen(options.classroom());
        stage.show();
        if (!options.open().isEmpty()) {
            DataDrop.openOrExplain(options.open(), stage, vm.controls()::offerOwnData);
        }
        if (options.sweep() != null) {
            SweepsView.show(stage, vm.sweeps(), vm.classroomProperty());
            vm.sweeps().open(options.sweep());
        }
        // the charts' code is warmed up before any autostart, so the run's first epoch draws at full speed
        Runnable afterWarmUp = options.autostart() ? vm::start : () -> { };
        javafx.application.Platform.runLater(() -> ChartWarmUp.run(root, afterWarmUp));
    }

    private void restoreLastSettings() {
        String json = Preferences.userNodeForPackage(DeepFreqApp.class).get(LAST_CONFIG, null);
        if (json != null) {
            try {
                ExperimentConfig c = ExperimentConfig.fromJson(json);
                vm.controls().presetProperty().set(Presets.named(c.preset()));
                vm.controls().load(c);
            } catch (RuntimeException e) {
                LOG.info("last settings not restored: {}", e.getMessage());
            }
        }
    }

    @Override
    public void stop() {
        if (vm == null) {
            return;
        }
        if (GuiOptions.current().rememberSettings() && vm.controls().validProperty().get()) {
            Preferences.userNodeForPackage(DeepFreqApp.class).put(LAST_CONFIG, vm.controls().toConfig().toJson());
        }
        vm.shutdown();
    }

    MainViewModel viewModel() {
        return vm;
    }

    DashboardView view() {
        return view;
    }
}
