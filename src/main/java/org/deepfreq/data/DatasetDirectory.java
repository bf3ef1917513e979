package org.deepfreq.data;

import java.nio.file.Path;
import java.util.List;

/**
 * The data sets under one folder ({@code datasets/} by default): each registered data set ({@link Datasets}) with
 * files in its own sub-folder ({@code mnist/}, {@code fashion-mnist/}, {@code cifar10/}), plus the synthetic
 * targets, which need no files.
 */
public final class DatasetDirectory implements DatasetCatalog {

    private final Path root;

    public DatasetDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public List<String> names() {
        return Datasets.names();
    }

    @Override
    public TrainValidation load(String name, int trainSize, int validationSize, long seed) {
        DatasetSpec spec = Datasets.byName(name);
        LabeledDataset all = spec.loader().load(root.resolve(spec.hasFiles() ? name : ""), trainSize + validationSize,
                seed);
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
}
