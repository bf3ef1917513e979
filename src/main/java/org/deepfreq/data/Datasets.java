package org.deepfreq.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every data set, registered once: the {@code datasets} command, the preparer, the verifier, the data folder's
 * loader and the app's list all read {@link #ALL}. Adding a data set = one {@link DatasetSpec} and one entry in
 * {@code ALL}. Besides the registered names, two families are generated from their names: {@code sin<k>pix}
 * (sin(kπx) on [−1, 1]) and {@code expr:F} / {@code expr<d>:F}, a formula of x with an optional range and point
 * count ({@link ExpressionDataset}); the user's own files are named {@code file:X,Y} ({@link OwnDataset}).
 */
public final class Datasets {

    /** Points of the synthetic 1-D grids (training and validation are disjoint subsets). */
    static final int SYNTHETIC_POINTS = 1001;

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    private static final String IDX_HINT = "Give the IDX files with --from DIR, or retry with --download where the "
            + "internet is reachable.";

    public static final DatasetSpec MNIST = new DatasetSpec("mnist", "1×28×28 handwritten digits, 10 classes",
            DatasetSpec.Kind.IDX_IMAGES, (dir, count, seed) -> IdxFiles.readTraining(dir, "mnist", DIGITS, count),
            new NpmMnistPackage(), Optional.of("https://storage.googleapis.com/cvdf-datasets/mnist/"), IDX_HINT);
    public static final DatasetSpec FASHION_MNIST = new DatasetSpec("fashion-mnist",
            "1×28×28 clothing images, 10 classes", DatasetSpec.Kind.IDX_IMAGES,
            (dir, count, seed) -> IdxFiles.readTraining(dir, "fashion-mnist", FASHION_CLASSES, count),
            new DebianDatasetPackage("Fashion-MNIST", "dataset-fashion-mnist", Path.of("/usr/share/datasets/fashion-mnist")),
            Optional.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"), IDX_HINT);
    public static final DatasetSpec CIFAR10 = new DatasetSpec("cifar10", "3×32×32 colour images, 10 classes",
            DatasetSpec.Kind.CIFAR_BINARY, (dir, count, seed) -> Cifar10Files.readTraining(dir, count),
            OfflineSource.none("no offline source exists for CIFAR-10"), Optional.empty(),
            "Download the CIFAR-10 binary version (cifar-10-binary.tar.gz) from https://www.cs.toronto.edu/~kriz/cifar.html, "
                    + "unpack it and run 'deepfreq datasets prepare cifar10 --from cifar-10-batches-bin'; the ResNet-style "
                    + "presets also run on fashion-mnist or mnist.");
    public static final DatasetSpec COS3X_COS5X = DatasetSpec.synthetic("cos3x+cos5x",
            "1-D regression, cos(3x)+cos(5x) on [−π, π]", (dir, count, seed) -> SyntheticTargets.cos3xCos5x(SYNTHETIC_POINTS));

    /** The registry, in the order the CLI and the app list it. */
    public static final List<DatasetSpec> ALL = List.of(MNIST, FASHION_MNIST, CIFAR10, COS3X_COS5X, sinKPiX(1),
            sinKPiX(3), sinKPiX(5));

    private static final Pattern SINE = Pattern.compile("sin(\\d+)pix");

    private Datasets() {
    }

    /** The registered names, in order. */
    public static List<String> names() {
        return ALL.stream().map(DatasetSpec::name).toList();
    }

    /** The registered data sets that have files (those {@code datasets prepare} and {@code verify} handle). */
    public static List<DatasetSpec> withFiles() {
        return ALL.stream().filter(DatasetSpec::hasFiles).toList();
    }

    /** The registered or generated data set of this name. */
    public static Optional<DatasetSpec> find(String name) {
        for (DatasetSpec s : ALL) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        if (OwnDataset.isOwn(name)) {
            return Optional.of(DatasetSpec.ownFiles(name));
        }
        Matcher k = SINE.matcher(name);
        if (k.matches()) {
            return Optional.of(sinKPiX(Integer.parseInt(k.group(1))));
        }
        return ExpressionDataset.parse(name).map(e -> DatasetSpec.synthetic(name, e.description(),
                (dir, count, seed) -> e.generate(count, seed)));
    }

    /** {@link #find}, or one line naming the unknown data set and the registered ones. */
    public static DatasetSpec byName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown data set '" + name
                + "': choose one of " + names()));
    }

    /** The registered data set of this name that has files, or one line saying why not and what to choose. */
    public static DatasetSpec withFiles(String name) {
        List<String> choices = withFiles().stream().map(DatasetSpec::name).toList();
        Optional<DatasetSpec> spec = find(name);
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("unknown data set '" + name + "': choose one of " + choices);
        }
        if (!spec.get().hasFiles()) {
            throw new IllegalArgumentException("data set '" + name + "' is generated and has no files: choose one of "
                    + choices);
        }
        return spec.get();
    }

    private static DatasetSpec sinKPiX(int k) {
        return DatasetSpec.synthetic("sin" + k + "pix", "1-D regression, sin(" + k + "πx) on [−1, 1]",
                (dir, count, seed) -> SyntheticTargets.sinKPiX(k, SYNTHETIC_POINTS));
    }
}
