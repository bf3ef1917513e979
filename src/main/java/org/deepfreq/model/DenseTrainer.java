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
 * layer stack. The forward and backward passes run as GEMMs ({@link BlasGemm}) into preallocated arrays (one set per
 * minibatch size); between two GEMMs a layer's values are copied once to a Java array, where bias, activation,
 * derivative and bias gradient are computed in loops ({@link HeapActivation}; activations without a heap version use
 * ND4J's operations), and the gradient is written straight into the network's flattened gradient view. The update is DL4J's Adam rule
 * ({@link FlatAdam}: division by the minibatch size, bias correction, hyper-parameters from the network's updater),
 * and the iteration count advances as in {@code fit}. Evaluations ({@link #loss}, {@link #output}) run the same
 * forward pass in chunks through buffers of their own. Because it works on the network's own parameter arrays and hands
 * its Adam moments back on request, the network stays a normal DL4J model: inference, {@code setLearningRate} and
 * {@code ModelSerializer} checkpoints behave as before.
 */
final class DenseTrainer {

    /** Rows per chunk of an evaluation: its buffers stay small whatever the data set's size. */
    static final int EVALUATION_ROWS = 1024;

    private final MultiLayerNetwork net;
    private final boolean softmaxCrossEntropy;
    /** Layer widths: sizes[0] inputs, sizes[k] outputs of layer k (the last one is the output layer). */
    private final int[] sizes;
    private final IActivation[] activations;
    /** Per layer, its activation computed on the heap, or null where ND4J's operations compute it. */
    private final HeapActivation[] heapActivations;
    private final RowParts parts = new RowParts();
    private final float[][] biasValues;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final INDArray[] weightGrads;
    private final INDArray[] biasGrads;
    private final INDArray flatGradients;
    private final FlatAdam adam;
    private final Map<Integer, Buffers> buffers = new HashMap<>();
    /** Buffers of evaluations ({@link #loss}, {@link #output}), per chunk size. */
    private final Map<Integer, Buffers> evaluationBuffers = new HashMap<>();

    DenseTrainer(MultiLayerNetwork net, boolean softmaxCrossEntropy) {
        this.net = net;
        this.softmaxCrossEntropy = softmaxCrossEntropy;
        int layers = net.getnLayers();
        sizes = new int[layers + 1];
        sizes[0] = Math.toIntExact(net.layerInputSize(0));
        activations = new IActivation[layers];
        heapActivations = new HeapActivation[layers];
        biasValues = new float[layers][];
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
            heapActivations[k] = HeapActivation.of(activations[k]);
            biasValues[k] = new float[sizes[k + 1]];
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
        HeapActivation output = heapActivations[layers - 1];
        if (output == null || (output == HeapActivation.SOFTMAX) != softmaxCrossEntropy) {
            throw new IllegalStateException("the lean trainer needs an identity/tanh/sigmoid/relu output with MSE or"
                    + " softmax with cross-entropy, got " + activations[layers - 1]);
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
        NativeCopy.put(x.data(), b.acts[0], x.data().length);
        forward(b.acts, b.pre, b.values);
        int last = layers() - 1;
        float[] out = b.values[last + 1];
        float[] target = y.data();
        double score = score(out, target, 0, batch) / batch;
        // output delta dL/dz, summed (not averaged) over the minibatch as in DL4J
        float[] d = b.delta;
        int n = batch * sizes[last + 1];
        float scale = softmaxCrossEntropy ? 1f : 2f / sizes[last + 1]; // LossMCXENT: p − y; LossMSE: 2(p − y)/outputs
        for (int i = 0; i < n; i++) {
            d[i] = (out[i] - target[i]) * scale;
        }
        if (!softmaxCrossEntropy) {
            heapActivations[last].multiplyByDerivative(out, d, 0, n);
        }
        for (int k = last; k >= 0; k--) {
            int layer = k;
            int cols = sizes[k + 1];
            parts.run(batch, cols, (part, from, to) -> {
                NativeCopy.put(d, from, b.deltas[layer], from, to - from);
                columnSums(d, from, to, cols, parts.sums(part, cols));
            });
            parts.addSums(biasValues[k], cols);
            NativeCopy.put(biasValues[k], biasGrads[k], cols);
            BlasGemm.gemm(b.acts[k], true, b.deltas[k], false, weightGrads[k]);
            if (k > 0) {
                INDArray eps = b.eps[k - 1];
                BlasGemm.gemm(b.deltas[k], false, weights[k], true, eps);
                HeapActivation f = heapActivations[k - 1];
                if (f != null) {
                    float[] a = b.values[k];
                    parts.run(batch, sizes[k], (part, from, to) -> {
                        NativeCopy.get(eps, from, d, from, to - from);
                        f.multiplyByDerivative(a, d, from, to);
                    });
                } else {
                    NativeCopy.get(activations[k - 1].backprop(b.pre[k - 1], eps).getFirst(), d, batch * sizes[k]);
                }
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
        float[][] values = new float[layers() + 1][];
        for (int k = 1; k <= layers(); k++) {
            values[k] = new float[Math.multiplyExact(n, sizes[k])];
        }
        forward(acts, pre, values);
        return new ArrayList<>(List.of(acts));
    }

    /**
     * acts[k + 1] = f(acts[k] · W + b) for every layer; values[k + 1] holds the same on the heap (for layers with a heap
     * activation; the output layer always has one), pre[k] the pre-activation where ND4J computes the activation.
     */
    private void forward(INDArray[] acts, INDArray[] pre, float[][] values) {
        int rows = Math.toIntExact(acts[0].size(0));
        for (int k = 0; k < layers(); k++) {
            BlasGemm.gemm(acts[k], false, weights[k], false, pre[k]);
            HeapActivation f = heapActivations[k];
            int cols = sizes[k + 1];
            if (f == null) {
                pre[k].addiRowVector(biases[k]);
                acts[k + 1].assign(pre[k]);
                activations[k].getActivation(acts[k + 1], true);
                continue;
            }
            float[] a = values[k + 1];
            float[] bias = biasValues[k];
            INDArray z = pre[k];
            INDArray out = acts[k + 1];
            NativeCopy.get(biases[k], bias, cols);
            parts.run(rows, cols, (part, from, to) -> {
                NativeCopy.get(z, from, a, from, to - from);
                addRow(a, from, to, bias);
                f.apply(a, from, to, bias.length, parts.scratch(part));
                NativeCopy.put(a, from, out, from, to - from);
            });
        }
    }

    /** Adds {@code row} to every row in the elements [from, to) of a row-major matrix as wide as the row. */
    private static void addRow(float[] a, int from, int to, float[] row) {
        for (int at = from; at < to; at += row.length) {
            for (int c = 0; c < row.length; c++) {
                a[at + c] += row[c];
            }
        }
    }

    /** sums[c] = Σ over the rows in the elements [from, to) of column c. */
    private static void columnSums(float[] a, int from, int to, int cols, float[] sums) {
        java.util.Arrays.fill(sums, 0, cols, 0f);
        for (int at = from; at < to; at += cols) {
            for (int c = 0; c < cols; c++) {
                sums[c] += a[at + c];
            }
        }
    }

    /**
     * DL4J's score summed over {@code rows} examples (divide by the count for its mean): MSE = the squared error
     * averaged over outputs; cross-entropy = −Σ y log p; t's rows start at element {@code tFrom}.
     */
    private double score(float[] p, float[] t, int tFrom, int rows) {
        int n = rows * sizes[layers()];
        double sum = 0;
        if (softmaxCrossEntropy) {
            double eps = 1e-10; // DL4J's LossMCXENT clips softmax outputs to [eps, 1 - eps]
            for (int i = 0; i < n; i++) {
                if (t[tFrom + i] != 0) {
                    sum -= t[tFrom + i] * Math.log(Math.min(1 - eps, Math.max(eps, p[i])));
                }
            }
            return sum;
        }
        for (int i = 0; i < n; i++) {
            float d = p[i] - t[tFrom + i];
            sum += d * d; // squared in float, as DL4J's LossMSE: an overflow makes the loss infinite (divergence)
        }
        return sum / sizes[layers()];
    }

    /** Mean loss over the examples in inference mode, as DL4J's {@code score(DataSet, false)}. */
    double loss(FloatMatrix x, FloatMatrix y) {
        if (y.rows() != x.rows()) {
            throw new IllegalArgumentException(x.rows() + " inputs but " + y.rows() + " targets");
        }
        double[] sum = {0};
        inChunks(x, (out, from, rows) -> sum[0] += score(out, y.data(), from * sizes[layers()], rows));
        return sum[0] / x.rows();
    }

    /** The network's outputs in inference mode, row-major (rows × outputs). */
    float[] output(FloatMatrix x) {
        int width = sizes[layers()];
        float[] result = new float[Math.multiplyExact(x.rows(), width)];
        inChunks(x, (out, from, rows) -> System.arraycopy(out, 0, result, from * width, rows * width));
        return result;
    }

    /** What to do with the outputs of the rows [from, from + rows) of an evaluation (out holds them, row-major). */
    @FunctionalInterface
    private interface ChunkOutputs {
        void accept(float[] out, int from, int rows);
    }

    /**
     * Runs the forward pass over x in chunks of at most {@value #EVALUATION_ROWS} rows, through buffers kept for
     * evaluation (the training step's stay as they are), and hands each chunk's outputs to {@code sink}. The caller
     * checks x's columns ({@link FullyConnectedNetwork}, as for a training step).
     */
    private void inChunks(FloatMatrix x, ChunkOutputs sink) {
        for (int from = 0; from < x.rows(); from += EVALUATION_ROWS) {
            int rows = Math.min(EVALUATION_ROWS, x.rows() - from);
            Buffers b = evaluationBuffers.computeIfAbsent(rows, this::allocate);
            NativeCopy.put(x.data(), from * sizes[0], b.acts[0], 0, rows * sizes[0]);
            forward(b.acts, b.pre, b.values);
            sink.accept(b.values[layers()], from, rows);
        }
    }

    private Buffers allocate(int batch) {
        int layers = layers();
        INDArray[] acts = new INDArray[layers + 1];
        INDArray[] pre = new INDArray[layers];
        INDArray[] eps = new INDArray[Math.max(layers - 1, 0)];
        INDArray[] deltas = new INDArray[layers];
        float[][] values = new float[layers + 1][];
        int widest = 0;
        acts[0] = Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[0]);
        for (int k = 0; k < layers; k++) {
            pre[k] = Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[k + 1]);
            acts[k + 1] = Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[k + 1]);
            deltas[k] = Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[k + 1]);
            values[k + 1] = new float[Math.multiplyExact(batch, sizes[k + 1])];
            widest = Math.max(widest, sizes[k + 1]);
            if (k < layers - 1) {
                eps[k] = Nd4j.createUninitialized(DataType.FLOAT, batch, sizes[k + 1]);
            }
        }
        return new Buffers(acts, pre, eps, deltas, values, new float[Math.multiplyExact(batch, widest)]);
    }

    /**
     * Per-minibatch-size arrays: activations, pre-activations, back-propagated errors and layer deltas (native, for the
     * GEMMs); the layers' activations on the heap (values[k] = acts[k], k ≥ 1) and one heap delta.
     */
    private record Buffers(INDArray[] acts, INDArray[] pre, INDArray[] eps, INDArray[] deltas, float[][] values,
            float[] delta) {
    }
}
