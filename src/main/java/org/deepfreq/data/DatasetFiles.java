package org.deepfreq.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Copying a data set's files into its folder: each file whole or not at all (temporary name, then a move). */
final class DatasetFiles {

    /** The IDX files of MNIST-style data sets, as they are distributed. */
    static final List<String> IDX_FILES = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private DatasetFiles() {
    }

    /** Copies the IDX files (plain or .gz) found in {@code from}; at least the two training files must be there. */
    static void copyIdx(Path from, Path target) {
        ensure(target);
        int copied = 0;
        for (String f : IDX_FILES) {
            for (String candidate : new String[] {f, f.substring(0, f.length() - 3)}) {
                Path src = from.resolve(candidate);
                if (Files.isRegularFile(src)) {
                    copy(src, target.resolve(candidate));
                    copied++;
                    break;
                }
            }
        }
        if (copied < 2) {
            throw new InvalidDataException(from + ": no IDX training files (train-images-idx3-ubyte[.gz], "
                    + "train-labels-idx1-ubyte[.gz]) found");
        }
    }

    static void copy(Path src, Path dst) {
        try {
            Path tmp = dst.resolveSibling("." + dst.getFileName() + ".tmp");
            Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + src + " to " + dst + ": " + e.getMessage(), e);
        }
    }

    static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }
}
