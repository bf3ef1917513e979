package org.deepfreq.spectrum;

import org.deepfreq.numeric.FastExp;

/**
 * The rows of each kernel column that a walk over an ascending non-uniform grid still has to recompute. A kernel value
 * {@code exp(r·s)} (r ≤ 0) whose exponent {@code r·s} is at or below {@link FastExp#SMALLEST_EXPONENT} is the
 * exponential's floor, and stays there for every larger s; so the rows from either end of a column that have reached
 * it are set to the floor once and left out of every later recomputation. Only the two ends are trimmed: the rows
 * in between are recomputed even where some have reached the floor, so the kernel is bit for bit what recomputing
 * every row gives. On a 1-D run's log grid, whose largest 1/δ keep only a point's near neighbours, most rows of most
 * columns leave early (docs/performance.md).
 */
final class RecomputedRows {

    private final int first;
    private final int[] from;
    private final int[] to;

    private RecomputedRows(int first, int columns, int rows) {
        this.first = first;
        this.from = new int[columns];
        this.to = new int[columns];
        java.util.Arrays.fill(to, rows);
    }

    /**
     * Rows of columns {@code first..last-1} (all {@code rows} at first) for a walk through {@code nextS}; null when
     * there is nothing to trim: a uniform grid (null), or one that does not ascend.
     */
    static RecomputedRows forGrid(float[] nextS, int first, int last, int rows) {
        if (nextS == null || last <= first) {
            return null;
        }
        for (int k = 1; k < nextS.length; k++) {
            if (!(nextS[k] >= nextS[k - 1]) || !(nextS[k - 1] >= 0)) {
                return null;
            }
        }
        return new RecomputedRows(first, last - first, rows);
    }

    /** Sets the rows at either end of {@code column} that reach the floor at {@code s} to it, and drops them. */
    void trim(float[] w, float[] r, float s, int column) {
        int c = column - first;
        int a = from[c];
        int b = to[c];
        while (a < b && r[a] * s <= FastExp.SMALLEST_EXPONENT) {
            w[a++] = FastExp.FLOOR;
        }
        while (b > a && r[b - 1] * s <= FastExp.SMALLEST_EXPONENT) {
            w[--b] = FastExp.FLOOR;
        }
        from[c] = a;
        to[c] = b;
    }

    /** First row of {@code column} still recomputed. */
    int from(int column) {
        return from[column - first];
    }

    /** One past the last row of {@code column} still recomputed. */
    int to(int column) {
        return to[column - first];
    }
}
