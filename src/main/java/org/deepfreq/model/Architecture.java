package org.deepfreq.model;

/** The network families DeepFreq Studio trains. */
public enum Architecture {
    /** Fully connected layers of equal width (the paper's MNIST DNN and the 1-D MLPs). */
    FULLY_CONNECTED,
    /**
     * The CIFAR form of ResNet18 (3×3 stem, four stages of two basic blocks) with some blocks removed, optionally
     * without skip connections, followed by global average pooling and a fixed fully connected head.
     */
    RESNET18
}
