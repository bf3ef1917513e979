package org.deepfreq.spectrum;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Measures the machine's single-precision GEMM rate through ND4J (all BLAS threads): the reference
 * the RDF engine is compared to. Holds its n×n operands so that runs can be interleaved with the
 * engine's, both seeing the machine in the same state.
 */
public final class GemmProbe {

    private final int n;
    private final INDArray a;
    private final INDArray b;
    private final INDArray c;

    /** Allocates the operands and runs one warm-up multiplication. */
    public GemmProbe(int n) {
        this.n = n;
        a = Nd4j.rand(DataType.FLOAT, n, n);
        b = Nd4j.rand(DataType.FLOAT, n, n);
        c = Nd4j.createUninitialized(DataType.FLOAT, n, n);
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
    }

    /** GFLOP/s of one n×n×n SGEMM. */
    public double gflops() {
        long t0 = System.nanoTime();
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        return 2.0 * n * n * n / ((System.nanoTime() - t0) / 1e9) / 1e9;
    }
}
