package org.deepfreq.model;

import java.util.Arrays;
import java.util.Locale;

import org.deeplearning4j.nn.weights.WeightInit;

/**
 * How the weights of the dense layers are drawn before training (biases start at 0).
 * <ul>
 * <li>{@link #XAVIER}: N(0, 2/(fan_in + fan_out)), DL4J's XAVIER (the project's earlier fixed choice);</li>
 * <li>{@link #LECUN_NORMAL}: N(0, 1/fan_in);</li>
 * <li>{@link #HE}: N(0, 2/fan_in) (DL4J calls it RELU);</li>
 * <li>{@link #UNIFORM_FAN_IN}: U(−1/√fan_in, 1/√fan_in), the common deep-learning-library default (DL4J: UNIFORM).</li>
 * </ul>
 */
public enum InitScheme {
    XAVIER(WeightInit.XAVIER),
    LECUN_NORMAL(WeightInit.LECUN_NORMAL),
    HE(WeightInit.RELU),
    UNIFORM_FAN_IN(WeightInit.UNIFORM);

    private final WeightInit dl4j;

    InitScheme(WeightInit dl4j) {
        this.dl4j = dl4j;
    }

    /** The DL4J scheme that draws these weights. */
    public WeightInit dl4j() {
        return dl4j;
    }

    /** "xavier", "lecun-normal", "he" or "uniform-fan-in". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a {@link #label()} (any case, '-' or '_'). */
    public static InitScheme parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(v -> v.name().equals(key)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("init '" + text + "' is not one of "
                        + Arrays.stream(values()).map(InitScheme::label).toList()));
    }
}
