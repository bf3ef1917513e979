package org.deepfreq.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits the rows of a row-major matrix into a fixed number of parts and runs one body per part, the first in the
 * calling thread and the others in the common fork-join pool, for the lean step's element-wise work between GEMMs.
 * The split depends only on the matrix size, so results (including per-part sums added in part order) do not depend on
 * thread timing. Holds per-part scratch space: one instance serves one thread at a time.
 */
final class RowParts {

    /** Below this many elements a matrix is handled in one part (a hand-over costs more than it saves). */
    static final int PARALLEL_ELEMENTS = 1 << 15;
    private static final int PARTS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** The work on the elements [from, to) (whole rows) of part {@code part}. */
    @FunctionalInterface
    interface Body {
        void run(int part, int from, int to);
    }

    private final HeapActivation.Scratch[] scratch = new HeapActivation.Scratch[PARTS];
    private final float[][] sums = new float[PARTS][0];
    private int used = 1;

    RowParts() {
        for (int p = 0; p < PARTS; p++) {
            scratch[p] = new HeapActivation.Scratch();
        }
    }

    /** Runs {@code body} over the rows of a rows × cols matrix, in parts, and waits for all of them. */
    void run(int rows, int cols, Body body) {
        used = (long) rows * cols >= PARALLEL_ELEMENTS ? Math.min(PARTS, rows) : 1;
        if (used == 1) {
            body.run(0, 0, rows * cols);
            return;
        }
        ForkJoinTask<?>[] others = new ForkJoinTask<?>[used];
        for (int p = 1; p < used; p++) {
            int part = p;
            others[p] = ForkJoinPool.commonPool().submit(() -> body.run(part, start(part, rows) * cols,
                    start(part + 1, rows) * cols));
        }
        body.run(0, 0, start(1, rows) * cols);
        for (int p = 1; p < used; p++) {
            others[p].join();
        }
    }

    /** Scratch space of one part. */
    HeapActivation.Scratch scratch(int part) {
        return scratch[part];
    }

    /** A part's array for column sums, at least {@code cols} long. */
    float[] sums(int part, int cols) {
        if (sums[part].length < cols) {
            sums[part] = new float[cols];
        }
        return sums[part];
    }

    /** total[c] = the parts' sums of the last {@link #run}, added in part order. */
    void addSums(float[] total, int cols) {
        System.arraycopy(sums[0], 0, total, 0, cols);
        for (int p = 1; p < used; p++) {
            for (int c = 0; c < cols; c++) {
                total[c] += sums[p][c];
            }
        }
    }

    private int start(int part, int rows) {
        return (int) ((long) rows * part / used);
    }
}
