package org.deepfreq.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.data.FloatMatrix;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A lean training step for a fully connected {@link MultiLayerNetwork} (dense hidden layers, then a linear + MSE or
 * softmax + cross-entropy output layer): the same mathematics as DL4J's {@code fit(features, labels)} without its
 * layer stack. The forward and backward passes run as GEMMs into preallocated arrays (one set per minibatch size) and
 * in-place element-wise operations, writing the gradient straight into the network's flattened gradient view; the
 * update is DL4J's Adam rule ({@link FlatAdam}: division by the minibatch size, bias correction, hyper-parameters
 * from the network's updater), and the iteration count advances as in {@code fit}. Because it works on the network's
 * own parameter arrays and hands its Adam moments back on request, the network stays a normal DL4J model:
 * inference, {@code setLearningRate} and {@code ModelSerializer} checkpoints behave as before.
 */
final class DenseTrainer {

    private final MultiLayerNetwork net;
    private final boolean softmaxCrossEntropy;
    /** Layer widths: sizes[0] inputs, sizes[k] outputs of layer k (the last one is the output layer). */
    private final int[] sizes;
    private final IActivation[] activations;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final INDArray[] weightGrads;
    private final INDArray[] biasGrads;
    private final INDArray flatGradients;
    private final FlatAdam adam;
    private final Map<Integer, Buffers> buffers = new HashMap<>();

    DenseTrainer(MultiLayerNetwork net, boolean softmaxCrossEntropy) {
        this.net = net;
        this.softmaxCrossEntropy = softmaxCrossEntropy;
        int layers = net.getnLayers();
        sizes = new int[layers + 1];
        sizes[0] = Math.toIntExact(net.layerInputSize(0));
        activations = new IActivation[layers];
        weights = new INDArray[layers];
        biases = new INDArray[layers];
        weightGrads = new INDArray[layers];
        biasGrads = new INDArray[layers];
        if (net.getFlattenedGradients() == null) {
            net.initGradientsView();
        }
        flatGradients = net.getFlattenedGradients();
        INDArray flat = flatGradients.reshape(flatGradients.length());
        long offset = 0;
        for (int k = 0; k < layers; k++) {
            sizes[k + 1] = Math.toIntExact(net.layerSize(k));
            org.deeplearning4j.nn.conf.layers.BaseLayer conf =
                    (org.deeplearning4j.nn.conf.layers.BaseLayer) net.getLayer(k).conf().getLayer();
            activations[k] = conf.getActivationFn();
            weights[k] = net.getLayer(k).getParam("W");
            biases[k] = net.getLayer(k).getParam("b");
            long w = (long) sizes[k] * sizes[k + 1];
            // the same views DL4J's DefaultParamInitializer makes of the gradient: W column-major, then b
            weightGrads[k] = flat.get(NDArrayIndex.interval(offset, offset + w)).reshape('f', sizes[k], sizes[k + 1]);
            biasGrads[k] = flat.get(NDArrayIndex.interval(offset + w, offset + w + sizes[k + 1]))
                    .reshape('c', 1, sizes[k + 1]);
            offset += w + sizes[k + 1];
        }
        adam = new FlatAdam(net);
        if (offset != net.numParams()) {
            throw new IllegalStateException("not a dense network: " + offset + " of " + net.numParams()
                    + " parameters are weights and biases");
        }
    }

    /** Writes the optimiser state into the network's DL4J updater (before saving or handing it to DL4J's fit). */
    void storeOptimiserState() {
        adam.store();
    }

    /** Number of layers with weights (hidden layers + the output layer). */
    int layers() {
        return weights.length;
    }

