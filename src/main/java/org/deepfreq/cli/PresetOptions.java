package org.deepfreq.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose a preset, change its settings and say where the data sets are: train and gui share them. */
final class PresetOptions {

    @Option(names = "--preset", paramLabel = "NAME", description = "preset (deepfreq train --list describes them)")
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "change a setting of the preset, e.g. --set epochs=5 --set lr=1e-3@1,1e-4@41")
    List<String> settings = new ArrayList<>();

    @Mixin
    DataDirOption dataDir;

    /** The data set folder: {@code --data-dir}, or the install's. */
    Path dataDirOrDefault() {
        return dataDir.orDefault();
    }

    /** The chosen preset's config with the {@code --set} changes. */
    ExperimentConfig config() {
        return Presets.named(preset).config().withSettings(settings);
    }

    /** The keys the {@code --set} options change. */
    List<String> changedKeys() {
        return settings.stream().map(s -> s.substring(0, s.indexOf('=')).trim()).toList();
    }
}
