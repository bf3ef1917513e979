package org.deepfreq.model;

import java.nio.file.Path;

/** Builds or restores the network a {@link NetworkSpec} describes. */
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
        return switch (spec.architecture()) {
            case FULLY_CONNECTED -> FullyConnectedNetwork.create(product(exampleShape), outputs, spec, learningRate,
                    seed);
            case RESNET18 -> ResidualNetwork.create(exampleShape, outputs, spec, learningRate, seed);
        };
    }

    /** Restores a checkpoint written by {@link SplitNetwork#save(Path)} for a network of this spec. */
    public static SplitNetwork load(NetworkSpec spec, Path checkpoint, int[] exampleShape) {
        return switch (spec.architecture()) {
            case FULLY_CONNECTED -> FullyConnectedNetwork.load(checkpoint);
            case RESNET18 -> ResidualNetwork.load(checkpoint, spec, product(exampleShape));
        };
    }

    private static int product(int[] shape) {
        int n = 1;
        for (int s : shape) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }
}
