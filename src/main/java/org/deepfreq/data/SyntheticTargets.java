package org.deepfreq.data;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * 1-D regression data sets on a uniform grid: {@code cos(3x)+cos(5x)} on [−π, π] (the paper's 1-D depth
 * experiment, after the authors' blog) and {@code sin(kπx)} on [−1, 1].
 */
public final class SyntheticTargets {

    private SyntheticTargets() {
    }

    /** cos(3x) + cos(5x) at {@code n} uniform points of [−π, π]. */
    public static LabeledDataset cos3xCos5x(int n) {
        return grid("cos3x+cos5x", n, -Math.PI, Math.PI, x -> Math.cos(3 * x) + Math.cos(5 * x));
    }

    /** sin(kπx) at {@code n} uniform points of [−1, 1]. */
    public static LabeledDataset sinKPiX(int k, int n) {
        return grid("sin" + k + "pix", n, -1, 1, x -> Math.sin(k * Math.PI * x));
    }

    /** f at {@code n} uniform points of [a, b], as a data set with one input and one target column. */
    public static LabeledDataset grid(String name, int n, double a, double b, DoubleUnaryOperator f) {
        if (n < 2) {
            throw new IllegalArgumentException(name + " needs at least 2 points, got " + n);
        }
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double xi = a + (b - a) * i / (n - 1);
            x[i] = (float) xi;
            y[i] = (float) f.applyAsDouble(xi);
        }
        return new LabeledDataset(name, new FloatMatrix(n, 1, x), new FloatMatrix(n, 1, y), null, new int[] {1},
                List.of());
    }
}
