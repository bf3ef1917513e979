package org.deepfreq.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A Debian package that installs a data set's IDX files into a folder (Fashion-MNIST: {@code dataset-fashion-mnist}
 * in {@code /usr/share/datasets/fashion-mnist}); prepared by copying them.
 *
 * @param title   the data set's name as people write it
 * @param pkg     the Debian package
 * @param folder  where the package puts the files
 */
record DebianDatasetPackage(String title, String pkg, Path folder) implements OfflineSource {

    @Override
    public String describe() {
        return "Debian's package (install it with: apt-get install " + pkg + ")";
    }

    @Override
    public boolean available() {
        return Files.isRegularFile(folder.resolve("train-images-idx3-ubyte.gz"));
    }

    @Override
    public String prepare(Path target, Consumer<String> log) {
        if (!available()) {
            return null;
        }
        log.accept("copying " + title + " from Debian's " + pkg + " package (" + folder + ")");
        DatasetFiles.copyIdx(folder, target);
        return "debian-package " + pkg;
    }
}
