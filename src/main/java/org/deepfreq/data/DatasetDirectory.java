package org.deepfreq.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data sets under one folder ({@code datasets/} by default): {@code mnist/} and {@code fashion-mnist/}
 * with the IDX training files (plain or .gz), {@code cifar10/} with the binary batches, plus the synthetic
 * 1-D targets, which need no files.
 */
public final class DatasetDirectory implements DatasetCatalog {

    private static final Pattern SINE = Pattern.compile("sin(\\d+)pix");
    /** {@code expr:F} (1-D grid on [−π, π]) or {@code expr<d>:F} (seeded points in [−π, π]^d, target Σ f(x_i)). */
    private static final Pattern EXPRESSION = Pattern.compile("expr(\\d+)?:(.+)");
    private static final List<String> MNIST_CLASSES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /** Points of the synthetic 1-D grids (training and validation are disjoint subsets). */
    static final int SYNTHETIC_POINTS = 1001;

    private final Path root;

    public DatasetDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public List<String> names() {
        return List.of("mnist", "fashion-mnist", "cifar10", "cos3x+cos5x", "sin1pix", "sin3pix", "sin5pix");
    }

    @Override
    public TrainValidation load(String name, int trainSize, int validationSize, long seed) {
        LabeledDataset all = switch (name) {
            case "mnist" -> idx(name, MNIST_CLASSES, trainSize + validationSize);
            case "fashion-mnist" -> idx(name, FASHION_CLASSES, trainSize + validationSize);
            case "cifar10" -> Cifar10Files.readTraining(root.resolve("cifar10"), trainSize + validationSize);
            case "cos3x+cos5x" -> SyntheticTargets.cos3xCos5x(SYNTHETIC_POINTS);
            default -> {
                Matcher e = EXPRESSION.matcher(name);
                if (e.matches()) {
                    SineSeries f = SineSeries.parse(e.group(2));
                    yield e.group(1) == null ? f.grid(SYNTHETIC_POINTS)
                            : f.randomPoints(Integer.parseInt(e.group(1)), trainSize + validationSize, seed);
                }
                Matcher m = SINE.matcher(name);
                if (!m.matches()) {
                    throw new IllegalArgumentException("unknown data set '" + name + "': choose one of " + names());
                }
                yield SyntheticTargets.sinKPiX(Integer.parseInt(m.group(1)), SYNTHETIC_POINTS);
            }
        };
        return split(all, trainSize, validationSize, seed);
    }

    /** A seeded, stratified split; training rows keep their original order. */
    static TrainValidation split(LabeledDataset all, int trainSize, int validationSize, long seed) {
        if (trainSize + validationSize > all.size()) {
            throw new InvalidDataException(all.name() + " has " + all.size() + " examples, fewer than the " + trainSize
                    + " training + " + validationSize + " validation requested: lower train/validation");
        }
        FloatMatrix strataSource = all.isClassification() ? OneHot.encode(all.labels(), all.classNames().size())
                : all.targets();
        int[] chosen = StratifiedSubset.indices(strataSource, trainSize + validationSize, seed);
        if (validationSize == 0) {
            return new TrainValidation(all.subset(chosen), null);
        }
        LabeledDataset pool = all.subset(chosen);
        FloatMatrix poolStrata = strataSource.selectRows(chosen);
        int[] val = StratifiedSubset.indices(poolStrata, validationSize, seed + 1);
        boolean[] isVal = new boolean[pool.size()];
        for (int v : val) {
            isVal[v] = true;
        }
        int[] train = new int[trainSize];
        int t = 0;
        for (int i = 0; i < pool.size(); i++) {
            if (!isVal[i]) {
                train[t++] = i;
            }
        }
        return new TrainValidation(pool.subset(train), pool.subset(val));
    }

    private LabeledDataset idx(String name, List<String> classes, int limit) {
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new DatasetMissingException(dir + ": data set folder not found; run 'deepfreq datasets prepare " + name
                    + "' or put the IDX files there");
        }
        Path images = find(dir, "train-images-idx3-ubyte");
        Path labels = find(dir, "train-labels-idx1-ubyte");
        int imageCount = IdxFiles.count(images, IdxFiles.IMAGES_MAGIC);
        int labelCount = IdxFiles.count(labels, IdxFiles.LABELS_MAGIC);
        if (imageCount != labelCount) {
            throw new InvalidDataException(dir + ": " + imageCount + " images but " + labelCount
                    + " labels; the two training files must belong together");
        }
        FloatMatrix x = IdxFiles.readImages(images, limit);
        int[] y = IdxFiles.readLabels(labels, limit);
        return new LabeledDataset(name, x, null, y, new int[] {1, 28, 28}, classes);
    }

    private static Path find(Path dir, String base) {
        for (String candidate : new String[] {base, base + ".gz"}) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new DatasetMissingException(dir.resolve(base) + "[.gz]: file not found; run 'deepfreq datasets prepare "
                + dir.getFileName() + "'");
    }
}
