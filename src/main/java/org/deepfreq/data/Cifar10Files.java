package org.deepfreq.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the CIFAR-10 binary version ({@code data_batch_1..5.bin}, {@code test_batch.bin}): records of one label
 * byte and 3,072 pixel bytes (red, green, blue planes of 32×32), scaled to [0, 1] in C×H×W order.
 */
public final class Cifar10Files {

    static final int RECORD = 1 + 3 * 32 * 32;
    public static final List<String> CLASSES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    private Cifar10Files() {
    }

    /** The five training batches of a folder, at most {@code limit} images. */
    public static LabeledDataset readTraining(Path dir, int limit) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidDataException(dir + ": data set folder not found; put the CIFAR-10 binary files "
                    + "(data_batch_1.bin .. data_batch_5.bin) there, see datasets/README.md (or give --data-dir with the"
                    + " folder that holds " + dir.getFileName() + "/)");
        }
        int total = 0;
        for (int b = 1; b <= 5; b++) {
            total += records(dir.resolve("data_batch_" + b + ".bin"));
        }
        int n = Math.min(total, limit);
        float[] x = new float[n * (RECORD - 1)];
        int[] y = new int[n];
        int row = 0;
        for (int b = 1; b <= 5 && row < n; b++) {
            byte[] bytes = read(dir.resolve("data_batch_" + b + ".bin"));
            for (int r = 0; r < bytes.length / RECORD && row < n; r++, row++) {
                int o = r * RECORD;
                int label = bytes[o] & 0xFF;
                if (label > 9) {
                    throw new InvalidDataException(dir.resolve("data_batch_" + b + ".bin") + ": label " + label
                            + " in record " + (r + 1) + " is outside 0..9; the file is corrupt");
                }
                y[row] = label;
                for (int p = 0; p < RECORD - 1; p++) {
                    x[row * (RECORD - 1) + p] = (bytes[o + 1 + p] & 0xFF) / 255f;
                }
            }
        }
        return new LabeledDataset("cifar10", new FloatMatrix(n, RECORD - 1, x), null, y, new int[] {3, 32, 32}, CLASSES);
    }

    /** Number of records in a batch file, checking that its size is a whole number of records. */
    public static int records(Path file) {
        try {
            long size = Files.size(file);
            if (size % RECORD != 0) {
                throw new InvalidDataException(file + ": size " + size + " is not a multiple of " + RECORD
                        + " bytes (1 label + 3072 pixels per record); the file is truncated or not CIFAR-10 binary");
            }
            return (int) (size / RECORD);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidDataException(file + ": file not found; see datasets/README.md for CIFAR-10", e);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
