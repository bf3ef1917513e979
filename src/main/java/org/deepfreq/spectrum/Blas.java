package org.deepfreq.spectrum;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * OpenBLAS's single-precision GEMM, called directly through JavaCPP: the same library ND4J's CPU backend uses, without
 * ND4J's start-up (its native library, op registry and backend discovery), which a command that only computes RDF
 * does not need. Operands are off-heap float buffers in row-major order.
 */
final class Blas {

    static {
        Loader.load(openblas_nolapack.class);
        // every processor, as ND4J's backend sets when it starts (loaded on its own through JavaCPP, OpenBLAS ran one
        // thread here: half the GEMM rate), unless the environment says otherwise
        if (System.getenv("OPENBLAS_NUM_THREADS") == null && System.getenv("OMP_NUM_THREADS") == null) {
            openblas_nolapack.blas_set_num_threads(Runtime.getRuntime().availableProcessors());
        }
    }

    private Blas() {
    }

    /** Loads the native library and sets its threads (the class's initialisation; later calls return at once). */
    static void load() {
        // nothing more: initialising this class did the work
    }

    /**
     * {@code C = alpha · A · Bᵀ}: A is {@code m × k} starting at element {@code aFrom} of {@code a}, B is {@code n × k}
     * starting at element {@code bFrom} of {@code b} (both with rows of k elements), C is {@code m × n} at the start of
     * {@code c}.
     */
    static void gemmTransposed(int m, int n, int k, float alpha, FloatPointer a, long aFrom, FloatPointer b, long bFrom,
            FloatPointer c) {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
                openblas_nolapack.CblasTrans, m, n, k, alpha, at(a, aFrom), k, at(b, bFrom), k, 0f, c, n);
    }

    /** {@code C = A · B}, all three {@code n × n}. */
    static void gemmSquare(int n, FloatPointer a, FloatPointer b, FloatPointer c) {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
                openblas_nolapack.CblasNoTrans, n, n, n, 1f, a, n, b, n, 0f, c, n);
    }

    private static FloatPointer at(FloatPointer p, long from) {
        return from == 0 ? p : new FloatPointer(p).position(p.position() + from);
    }
}
