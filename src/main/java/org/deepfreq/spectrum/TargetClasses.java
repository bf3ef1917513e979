package org.deepfreq.spectrum;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.deepfreq.data.FloatMatrix;

/**
 * Targets that take few distinct values, such as one-hot class labels, seen as classes: point i belongs to the class
 * of its target row. Then {@code Σ_j K_ij y_j = Σ_g S_ig · v_g} with {@code S_ig = Σ_{j in class g} K_ij} and
 * {@code v_g} the class's target row, so the grid walk needs one kernel sum per class and point instead of one sum
 * per target column plus the kernel sum, and no multiplication by the target (docs/design.md section 2). Rows are the
 * same class only when their values are bit for bit equal.
 *
 * @param classOf  the class of each point, numbered in order of first appearance
 * @param values   {@code values[g]}: the target row of class g
 * @param order    the points sorted by class, stable: {@code order[p]} is the point at position p
 * @param starts   {@code starts[g]}: the first position of class g in {@code order}; {@code starts[G]} = N
 */
record TargetClasses(int[] classOf, float[][] values, int[] order, int[] starts) {

    /** Classes G. */
    int count() {
        return values.length;
    }

    /**
     * The classes of Y's rows, or null when there are more than {@code maxClasses} distinct rows (then the grid walk
     * over the target columns does less work).
     */
    static TargetClasses of(FloatMatrix y, int maxClasses) {
        int n = y.rows();
        int c = y.cols();
        float[] data = y.data();
        Map<Row, Integer> index = new HashMap<>();
        int[] classOf = new int[n];
        int[] sizes = new int[maxClasses + 1];
        for (int i = 0; i < n; i++) {
            Row row = new Row(Arrays.copyOfRange(data, i * c, (i + 1) * c));
            Integer g = index.get(row);
            if (g == null) {
                if (index.size() == maxClasses) {
                    return null;
                }
                g = index.size();
                index.put(row, g);
            }
            classOf[i] = g;
            sizes[g]++;
        }
        int count = index.size();
        float[][] values = new float[count][];
        index.forEach((row, g) -> values[g] = row.values);
        int[] starts = new int[count + 1];
        for (int g = 0; g < count; g++) {
            starts[g + 1] = starts[g] + sizes[g];
        }
        int[] next = Arrays.copyOf(starts, count);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[next[classOf[i]]++] = i;
        }
        return new TargetClasses(classOf, values, order, starts);
    }

    /** A target row compared by its float bits. */
    private record Row(float[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && Arrays.equals(values, r.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
