package org.deepfreq.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.deepfreq.app.Backend;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.ui.GuiMain;
import org.deepfreq.ui.GuiOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deepfreq gui}: opens the desktop app (also what {@code deepfreq} with no arguments does). */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app.")
final class GuiCommand implements Callable<Integer> {

    @Mixin
    PresetOptions presetOptions;

    @Option(names = "--autostart", description = "start the preset at once")
    boolean autostart;

    @Option(names = "--classroom", description = "classroom mode: large fonts, high contrast, full screen")
    boolean classroom;

    @Option(names = "--sweep", paramLabel = "DIR", description = "open this sweep folder in the sweeps window")
    Path sweep;

    @Option(names = "--open", arity = "1..2", paramLabel = "FILE", description = "open your own data in the filter "
            + "view: X and Y (CSV or .npy), or one file whose last column is Y")
    java.util.List<Path> open;

    @Override
    public Integer call() {
        ExperimentConfig config = null;
        if (presetOptions.preset != null) {
            config = presetOptions.config();
        } else if (!presetOptions.settings.isEmpty()) {
            throw new IllegalArgumentException("--set needs --preset: the settings change a preset");
        }
        Backend.describe(); // starts ND4J now, so a missing backend is reported before a window opens
        GuiMain.launch(new GuiOptions(presetOptions.preset, autostart, classroom, presetOptions.dataDir.given, true, config,
                sweep, open));
        return 0;
    }
}
