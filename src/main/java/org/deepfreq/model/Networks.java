package org.deepfreq.model;

import java.nio.file.Path;

/** Builds or restores the network a {@link NetworkSpec} describes, through its architecture's {@link NetworkFamily}. */
public final class Networks {

    private Networks() {
    }

    /**
     * A freshly initialised, seeded network.
     *
     * @param exampleShape shape of one input example: {@code [d]} or {@code [channels, height, width]}
     */
    public static SplitNetwork create(NetworkSpec spec, int[] exampleShape, int outputs, double learningRate,
            long seed) {
        return spec.architecture().family().create(spec, exampleShape, outputs, learningRate, seed);
    }

    /** Restores a checkpoint written by {@link SplitNetwork#save(Path)} for a network of this spec. */
    public static SplitNetwork load(NetworkSpec spec, Path checkpoint, int[] exampleShape) {
        return spec.architecture().family().load(spec, checkpoint, exampleShape);
    }
}
