package org.deepfreq.ui;

import java.nio.file.Path;

import org.deepfreq.experiment.ExperimentConfig;

/**
 * How the window opens: a preset to select (with its settings, possibly changed by {@code --set}; null: the
 * preset's own), whether to start it at once, classroom mode, the data folder, whether the last settings are
 * restored and saved, a sweep folder to open in the sweeps window (null: none) and the user's own data files to
 * open in the filter view (empty: none).
 */
public record GuiOptions(String preset, boolean autostart, boolean classroom, Path dataDir, boolean rememberSettings,
        ExperimentConfig config, Path sweep, java.util.List<Path> open) {

    public GuiOptions {
        open = open == null ? java.util.List.of() : java.util.List.copyOf(open);
    }

    public GuiOptions(String preset, boolean autostart, boolean classroom, Path dataDir, boolean rememberSettings) {
        this(preset, autostart, classroom, dataDir, rememberSettings, null, null, null);
    }

    private static volatile GuiOptions current = new GuiOptions(null, false, false, null, true);

    public static GuiOptions current() {
        return current;
    }

    /** Sets the options for the next window (before the application is launched). */
    public static void set(GuiOptions options) {
        current = options;
    }
}
