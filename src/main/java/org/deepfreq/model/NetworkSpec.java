package org.deepfreq.model;

import java.util.Locale;

/**
 * Shape of a fully connected network: {@code hiddenLayers} layers of {@code width} units with the given
 * activation (tanh, relu, sigmoid, ...), a linear (MSE) or softmax (cross-entropy) output layer.
 */
public record NetworkSpec(int hiddenLayers, int width, String activation, LossKind loss) {

    public NetworkSpec {
        if (hiddenLayers < 1 || hiddenLayers > 64) {
            throw new IllegalArgumentException("depth must be between 1 and 64 hidden layers, got " + hiddenLayers);
        }
        if (width < 1 || width > 16384) {
            throw new IllegalArgumentException("width must be between 1 and 16384 units, got " + width);
        }
        activation = activation.toLowerCase(Locale.ROOT);
        ActivationNames.parse(activation);
    }
}
