package org.deepfreq.cli;

import java.nio.file.Path;

import org.deepfreq.app.AppHome;

import picocli.CommandLine.Option;

/** The {@code --data-dir} option of the commands that read data sets (train, gui, datasets, reproduce, sweep, worker). */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data set folder (default: datasets/ of the install)")
    Path given;

    /** The data set folder: {@code --data-dir}, or the install's. */
    Path orDefault() {
        return given != null ? given : AppHome.datasets();
    }
}
