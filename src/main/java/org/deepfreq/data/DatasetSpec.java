package org.deepfreq.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One data set, described once and registered in {@link Datasets}: its name (also its folder under the data folder
 * and its entry in the app's list), what it holds, the kind of files it has, how it loads, where
 * {@code datasets prepare} finds it offline, its official download, and how else to get it.
 *
 * @param name        the name in configs, the CLI and the app
 * @param description what the examples are (shape, classes), for {@code datasets list}
 * @param kind        its files (IDX, CIFAR binary) or synthetic (generated, no files)
 * @param loader      reads up to a number of examples from the data set's folder
 * @param offline     where it can be prepared from without the official download
 * @param downloadUrl the base URL of its official IDX files, when {@code --download} can fetch them
 * @param hint        how to get it when neither worked
 */
public record DatasetSpec(String name, String description, Kind kind, Loader loader, OfflineSource offline,
        Optional<String> downloadUrl, String hint) {

    /** What a data set's folder holds. */
    public enum Kind {
        /** MNIST-style IDX training files, plain or .gz. */
        IDX_IMAGES,
        /** The CIFAR-10 binary batches. */
        CIFAR_BINARY,
        /** Generated from its name; no files. */
        SYNTHETIC,
        /** The user's own CSV/.npy files, named by their paths ({@link OwnDataset}); nothing to prepare. */
        OWN_FILES
    }

    /** Reads a data set. */
    @FunctionalInterface
    public interface Loader {
        /** Up to {@code count} examples from {@code folder} (synthetic sets: generated, {@code folder} unused). */
        LabeledDataset load(Path folder, int count, long seed);
    }

    public boolean hasFiles() {
        return kind == Kind.IDX_IMAGES || kind == Kind.CIFAR_BINARY;
    }

    /** Images (IDX or CIFAR): what convolutional networks accept. */
    public boolean isImages() {
        return hasFiles();
    }

    /** The user's own files: read from their paths, nothing to prepare or download. */
    static DatasetSpec ownFiles(String name) {
        return new DatasetSpec(name, "the user's own data (X, Y) from CSV/.npy files", Kind.OWN_FILES,
                (dir, count, seed) -> OwnDataset.load(name), OfflineSource.none("own files: nothing to prepare"),
                Optional.empty(), "own data is read from the files the name gives; check the paths");
    }

    /** A generated data set: nothing to prepare or download. */
    static DatasetSpec synthetic(String name, String description, Loader loader) {
        return new DatasetSpec(name, description, Kind.SYNTHETIC, loader, OfflineSource.none("synthetic: nothing to "
                + "prepare"), Optional.empty(), name + " is generated from its name; it needs no files");
    }
}
