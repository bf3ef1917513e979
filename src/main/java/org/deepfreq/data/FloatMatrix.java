package org.deepfreq.data;

import java.util.Arrays;

/**
 * A dense row-major float32 matrix: {@code rows} points of {@code cols} values each.
 * The array is owned by the matrix once constructed; callers must not mutate it afterwards.
 */
public record FloatMatrix(int rows, int cols, float[] data) {

    public FloatMatrix {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("matrix shape must be non-negative, got " + rows + "x" + cols);
        }
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException("matrix data has " + data.length + " values, expected "
                    + rows + "x" + cols + " = " + (long) rows * cols);
        }
    }

    /** A zero matrix of the given shape. */
    public static FloatMatrix zeros(int rows, int cols) {
        return new FloatMatrix(rows, cols, new float[Math.multiplyExact(rows, cols)]);
    }

    public float get(int row, int col) {
        return data[row * cols + col];
    }

    /** The rows with the given indices, in that order, as a new matrix. */
    public FloatMatrix selectRows(int[] indices) {
        float[] out = new float[Math.multiplyExact(indices.length, cols)];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(data, indices[i] * cols, out, i * cols, cols);
        }
        return new FloatMatrix(indices.length, cols, out);
    }

    /** The first row index and column holding a NaN or infinite value, or {@code null} if all values are finite. */
    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a new matrix. */
    public FloatMatrix rowRange(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + ".." + to + " of " + rows);
        }
        return new FloatMatrix(to - from, cols, java.util.Arrays.copyOfRange(data, from * cols, to * cols));
    }

    /** The matrices stacked vertically (all with the same column count). */
    public static FloatMatrix stackRows(java.util.List<FloatMatrix> parts) {
        int cols = parts.get(0).cols();
        int rows = parts.stream().mapToInt(FloatMatrix::rows).sum();
        float[] out = new float[Math.multiplyExact(rows, cols)];
        int at = 0;
        for (FloatMatrix p : parts) {
            if (p.cols() != cols) {
                throw new IllegalArgumentException("cannot stack " + p.cols() + " columns under " + cols);
            }
            System.arraycopy(p.data(), 0, out, at, p.data().length);
            at += p.data().length;
        }
        return new FloatMatrix(rows, cols, out);
    }

    public int[] firstNonFinite() {
        for (int from = 0; from < data.length; from += FINITE_CHUNK) {
            int i = firstNonFinite(data, from, Math.min(data.length, from + FINITE_CHUNK));
            if (i >= 0) {
                return new int[] {i / cols, i % cols};
            }
        }
        return null;
    }

    /** Values per call of {@link #firstNonFinite(float[], int, int)}. */
    public static final int FINITE_CHUNK = 4096;

    /**
     * The index of the first NaN or infinite value in {@code values[from..to)}, or −1. A method of its own, called once
     * per chunk, so that the JIT compiles it after a few hundred chunks instead of a large matrix running through one
     * long interpreted loop (an RDF input of millions of values is checked in a fresh process).
     */
    public static int firstNonFinite(float[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Float.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Whether every value is a non-negative integer (class labels). */
    public boolean isIntegerValued() {
        for (float v : data) {
            if (v != Math.rint(v) || v < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatMatrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "FloatMatrix[" + rows + "x" + cols + "]";
    }
}
