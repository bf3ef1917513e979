package org.deepfreq.model;

import org.bytedeco.javacpp.FloatPointer;
import org.deepfreq.numeric.Blas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * C = op(A)·op(B) for contiguous float matrices in either order, straight through OpenBLAS ({@link Blas}, the library
 * ND4J's CPU backend itself calls) where that backend runs, without an ND4J operation around the call (on the
 * minibatch shapes of training, ND4J's {@code gemm} took half again as long); elsewhere (the CUDA backend) through
 * {@link Nd4j#gemm}.
 */
final class BlasGemm {

    private static final boolean DIRECT = "CpuBackend".equals(Nd4j.getBackend().getClass().getSimpleName());

    private BlasGemm() {
    }

    /** c = op(a)·op(b), overwriting c (which must not overlap a or b). */
    static void gemm(INDArray a, boolean transposeA, INDArray b, boolean transposeB, INDArray c) {
        if (!DIRECT || !plain(a) || !plain(b) || !plain(c)) {
            Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
        } else if (c.ordering() == 'f') { // C column-major = Cᵀ row-major = op(B)ᵀ·op(A)ᵀ
            multiply(b, !transposeB, a, !transposeA, c, Math.toIntExact(c.size(1)), Math.toIntExact(c.size(0)));
        } else {
            multiply(a, transposeA, b, transposeB, c, Math.toIntExact(c.size(0)), Math.toIntExact(c.size(1)));
        }
    }

    private static boolean plain(INDArray a) {
        return a.dataType() == DataType.FLOAT && a.rank() == 2 && Shape.hasDefaultStridesForShape(a);
    }

    /** Row-major C (m × n) = op(A)·op(B); a matrix stored column-major is its transpose stored row-major. */
    private static void multiply(INDArray a, boolean ta, INDArray b, boolean tb, INDArray c, int m, int n) {
        int k = Math.toIntExact(ta ? a.size(0) : a.size(1));
        int lda = Math.toIntExact(a.ordering() == 'f' ? a.size(0) : a.size(1));
        int ldb = Math.toIntExact(b.ordering() == 'f' ? b.size(0) : b.size(1));
        Blas.sgemm(ta ^ (a.ordering() == 'f'), tb ^ (b.ordering() == 'f'), m, n, k, 1f, pointer(a), lda, pointer(b), ldb,
                pointer(c), n);
    }

    /** The first element: a view's data buffer already starts at the buffer's own offset. */
    private static FloatPointer pointer(INDArray a) {
        return new FloatPointer(a.data().addressPointer()).position(a.offset() - a.data().offset());
    }
}
