package org.deepfreq.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.io.AtomicFiles;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reads and writes {@code sweep.json} (atomically) in a sweep folder. */
public final class SweepFile {

    public static final String NAME = "sweep.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SweepFile() {
    }

    /** Whether {@code dir} is a sweep folder. */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(NAME));
    }

    public static SweepStatus read(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            return JSON.readValue(file.toFile(), SweepStatus.class);
        } catch (IOException e) {
            throw new InvalidDataException(file + " cannot be read as a sweep (" + e.getMessage().lines().findFirst()
                    .orElse("") + "): it must be written by deepfreq sweep", e);
        }
    }

    public static void write(Path dir, SweepStatus status) {
        try {
            AtomicFiles.writeString(dir.resolve(NAME), JSON.writeValueAsString(status) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(NAME) + ": " + e.getMessage(), e);
        }
    }
}
