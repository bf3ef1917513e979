package org.deepfreq.spectrum;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import org.bytedeco.javacpp.FloatPointer;
import org.deepfreq.numeric.Blas;

/**
 * Measures the machine's single-precision GEMM rate through the BLAS the RDF engine uses (all BLAS threads): the
 * reference the engine is compared to. Holds its n×n operands so that runs can be interleaved with the engine's,
 * both seeing the machine in the same state.
 */
public final class GemmProbe {

    private final int n;
    private final FloatPointer a;
    private final FloatPointer b;
    private final FloatPointer c;

    /** Allocates the operands (seeded random values) and runs one warm-up multiplication. */
    public GemmProbe(int n) {
        this.n = n;
        a = random(n, 1);
        b = random(n, 2);
        c = new FloatPointer((long) n * n);
        Blas.gemmSquare(n, a, b, c);
    }

    private static FloatPointer random(int n, long seed) {
        FloatPointer p = new FloatPointer((long) n * n);
        FloatBuffer values = p.asBuffer();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < n * n; i++) {
            values.put(i, (float) rnd.nextDouble());
        }
        return p;
    }

    /** GFLOP/s of one n×n×n SGEMM. */
    public double gflops() {
        long t0 = System.nanoTime();
        Blas.gemmSquare(n, a, b, c);
        return 2.0 * n * n * n / ((System.nanoTime() - t0) / 1e9) / 1e9;
    }
}
