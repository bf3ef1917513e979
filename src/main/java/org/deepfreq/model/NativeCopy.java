package org.deepfreq.model;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Bulk copies between a contiguous float ND4J array (or view) and a Java array: one memory copy each. */
final class NativeCopy {

    private NativeCopy() {
    }

    /** The first {@code n} values of {@code from} (in its memory order) into {@code to}. */
    static void get(INDArray from, float[] to, int n) {
        get(from, 0, to, 0, n);
    }

    /** {@code n} values of {@code from} from element {@code at} (in its memory order) into {@code to[offset..]}. */
    static void get(INDArray from, int at, float[] to, int offset, int n) {
        buffer(from, at).get(to, offset, n);
    }

    /** {@code from[0..n-1]} into {@code to}'s memory, in its order. */
    static void put(float[] from, INDArray to, int n) {
        put(from, 0, to, 0, n);
    }

    /** {@code from[offset..offset+n-1]} into {@code to}'s memory from its element {@code at}. */
    static void put(float[] from, int offset, INDArray to, int at, int n) {
        buffer(to, at).put(from, offset, n);
    }

    private static FloatBuffer buffer(INDArray a, int at) {
        FloatBuffer b = a.data().asNioFloat();
        b.position(Math.toIntExact(a.offset() + at));
        return b;
    }
}
