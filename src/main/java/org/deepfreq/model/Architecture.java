package org.deepfreq.model;

/**
 * The network families DeepFreq Studio trains, with their limits: the largest width each accepts (the app's
 * controls and {@link NetworkSpec} read it from here) and the name of that width.
 */
public enum Architecture {
    /** Fully connected layers of equal width (the paper's MNIST DNN and the 1-D MLPs). */
    FULLY_CONNECTED(16384, "width"),
    /**
     * The CIFAR form of ResNet18 (3×3 stem, four stages of two basic blocks) with some blocks removed, optionally
     * without skip connections, followed by global average pooling and a fixed fully connected head.
     */
    RESNET18(512, "ResNet width (stem channels)");

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
}
