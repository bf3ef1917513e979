package org.deepfreq.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.deepfreq.io.IoReasons;
import java.util.Locale;

/** Reads a numeric matrix from a CSV or numpy {@code .npy} file, chosen by the file name's extension. */
public final class MatrixFiles {

    private MatrixFiles() {
    }

    public static FloatMatrix read(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidDataException(file + " is a folder, not a file: give the path of a CSV or .npy file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".npy")) {
                return NpyMatrixReader.read(file);
            }
            return CsvMatrixReader.read(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": file not found; check the path", e);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + IoReasons.of(e) + ")", e);
        }
    }
}
