package org.deepfreq.model;

import java.nio.file.Path;

/**
 * What an {@link Architecture} needs to train: how to build its network, restore it from a checkpoint, and how big it
 * is before it is built. Each network class implements it next to the network ({@code FullyConnectedNetwork.FAMILY},
 * {@code ResidualNetwork.FAMILY}) and its {@link Architecture} constant returns it.
 */
public interface NetworkFamily {

    /**
     * A freshly initialised, seeded network.
     *
     * @param exampleShape shape of one input example: {@code [d]} or {@code [channels, height, width]}
     */
    SplitNetwork create(NetworkSpec spec, int[] exampleShape, int outputs, double learningRate, long seed);

    /** Restores a checkpoint written by {@link SplitNetwork#save(Path)} for a network of this spec. */
    SplitNetwork load(NetworkSpec spec, Path checkpoint, int[] exampleShape);

    /** Its size for inputs of the given example shape and number of outputs, from the spec alone. */
    NetworkSize size(NetworkSpec spec, int[] exampleShape, int outputs);

    /** The number of inputs of one example of this shape (its elements, flattened). */
    static int inputs(int[] exampleShape) {
        int n = 1;
        for (int s : exampleShape) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }
}
