package org.deepfreq.model;

import java.util.Locale;

/**
 * Shape of a network.
 * <ul>
 * <li>{@link Architecture#FULLY_CONNECTED}: {@code hiddenLayers} layers of {@code width} units with the given
 * activation (tanh, relu, sigmoid, ...) and a linear (MSE) or softmax (cross-entropy) output layer.</li>
 * <li>{@link Architecture#RESNET18}: {@code width} is the stem's channel count (64 in the standard ResNet18, the
 * stages have width, 2·width, 4·width, 8·width channels), {@code residualBlocks} of the eight basic blocks are kept
 * (the paper's variants −1..−4 keep 7..4, removed from the deepest stage first), {@code residual} says whether the
 * blocks have skip connections, and the head after global average pooling has {@code hiddenLayers} dense layers of
 * 4·width units with the given activation, then the output layer.</li>
 * </ul>
 * {@code init} draws the weights of the dense layers (all layers of a fully connected network, the head of a ResNet,
 * whose convolutions keep He initialisation).
 */
public record NetworkSpec(int hiddenLayers, int width, String activation, LossKind loss, Architecture architecture,
        int residualBlocks, boolean residual, InitScheme init) {

    /** The settings {@link #with} changes. */
    public static final java.util.List<String> KEYS = java.util.List.of("depth", "width", "activation", "loss",
            "architecture", "blocks", "residual", "init");

    /** Basic blocks of the standard ResNet18. */
    public static final int RESNET18_BLOCKS = 8;

    public NetworkSpec {
        if (init == null) {
            init = InitScheme.XAVIER;
        }
        if (architecture == null) {
            architecture = Architecture.FULLY_CONNECTED;
        }
        if (residualBlocks == 0) {
            residualBlocks = RESNET18_BLOCKS;
        }
        if (hiddenLayers < 1 || hiddenLayers > 64) {
            throw new IllegalArgumentException("depth must be between 1 and 64 hidden layers, got " + hiddenLayers);
        }
        if (width < 1 || width > architecture.maxWidth()) {
            throw new IllegalArgumentException(architecture.widthName() + " must be between 1 and "
                    + architecture.maxWidth() + ", got " + width
                    + (architecture == Architecture.RESNET18 ? "; the standard ResNet18 has 64" : ""));
        }
        if (residualBlocks < 1 || residualBlocks > RESNET18_BLOCKS) {
            throw new IllegalArgumentException("residual blocks must be between 1 and " + RESNET18_BLOCKS
                    + " (ResNet18 has 8; the paper's -1..-4 variants keep 7..4), got " + residualBlocks);
        }
        activation = activation.toLowerCase(Locale.ROOT);
        ActivationNames.parse(activation);
    }

    /** A network with Xavier-initialised dense layers. */
    public NetworkSpec(int hiddenLayers, int width, String activation, LossKind loss, Architecture architecture,
            int residualBlocks, boolean residual) {
        this(hiddenLayers, width, activation, loss, architecture, residualBlocks, residual, InitScheme.XAVIER);
    }

    /** A fully connected network. */
    public NetworkSpec(int hiddenLayers, int width, String activation, LossKind loss) {
        this(hiddenLayers, width, activation, loss, Architecture.FULLY_CONNECTED, RESNET18_BLOCKS, true);
    }

    /** A ResNet18 variant with a head of two ReLU layers and softmax + cross-entropy output, as in the paper. */
    public static NetworkSpec resnet18(int width, int residualBlocks, boolean residual) {
        return new NetworkSpec(2, width, "relu", LossKind.CROSS_ENTROPY, Architecture.RESNET18, residualBlocks,
                residual);
    }

    /**
     * A copy with one setting changed, as {@code --set} names it: depth, width, activation, loss (mse|cross_entropy),
     * architecture (fully_connected|resnet18), blocks, residual (true|false) or init.
     *
     * @throws IllegalArgumentException for another key or a value that does not parse
     */
    public NetworkSpec with(String key, String value) {
        int layers = hiddenLayers;
        int w = width;
        String act = activation;
        LossKind l = loss;
        Architecture arch = architecture;
        int blocks = residualBlocks;
        boolean skips = residual;
        InitScheme in = init;
        switch (key) {
            case "depth" -> layers = SettingValues.integer(key, value);
            case "width" -> w = SettingValues.integer(key, value);
            case "activation" -> act = value;
            case "loss" -> l = SettingValues.choice(LossKind.class, key, value);
            case "architecture" -> arch = SettingValues.choice(Architecture.class, key, value);
            case "blocks" -> blocks = SettingValues.integer(key, value);
            case "residual" -> skips = SettingValues.bool(key, value);
            case "init" -> in = InitScheme.parse(value);
            default -> throw new IllegalArgumentException("unknown network setting '" + key + "': use one of " + KEYS);
        }
        return new NetworkSpec(layers, w, act, l, arch, blocks, skips, in);
    }

    public NetworkSpec withInit(InitScheme value) {
        return new NetworkSpec(hiddenLayers, width, activation, loss, architecture, residualBlocks, residual, value);
    }

    /** Short label for charts and folder names, e.g. "FC 5×500 tanh" or "ResNet18-2 w16 plain". */
    public String label() {
        if (architecture == Architecture.FULLY_CONNECTED) {
            return "FC " + hiddenLayers + "×" + width + " " + activation;
        }
        int removed = RESNET18_BLOCKS - residualBlocks;
        return "ResNet18" + (removed == 0 ? "" : "-" + removed) + " w" + width + (residual ? "" : " plain");
    }
}
