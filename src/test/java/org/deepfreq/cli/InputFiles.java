package org.deepfreq.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small input files for command tests, written into a test's temporary folder. */
record InputFiles(Path dir) {

    /** Writes {@code rows}, one a line, to {@code name} in the folder and returns its path as a command argument. */
    String csv(String name, String... rows) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, String.join("\n", rows) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }
}
