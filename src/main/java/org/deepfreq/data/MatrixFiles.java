package org.deepfreq.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a numeric matrix from a CSV or numpy {@code .npy} file, chosen by the file name's extension. */
public final class MatrixFiles {

    private MatrixFiles() {
    }

    public static FloatMatrix read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataException(file + ": file not found; check the path");
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
            throw new InvalidDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
