package org.deepfreq.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.InvalidDataException;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A fully connected network (DL4J MultiLayerNetwork, float32): input → hidden layers → linear or softmax
 * output, trained with Adam. Split points: the input ("input") and every hidden layer ("h1".."hL").
 * The paper's MNIST net is {@code new NetworkSpec(5, 500, "tanh", LossKind.MSE)} on 784 inputs, 10 outputs.
 */
public final class FullyConnectedNetwork implements SplitNetwork {

    private final MultiLayerNetwork net;
    private final int inputs;
    private final int outputs;
    private final List<SplitPoint> splits;

    private FullyConnectedNetwork(MultiLayerNetwork net, int inputs, int outputs, int hidden) {
        this.net = net;
        this.inputs = inputs;
        this.outputs = outputs;
        List<SplitPoint> s = new ArrayList<>();
        s.add(new SplitPoint(0, "input"));
        for (int l = 1; l <= hidden; l++) {
            s.add(new SplitPoint(l, "h" + l));
        }
        this.splits = List.copyOf(s);
    }

    /** A freshly initialised network with a seeded initialisation. */
    public static FullyConnectedNetwork create(int inputs, int outputs, NetworkSpec spec, double learningRate, long seed) {
        Activation act = ActivationNames.parse(spec.activation());
        NeuralNetConfiguration.ListBuilder b = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .weightInit(spec.init().dl4j())
                .list();
        int in = inputs;
        for (int l = 0; l < spec.hiddenLayers(); l++) {
            b.layer(new DenseLayer.Builder().nIn(in).nOut(spec.width()).activation(act).build());
            in = spec.width();
        }
        boolean mse = spec.loss() == LossKind.MSE;
        b.layer(new OutputLayer.Builder(mse ? LossFunctions.LossFunction.MSE : LossFunctions.LossFunction.MCXENT)
                .nIn(in).nOut(outputs).activation(mse ? Activation.IDENTITY : Activation.SOFTMAX).build());
        MultiLayerConfiguration conf = b.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return new FullyConnectedNetwork(net, inputs, outputs, spec.hiddenLayers());
    }

    /** Restores a network written by {@link #save(Path)}, optimiser state included. */
    public static FullyConnectedNetwork load(Path file) {
        try {
            MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
            int hidden = net.getnLayers() - 1;
            int in = (int) net.layerInputSize(0);
            int out = (int) net.layerSize(hidden);
            return new FullyConnectedNetwork(net, in, out, hidden);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": checkpoint cannot be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public List<SplitPoint> splitPoints() {
        return splits;
    }

    @Override
    public List<FloatMatrix> activations(FloatMatrix x) {
        List<INDArray> acts = net.feedForward(MatrixConversion.toNd(x, inputs, "inputs"), false);
        List<FloatMatrix> out = new ArrayList<>(splits.size());
        for (SplitPoint s : splits) {
            out.add(MatrixConversion.toMatrix(acts.get(s.index())));
        }
        return out;
    }

    @Override
    public double fitBatch(FloatMatrix x, FloatMatrix y) {
        net.fit(MatrixConversion.toNd(x, inputs, "inputs"), MatrixConversion.toNd(y, outputs, "targets"));
        return net.score();
    }

    @Override
    public double loss(FloatMatrix x, FloatMatrix y) {
        return net.score(new DataSet(MatrixConversion.toNd(x, inputs, "inputs"), MatrixConversion.toNd(y, outputs, "targets")), false);
    }

    @Override
    public FloatMatrix output(FloatMatrix x) {
        return MatrixConversion.toMatrix(net.output(MatrixConversion.toNd(x, inputs, "inputs"), false));
    }

    @Override
    public void setLearningRate(double learningRate) {
        net.setLearningRate(learningRate);
    }

    @Override
    public long parameterCount() {
        return net.numParams();
    }

    @Override
    public void save(Path file) {
        try {
            ModelSerializer.writeModel(net, file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
