package org.deepfreq.model;

/**
 * Size of the network a {@link NetworkSpec} describes, computed from the spec alone (before building it), for the
 * memory check that refuses runs which would not fit. Each architecture has its own estimate; there is no fall-back.
 *
 * @param parameters          trainable parameters
 * @param activationsPerExample float activations kept per example for backpropagation (all layers)
 * @param widestSplit         the largest split-point dimension (RDF input width)
 */
public record NetworkSize(long parameters, long activationsPerExample, long widestSplit) {

    /** The size for inputs of the given example shape and the given number of outputs. */
    public static NetworkSize of(NetworkSpec spec, int[] exampleShape, int outputs) {
        long inputs = 1;
        for (int s : exampleShape) {
            inputs *= s;
        }
        return switch (spec.architecture()) {
            case FULLY_CONNECTED -> fullyConnected(spec, inputs, outputs);
            case RESNET18 -> {
                ResidualNetwork.requireImages(exampleShape);
                yield resnet(spec, exampleShape, inputs, outputs);
            }
        };
    }

    private static NetworkSize fullyConnected(NetworkSpec n, long inputs, int outputs) {
        long w = n.width();
        long params = inputs * w + (n.hiddenLayers() - 1) * w * w + w * outputs;
        return new NetworkSize(params, w * n.hiddenLayers() * 2 + outputs, Math.max(inputs, w));
    }

    private static NetworkSize resnet(NetworkSpec n, int[] shape, long inputs, int outputs) {
        long pixels = (long) shape[1] * shape[2];
        long w = n.width();
        long params = 9L * shape[0] * w;
        long acts = 3 * w * pixels; // stem conv, BN, ReLU
        long prev = w;
        for (int block = 0; block < n.residualBlocks(); block++) {
            int stage = block / 2;
            long ch = w << stage;
            long px = pixels >> (2 * stage);
            params += 9 * prev * ch + 9 * ch * ch + (prev != ch ? prev * ch : 0);
            acts += 8 * ch * px; // two convs, two BNs, ReLU, add, shortcut, ReLU
            prev = ch;
        }
        long head = 4 * w;
        params += prev * head + (n.hiddenLayers() - 1) * head * head + head * outputs;
        acts += head * n.hiddenLayers() * 2 + outputs;
        return new NetworkSize(params, acts, Math.max(inputs, Math.max(prev, head)));
    }
}
