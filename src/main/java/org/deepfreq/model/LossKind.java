package org.deepfreq.model;

/** Training loss with the output activation it implies. */
public enum LossKind {
    /** Mean squared error on the raw (linear) output; one-hot targets for classes (the paper's MNIST net). */
    MSE,
    /** Softmax output with cross-entropy (the paper's ResNet experiments). */
    CROSS_ENTROPY
}
