package org.deepfreq.data;

import java.util.SplittableRandom;

/** One-hot encoding of integer class labels. */
public final class OneHot {

    private OneHot() {
    }

    /** Encodes a single column of non-negative integer labels as N × (max label + 1) one-hot rows. */
    public static FloatMatrix encode(FloatMatrix labels) {
        if (labels.cols() != 1 || !labels.isIntegerValued()) {
            throw new InvalidDataException("one-hot encoding needs a single column of non-negative integer class labels,"
                    + " got " + labels.rows() + "x" + labels.cols() + (labels.cols() == 1 ? " with non-integer values" : ""));
        }
        int classes = 0;
        for (float v : labels.data()) {
            classes = Math.max(classes, (int) v + 1);
        }
        return encode(toInts(labels), classes);
    }

    /** Encodes labels in 0..classes-1. */
    public static FloatMatrix encode(int[] labels, int classes) {
        float[] out = new float[Math.multiplyExact(labels.length, classes)];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new InvalidDataException("label " + labels[i] + " at row " + (i + 1) + " is outside 0.." + (classes - 1));
            }
            out[i * classes + labels[i]] = 1f;
        }
        return new FloatMatrix(labels.length, classes, out);
    }

    /** {@code rows} one-hot rows of classes drawn uniformly from 0..classes-1 with the given seed (synthetic labels). */
    public static FloatMatrix random(int rows, int classes, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = rnd.nextInt(classes);
        }
        return encode(labels, classes);
    }

    private static int[] toInts(FloatMatrix m) {
        int[] out = new int[m.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) m.get(i, 0);
        }
        return out;
    }
}
