package org.deepfreq.model;

/**
 * The network families DeepFreq Studio trains, registered once: each with its limits (the largest width it accepts,
 * which the app's controls and {@link NetworkSpec} read from here, and the name of that width) and its
 * {@link NetworkFamily} (build, restore, size estimate), which the network class implements. {@link Networks} and
 * {@link NetworkSize} only delegate, so a new constant needs nothing else; the compiler asks every constant for its
 * family, so no architecture falls back on another's estimate.
 */
public enum Architecture {
    /** Fully connected layers of equal width (the paper's MNIST DNN and the 1-D MLPs). */
    FULLY_CONNECTED(16384, "width") {
        @Override
        public NetworkFamily family() {
            return FullyConnectedNetwork.FAMILY;
        }
    },
    /**
     * The CIFAR form of ResNet18 (3×3 stem, four stages of two basic blocks) with some blocks removed, optionally
     * without skip connections, followed by global average pooling and a fixed fully connected head.
     */
    RESNET18(512, "ResNet width (stem channels)") {
        @Override
        public NetworkFamily family() {
            return ResidualNetwork.FAMILY;
        }
    };

    private final int maxWidth;
    private final String widthName;

    Architecture(int maxWidth, String widthName) {
        this.maxWidth = maxWidth;
        this.widthName = widthName;
    }

    /** The largest width: units per hidden layer, or the ResNet's stem channels. */
    public int maxWidth() {
        return maxWidth;
    }

    /** What the width means for this family, for messages and labels. */
    public String widthName() {
        return widthName;
    }

    /** How networks of this architecture are built, restored and sized. */
    public abstract NetworkFamily family();
}