    /**
     * One Adam step on a minibatch, as {@code MultiLayerNetwork.fit(x, y)}.
     *
     * @return the minibatch loss before the step (DL4J's score: mean over examples)
     */
    double fit(FloatMatrix x, FloatMatrix y) {
        int batch = x.rows();
        if (y.rows() != batch) {
            throw new IllegalArgumentException(batch + " inputs but " + y.rows() + " targets in one minibatch");
        }
        Buffers b = buffers.computeIfAbsent(batch, this::allocate);
        b.acts[0].data().setData(x.data());
        b.targets.data().setData(y.data());
        forward(b.acts, b.pre, true);
        int last = layers() - 1;
        INDArray out = b.acts[last + 1];
        double score = score(out, b.targets, batch);
        // output delta dL/dz, summed (not averaged) over the minibatch as in DL4J
        INDArray delta = out.sub(b.targets, b.outputGrad);
        if (!softmaxCrossEntropy) { // softmax + cross-entropy: p − y directly, as DL4J's LossMCXENT
            delta = activations[last].backprop(b.pre[last], delta.muli(2).divi(sizes[last + 1])).getFirst();
        }
        for (int k = last; k >= 0; k--) {
            Nd4j.gemm(b.acts[k], delta, weightGrads[k], true, false, 1.0, 0.0);
            delta.sum(biasGrads[k], 0);
            if (k > 0) {
                INDArray eps = b.eps[k - 1];
                Nd4j.gemm(delta, weights[k], eps, false, true, 1.0, 0.0);
                delta = activations[k - 1].backprop(b.pre[k - 1], eps).getFirst();
            }
        }
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        int iteration = conf.getIterationCount();
        adam.step(flatGradients, net.params(), batch, iteration, conf.getEpochCount());
        conf.setIterationCount(iteration + 1);
        return score;
    }

    /**
     * The activations of every layer for the given inputs (inference mode): element 0 is the input, element k the
     * output of layer k, the last one the network output.
     */
    List<INDArray> feedForward(INDArray x) {
        int n = Math.toIntExact(x.size(0));
        INDArray[] acts = new INDArray[layers() + 1];
        INDArray[] pre = new INDArray[layers()];
        acts[0] = x;
        for (int k = 0; k < layers(); k++) {
            pre[k] = Nd4j.createUninitialized(DataType.FLOAT, n, sizes[k + 1]);
            acts[k + 1] = Nd4j.createUninitialized(DataType.FLOAT, n, sizes[k + 1]);
        }
        forward(acts, pre, false);
        return new ArrayList<>(List.of(acts));
    }

    /** acts[k + 1] = f(acts[k] · W + b) for every layer; pre[k] keeps the pre-activation (for backprop). */
    private void forward(INDArray[] acts, INDArray[] pre, boolean training) {
        for (int k = 0; k < layers(); k++) {
            Nd4j.gemm(acts[k], weights[k], pre[k], false, false, 1.0, 0.0);
            pre[k].addiRowVector(biases[k]);
            acts[k + 1].assign(pre[k]);
            activations[k].getActivation(acts[k + 1], training);
        }
    }

    /** DL4J's score: MSE = mean over examples of the squared error averaged over outputs; cross-entropy = mean −Σ y log p. */
    private double score(INDArray out, INDArray targets, int batch) {
        float[] p = out.data().asFloat();
        float[] t = targets.data().asFloat();
        double sum = 0;
        if (softmaxCrossEntropy) {
            double eps = 1e-10; // DL4J's LossMCXENT clips softmax outputs to [eps, 1 - eps]
            for (int i = 0; i < p.length; i++) {
                if (t[i] != 0) {
                    sum -= t[i] * Math.log(Math.min(1 - eps, Math.max(eps, p[i])));
                }
            }
            return sum / batch;
        }
        for (int i = 0; i < p.length; i++) {
            float d = p[i] - t[i];
            sum += d * d; // squared in float, as DL4J's LossMSE: an overflow makes the loss infinite (divergence)
        }
        return sum / sizes[layers()] / batch;
    }

    private Buffers allocate(int batch) {
        int layers = layers();
        INDArray[] acts = new INDArray[layers + 1];
        INDArray[] pre = new INDArray[layers];
        INDArray[] eps = new INDArray[Math.max(layers - 1, 0)];
        acts[0] = Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[0]);
        for (int k = 0; k < layers; k++) {
            pre[k] = Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[k + 1]);
            acts[k + 1] = Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[k + 1]);
            if (k < layers - 1) {
                eps[k] = Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[k + 1]);
            }
        }
        return new Buffers(acts, pre, eps, Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[layers]),
                Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[layers]));
    }

    /** Per-minibatch-size arrays: activations, pre-activations, back-propagated errors, targets, dL/d(output). */
    private record Buffers(INDArray[] acts, INDArray[] pre, INDArray[] eps, INDArray targets, INDArray outputGrad) {
    }
}
