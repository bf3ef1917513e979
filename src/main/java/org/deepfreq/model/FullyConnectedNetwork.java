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
 * Minibatches are trained by the lean {@link DenseTrainer} (the same step as DL4J's {@code fit}, several times
 * faster), and split activations, outputs and losses come from its forward pass; {@code -D}{@value #TRAINER_PROPERTY}
 * {@code =dl4j} (or {@link #useDl4jFit}) uses DL4J's own {@code fit}, {@code feedForward}, {@code output} and
 * {@code score} instead, for comparisons.
 */
public final class FullyConnectedNetwork implements SplitNetwork {

    private final MultiLayerNetwork net;
    private final int inputs;
    private final int outputs;
    private final List<SplitPoint> splits;
    /** The lean trainer, or null while DL4J's {@code fit} trains this network. */
    private DenseTrainer lean;

    /** How {@link Architecture#FULLY_CONNECTED} builds, restores and sizes this network. */
    static final NetworkFamily FAMILY = new NetworkFamily() {
        @Override
        public SplitNetwork create(NetworkSpec spec, int[] exampleShape, int outputs, double learningRate, long seed) {
            return FullyConnectedNetwork.create(NetworkFamily.inputs(exampleShape), outputs, spec, learningRate, seed);
        }

        @Override
        public SplitNetwork load(NetworkSpec spec, Path checkpoint, int[] exampleShape) {
            return FullyConnectedNetwork.load(checkpoint);
        }

        /** Weights and activations of the dense layers (biases left out); the widest split is the input or a layer. */
        @Override
        public NetworkSize size(NetworkSpec spec, int[] exampleShape, int outputs) {
            long inputs = 1;
            for (int s : exampleShape) {
                inputs *= s;
            }
            long w = spec.width();
            long params = inputs * w + (spec.hiddenLayers() - 1) * w * w + w * outputs;
            return new NetworkSize(params, w * spec.hiddenLayers() * 2 + outputs, Math.max(inputs, w));
        }
    };

    /** System property that selects the training step: {@code lean} (default) or {@code dl4j}. */
    public static final String TRAINER_PROPERTY = "deepfreq.trainer";

    private FullyConnectedNetwork(MultiLayerNetwork net, int inputs, int outputs, int hidden) {
        this.net = net;
        String trainer = System.getProperty(TRAINER_PROPERTY, "lean");
        if (!trainer.equals("lean") && !trainer.equals("dl4j")) {
            throw new IllegalArgumentException("-D" + TRAINER_PROPERTY + "=" + trainer + " is not lean or dl4j");
        }
        this.lean = trainer.equals("lean") ? newTrainer(net) : null;
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

    private static DenseTrainer newTrainer(MultiLayerNetwork net) {
        OutputLayer out = (OutputLayer) net.getLayerWiseConfigurations().getConf(net.getnLayers() - 1).getLayer();
        return new DenseTrainer(net, out.getLossFn() instanceof org.nd4j.linalg.lossfunctions.impl.LossMCXENT);
    }

    /** Trains with DL4J's {@code MultiLayerNetwork.fit} (true) or the lean trainer (false, the default). */
    public FullyConnectedNetwork useDl4jFit(boolean dl4j) {
        storeLeanState();
        lean = dl4j ? null : newTrainer(net);
        return this;
    }

    /** Hands the lean trainer's Adam moments to the DL4J network (they live in the trainer while it trains). */
    private void storeLeanState() {
        if (lean != null) {
            lean.storeOptimiserState();
        }
    }

    /** Whether minibatches are trained by DL4J's {@code fit} rather than the lean trainer. */
    public boolean usesDl4jFit() {
        return lean == null;
    }

    /** A copy with the same parameters, optimiser state and iteration count (same training step). */
    public FullyConnectedNetwork copy() {
        storeLeanState();
        MultiLayerNetwork clone = net.clone();
        clone.getLayerWiseConfigurations().setIterationCount(net.getLayerWiseConfigurations().getIterationCount());
        return new FullyConnectedNetwork(clone, inputs, outputs, splits.size() - 1).useDl4jFit(usesDl4jFit());
    }

    /** All parameters, flattened in DL4J's order (per layer: weights column-major, then biases), as a copy. */
    public float[] parameters() {
        return net.params().dup().data().asFloat();
    }

    @Override
    public List<SplitPoint> splitPoints() {
        return splits;
    }

    @Override
    public List<FloatMatrix> activations(FloatMatrix x) {
        INDArray in = MatrixConversion.toNd(x, inputs, "inputs");
        List<INDArray> acts = lean == null ? net.feedForward(in, false) : lean.feedForward(in);
        List<FloatMatrix> out = new ArrayList<>(splits.size());
        for (SplitPoint s : splits) {
            out.add(MatrixConversion.toMatrix(acts.get(s.index())));
        }
        return out;
    }

    @Override
    public double fitBatch(FloatMatrix x, FloatMatrix y) {
        if (lean != null) {
            MatrixConversion.requireColumns(x, inputs, "inputs");
            MatrixConversion.requireColumns(y, outputs, "targets");
            return lean.fit(x, y);
        }
        net.fit(MatrixConversion.toNd(x, inputs, "inputs"), MatrixConversion.toNd(y, outputs, "targets"));
        return net.score();
    }

    @Override
    public double loss(FloatMatrix x, FloatMatrix y) {
        if (lean != null) {
            MatrixConversion.requireColumns(x, inputs, "inputs");
            MatrixConversion.requireColumns(y, outputs, "targets");
            return lean.loss(x, y);
        }
        return net.score(new DataSet(MatrixConversion.toNd(x, inputs, "inputs"), MatrixConversion.toNd(y, outputs, "targets")), false);
    }

    @Override
    public FloatMatrix output(FloatMatrix x) {
        if (lean != null) {
            MatrixConversion.requireColumns(x, inputs, "inputs");
            return new FloatMatrix(x.rows(), outputs, lean.output(x));
        }
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
        storeLeanState();
        try {
            ModelSerializer.writeModel(net, file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
