package org.deepfreq.model;

import java.nio.file.Path;
import java.util.List;

import org.deepfreq.data.FloatMatrix;

/** A trainable network that exposes the activations at each of its split points. */
public interface SplitNetwork {

    List<SplitPoint> splitPoints();

    /** Activations of the given inputs at every split point, in {@link #splitPoints()} order (inference mode). */
    List<FloatMatrix> activations(FloatMatrix inputs);

    /** One optimisation step on a minibatch; returns the minibatch loss. */
    double fitBatch(FloatMatrix inputs, FloatMatrix targets);

    /** Mean loss over the given examples (inference mode). */
    double loss(FloatMatrix inputs, FloatMatrix targets);

    /** Network outputs for the given inputs (inference mode). */
    FloatMatrix output(FloatMatrix inputs);

    void setLearningRate(double learningRate);

    long parameterCount();

    /** Writes the network, including the optimiser state, to a file. */
    void save(Path file);
}
