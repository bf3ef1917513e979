package org.deepfreq.model;

/**
 * Size of the network a {@link NetworkSpec} describes, computed from the spec alone (before building it), for the
 * memory check that refuses runs which would not fit. Each architecture has its own estimate
 * ({@link NetworkFamily#size}); there is no fall-back.
 *
 * @param parameters          trainable parameters
 * @param activationsPerExample float activations kept per example for backpropagation (all layers)
 * @param widestSplit         the largest split-point dimension (RDF input width)
 */
public record NetworkSize(long parameters, long activationsPerExample, long widestSplit) {

    /** The size for inputs of the given example shape and the given number of outputs (its family's estimate). */
    public static NetworkSize of(NetworkSpec spec, int[] exampleShape, int outputs) {
        return spec.architecture().family().size(spec, exampleShape, outputs);
    }
}
