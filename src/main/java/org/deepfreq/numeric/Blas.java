package org.deepfreq.numeric;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * OpenBLAS's single-precision GEMM, called directly through JavaCPP: the same library ND4J's CPU backend uses, without
 * ND4J's start-up (its native library, op registry and backend discovery), which a command that only computes RDF
 * does not need, and without an ND4J operation around each call. Operands are off-heap float buffers in row-major
 * order. Which kernel OpenBLAS runs, and how long its workers wait between calls, the launcher sets before it loads
 * ({@code org.deepfreq.OpenBlasKernel}).
 */
public final class Blas {

    static {
        Loader.load(openblas_nolapack.class);
        // every processor, as ND4J's backend sets when it starts (loaded on its own through JavaCPP, OpenBLAS ran one
        // thread here: half the GEMM rate), unless the environment says otherwise
        setThreadsUnlessTheEnvironmentDoes(Runtime.getRuntime().availableProcessors());
    }

    private Blas() {
    }

    /** Loads the native library and sets its threads (the class's initialisation; later calls return at once). */
    public static void load() {
        // nothing more: initialising this class did the work
    }

    /**
     * Sets OpenBLAS's threads unless the environment sets them ({@code OPENBLAS_NUM_THREADS} or
     * {@code OMP_NUM_THREADS}), which then wins.
     */
    public static void setThreadsUnlessTheEnvironmentDoes(int threads) {
        if (System.getenv("OPENBLAS_NUM_THREADS") == null && System.getenv("OMP_NUM_THREADS") == null) {
            openblas_nolapack.blas_set_num_threads(threads);
        }
    }

    /** Sets OpenBLAS's threads (after loading it, which sets every processor). */
    public static void setThreads(int threads) {
        openblas_nolapack.blas_set_num_threads(threads);
    }

    /**
     * Row-major {@code C = alpha · op(A) · op(B)}, C {@code m × n}, op(A) {@code m × k}, op(B) {@code k × n}; op
     * transposes where asked; lda, ldb, ldc are the row lengths of the stored matrices.
     */
    public static void sgemm(boolean transposeA, boolean transposeB, int m, int n, int k, float alpha, FloatPointer a,
            int lda, FloatPointer b, int ldb, FloatPointer c, int ldc) {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                transposeA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                transposeB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans, m, n, k, alpha, a, lda, b,
                ldb, 0f, c, ldc);
    }

    /**
     * {@code C = alpha · A · Bᵀ}: A is {@code m × k} starting at element {@code aFrom} of {@code a}, B is {@code n × k}
     * starting at element {@code bFrom} of {@code b} (both with rows of k elements), C is {@code m × n} at the start of
     * {@code c}.
     */
    public static void gemmTransposed(int m, int n, int k, float alpha, FloatPointer a, long aFrom, FloatPointer b,
            long bFrom, FloatPointer c) {
        sgemm(false, true, m, n, k, alpha, at(a, aFrom), k, at(b, bFrom), k, c, n);
    }

    /** {@code C = A · B}, all three {@code n × n}. */
    public static void gemmSquare(int n, FloatPointer a, FloatPointer b, FloatPointer c) {
        sgemm(false, false, n, n, n, 1f, a, n, b, n, c, n);
    }

    private static FloatPointer at(FloatPointer p, long from) {
        return from == 0 ? p : new FloatPointer(p).position(p.position() + from);
    }
}
