package org.deepfreq.model;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam on a network's flat parameter vector with DL4J's rule and hyper-parameters (read from the network's updater
 * on every step, so {@code setLearningRate} applies): g ← gradient / minibatch size, m ← β₁m + (1−β₁)g,
 * v ← β₂v + (1−β₂)g², α_t = lr·√(1−β₂^t)/(1−β₁^t) with t = iteration + 1, params ← params − α_t·m/(√v + ε).
 * The moments live in Java arrays; gradient and parameters are copied in once per step, updated by a loop the JIT
 * vectorises, in parts of the vector over the cores ({@link RowParts}; ND4J's fused Adam op took several times
 * longer), and the parameters copied back;
 * {@link #store} writes the moments into DL4J's updater state, which checkpoints save.
 */
final class FlatAdam {

    private final MultiLayerNetwork net;
    private final float[] m;
    private final float[] v;
    private final float[] gradient;
    private final float[] params;
    private final RowParts parts = new RowParts();

    /** Reads the moments from the network's updater state (DL4J zeroes it for a fresh network). */
    FlatAdam(MultiLayerNetwork net) {
        this.net = net;
        int n = Math.toIntExact(net.numParams());
        m = new float[n];
        v = new float[n];
        gradient = new float[n];
        params = new float[n];
        for (UpdaterBlock block : blocks()) {
            AdamUpdater adam = adam(block);
            copyOut(adam.getM(), m, block.getParamOffsetStart());
            copyOut(adam.getV(), v, block.getParamOffsetStart());
        }
    }

    /** One step: parameters −= Adam update of (flatGradient / batch). */
    void step(INDArray flatGradient, INDArray parameters, int batch, int iteration, int epoch) {
        for (UpdaterBlock block : blocks()) {
            Adam conf = adam(block).getConfig();
            float beta1 = (float) conf.getBeta1();
            float beta2 = (float) conf.getBeta2();
            float epsilon = (float) conf.getEpsilon();
            double alpha = conf.getLearningRate(iteration, epoch) * Math.sqrt(1 - Math.pow(beta2, iteration + 1))
                    / (1 - Math.pow(beta1, iteration + 1));
            float alphaT = Double.isFinite(alpha) && alpha != 0 ? (float) alpha : epsilon; // as DL4J's Adam op
            int start = block.getParamOffsetStart();
            parts.run(block.getParamOffsetEnd() - start, 1, (part, from, to) -> {
                NativeCopy.get(flatGradient, start + from, gradient, start + from, to - from);
                NativeCopy.get(parameters, start + from, params, start + from, to - from);
                moments(start + from, start + to, batch, beta1, beta2, epsilon, alphaT);
                NativeCopy.put(params, start + from, parameters, start + from, to - from);
            });
        }
    }

    private void moments(int from, int to, int batch, float beta1, float beta2, float epsilon, float alphaT) {
        float b = batch;
        float oneMinusBeta1 = 1 - beta1;
        float oneMinusBeta2 = 1 - beta2;
        for (int i = from; i < to; i++) {
            float gi = gradient[i] / b;
            float mi = beta1 * m[i] + gi * oneMinusBeta1;
            float vi = beta2 * v[i] + gi * gi * oneMinusBeta2;
            m[i] = mi;
            v[i] = vi;
            params[i] -= mi * alphaT / ((float) Math.sqrt(vi) + epsilon);
        }
    }

    /** Writes the moments into DL4J's updater state (before a checkpoint or a switch to DL4J's {@code fit}). */
    void store() {
        for (UpdaterBlock block : blocks()) {
            AdamUpdater adam = adam(block);
            int from = block.getParamOffsetStart();
            int to = block.getParamOffsetEnd();
            adam.getM().assign(Nd4j.createFromArray(java.util.Arrays.copyOfRange(m, from, to)).reshape(adam.getM().shape()));
            adam.getV().assign(Nd4j.createFromArray(java.util.Arrays.copyOfRange(v, from, to)).reshape(adam.getV().shape()));
        }
    }

    private List<UpdaterBlock> blocks() {
        return ((MultiLayerUpdater) net.getUpdater()).getUpdaterBlocks();
    }

    private static AdamUpdater adam(UpdaterBlock block) {
        if (!(block.getGradientUpdater() instanceof AdamUpdater adam)) {
            throw new IllegalStateException("the lean trainer needs Adam, got " + block.getGradientUpdater());
        }
        return adam;
    }

    private static void copyOut(INDArray view, float[] to, int at) {
        float[] values = view.dup().data().asFloat();
        System.arraycopy(values, 0, to, at, values.length);
    }
}
