package org.deepfreq.data;

import java.util.List;

/**
 * A labelled data set held in memory: features as float32 rows scaled to [0, 1] (or raw values for
 * synthetic regression data), integer class labels (or -1 for regression), and the shape of one
 * example ({@code [d]} flat, or {@code [channels, height, width]} for images, C×H×W order).
 *
 * @param name       data set name, e.g. "mnist", "fashion-mnist", "cifar10", "cos3x+cos5x"
 * @param features   N × prod(shape) matrix
 * @param targets    N × c regression targets, or {@code null} for classification (use labels)
 * @param labels     N class labels in 0..classNames.size()-1, or {@code null} for regression
 * @param shape      the shape of one example
 * @param classNames class names (empty for regression)
 */
public record LabeledDataset(String name, FloatMatrix features, FloatMatrix targets, int[] labels, int[] shape,
        List<String> classNames) {

    public LabeledDataset {
        int size = 1;
        for (int s : shape) {
            size = Math.multiplyExact(size, s);
        }
        if (size != features.cols()) {
            throw new InvalidDataException(name + ": example shape " + java.util.Arrays.toString(shape) + " has " + size
                    + " values but features have " + features.cols() + " columns");
        }
        if ((labels == null) == (targets == null)) {
            throw new IllegalArgumentException(name + ": exactly one of labels (classification) or targets (regression)");
        }
        if (labels != null && labels.length != features.rows()) {
            throw new InvalidDataException(name + ": " + labels.length + " labels for " + features.rows() + " examples");
        }
        if (targets != null && targets.rows() != features.rows()) {
            throw new InvalidDataException(name + ": " + targets.rows() + " targets for " + features.rows() + " examples");
        }
        classNames = List.copyOf(classNames);
    }

    public int size() {
        return features.rows();
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** The target matrix a network is trained on: one-hot labels for classification, else the targets. */
    public FloatMatrix targetMatrix() {
        return labels != null ? OneHot.encode(labels, classNames.size()) : targets;
    }

    /** The examples with the given row indices, in that order. */
    public LabeledDataset subset(int[] rows) {
        int[] l = null;
        if (labels != null) {
            l = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                l[i] = labels[rows[i]];
            }
        }
        return new LabeledDataset(name, features.selectRows(rows), targets == null ? null : targets.selectRows(rows), l,
                shape, classNames);
    }
}
