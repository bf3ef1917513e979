package org.deepfreq.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.deepfreq.experiment.Presets;
import org.deepfreq.ui.GuiMain;
import org.deepfreq.ui.GuiOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code deepfreq gui}: opens the desktop app (also what {@code deepfreq} with no arguments does). */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app.")
final class GuiCommand implements Callable<Integer> {

    @Option(names = "--preset", paramLabel = "NAME", description = "preset to select")
    String preset;

    @Option(names = "--autostart", description = "start the preset at once")
    boolean autostart;

    @Option(names = "--classroom", description = "classroom mode: large fonts, high contrast, full screen")
    boolean classroom;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data set folder")
    Path dataDir;

    @Override
    public Integer call() {
        if (preset != null) {
            Presets.named(preset);
        }
        GuiMain.launch(new GuiOptions(preset, autostart, classroom, dataDir, true));
        return 0;
    }
}
