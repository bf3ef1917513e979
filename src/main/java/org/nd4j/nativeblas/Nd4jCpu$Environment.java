package org.nd4j.nativeblas;

/**
 * Bridge for DL4J 1.0.0-M2.1, whose oneDNN layer helpers ({@code BaseMKLDNNHelper}) look for the ND4J native
 * environment under this old class name and otherwise fall back to the slow built-in convolution path (im2col).
 * It answers with the real ND4J environment's oneDNN state, so it is only true with the oneDNN build of
 * nd4j-native. See {@code org.deepfreq.model.LayerHelpers}.
 */
@SuppressWarnings("checkstyle:TypeName")
public final class Nd4jCpu$Environment {

    private static final Nd4jCpu$Environment INSTANCE = new Nd4jCpu$Environment();

    private Nd4jCpu$Environment() {
    }

    public static Nd4jCpu$Environment getInstance() {
        return INSTANCE;
    }

    /** Whether ND4J's native library was built with oneDNN and uses it. */
    public boolean isUseMKLDNN() {
        return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
    }
}
