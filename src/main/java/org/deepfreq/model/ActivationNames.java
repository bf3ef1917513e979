package org.deepfreq.model;

import java.util.Arrays;
import java.util.Locale;

import org.nd4j.linalg.activations.Activation;

/** Maps the activation names used in configs ("tanh", "relu", ...) to DL4J activations. */
final class ActivationNames {

    private ActivationNames() {
    }

    static Activation parse(String name) {
        try {
            return Activation.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown activation '" + name + "': use one of "
                    + Arrays.toString(new String[] {"tanh", "relu", "sigmoid", "elu", "leakyrelu", "softplus", "identity"}));
        }
    }
}
