package org.deepfreq.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.deepfreq.data.DatasetSpec;
import org.deepfreq.data.Datasets;
import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.InvalidDataException;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The ResNet18 family of the paper's CIFAR-10 experiment (DL4J ComputationGraph, float32): a 3×3 stem with batch
 * normalisation, up to eight basic blocks in four stages (width, 2·width, 4·width, 8·width channels; the first block
 * of stages 2-4 halves the resolution), global average pooling, then a fixed fully connected head. Removing blocks
 * drops them from the deepest stage first; without skip connections ({@code residual = false}) the same blocks form
 * a plain network. Split points: the raw input, "features" (the pooled output of the convolutional pre-condition
 * component, feeding the learning component, i.e. the head's last three layers in the paper's setting) and each
 * hidden head layer.
 */
public final class ResidualNetwork implements SplitNetwork {

    private static final int STAGES = 4;
    /** The split after global pooling: its output is the input of the learning component (the last three layers). */
    public static final String FEATURES = "features";

    /** Dimension of the {@value #FEATURES} split: the channels of the last kept block, width·2^stage. */
    public static int featureChannels(NetworkSpec spec) {
        return spec.width() << ((spec.residualBlocks() - 1) / 2);
    }
    /** Examples per inference pass (validation, RDF activations). */
    private static final int INFERENCE_CHUNK = 250;

    private final ComputationGraph graph;
    private final int inputs;
    private final int outputs;
    private final List<String> headLayers;
    private final List<SplitPoint> splits;

    private ResidualNetwork(ComputationGraph graph, int inputs, int outputs, int headHidden) {
        this.graph = graph;
        this.inputs = inputs;
        this.outputs = outputs;
        List<String> head = new ArrayList<>();
        List<SplitPoint> s = new ArrayList<>();
        s.add(new SplitPoint(0, "input"));
        s.add(new SplitPoint(1, FEATURES));
        for (int l = 1; l <= headHidden; l++) {
            head.add("fc" + l);
            s.add(new SplitPoint(l + 1, "fc" + l));
        }
        this.headLayers = List.copyOf(head);
        this.splits = List.copyOf(s);
    }

    /** How {@link Architecture#RESNET18} builds, restores and sizes this network. */
    static final NetworkFamily FAMILY = new NetworkFamily() {
        @Override
        public SplitNetwork create(NetworkSpec spec, int[] exampleShape, int outputs, double learningRate, long seed) {
            return ResidualNetwork.create(exampleShape, outputs, spec, learningRate, seed);
        }

        @Override
        public SplitNetwork load(NetworkSpec spec, Path checkpoint, int[] exampleShape) {
            return ResidualNetwork.load(checkpoint, spec, NetworkFamily.inputs(exampleShape));
        }

        /**
         * Weights of the stem, of each kept basic block (two 3×3 convolutions and a 1×1 shortcut where the channels
         * change) and of the head; activations of every convolution, batch norm, ReLU and addition.
         */
        @Override
        public NetworkSize size(NetworkSpec n, int[] shape, int outputs) {
            requireImages(shape);
            long inputs = (long) shape[0] * shape[1] * shape[2];
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
    };

    /** Refuses examples that are not images: ResNet18 needs channels × height × width. */
    static void requireImages(int[] exampleShape) {
        if (exampleShape.length != 3) {
            throw new InvalidDataException("ResNet18 needs image data (channels × height × width), but the data set's "
                    + "examples have shape " + Arrays.toString(exampleShape) + ": choose an image data set ("
                    + String.join(", ", Datasets.ALL.stream().filter(DatasetSpec::isImages).map(DatasetSpec::name).toList())
                    + ") or a fully connected network");
        }
    }

    /**
     * A freshly initialised network for images of the given shape ({@code [channels, height, width]}; rows of the
     * inputs hold them flattened in that order).
     */
    public static ResidualNetwork create(int[] imageShape, int outputs, NetworkSpec spec, double learningRate,
            long seed) {
        requireImages(imageShape);
        LayerHelpers.enable();
        int channels = imageShape[0];
        int height = imageShape[1];
        int widthPx = imageShape[2];
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Same)
                .graphBuilder()
                .addInputs("input")
                .setInputTypes(InputType.convolutionalFlat(height, widthPx, channels));
        String last = convBnRelu(g, "stem", "input", spec.width(), 1);
        int block = 0;
        for (int stage = 0; stage < STAGES && block < spec.residualBlocks(); stage++) {
            int ch = spec.width() << stage;
            for (int b = 0; b < 2 && block < spec.residualBlocks(); b++, block++) {
                int stride = stage > 0 && b == 0 ? 2 : 1;
                last = basicBlock(g, "s" + (stage + 1) + "b" + (b + 1), last, ch, stride, spec.residual());
            }
        }
        g.addLayer(FEATURES, new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), last);
        last = FEATURES;
        Activation act = ActivationNames.parse(spec.activation());
        for (int l = 1; l <= spec.hiddenLayers(); l++) {
            g.addLayer("fc" + l, new DenseLayer.Builder().nOut(4L * spec.width()).activation(act)
                    .weightInit(spec.init().dl4j()).build(), last);
            last = "fc" + l;
        }
        boolean mse = spec.loss() == LossKind.MSE;
        g.addLayer("output", new OutputLayer.Builder(mse ? LossFunctions.LossFunction.MSE
                : LossFunctions.LossFunction.MCXENT).nOut(outputs).weightInit(spec.init().dl4j())
                .activation(mse ? Activation.IDENTITY : Activation.SOFTMAX).build(), last);
        g.setOutputs("output");
        ComputationGraph graph = new ComputationGraph(g.build());
        graph.init();
        return new ResidualNetwork(graph, channels * height * widthPx, outputs, spec.hiddenLayers());
    }

    /** Restores a network written by {@link #save(Path)}, optimiser state included. */
    public static ResidualNetwork load(Path file, NetworkSpec spec, int inputs) {
        LayerHelpers.enable();
        try {
            ComputationGraph graph = ModelSerializer.restoreComputationGraph(file.toFile(), true);
            int out = (int) graph.layerSize("output");
            return new ResidualNetwork(graph, inputs, out, spec.hiddenLayers());
        } catch (IOException | RuntimeException e) {
            throw new InvalidDataException(file + ": checkpoint cannot be read as a ResNet (" + e.getMessage() + ")",
                    e);
        }
    }

    /** conv 3×3 → batch norm → ReLU; returns the name of the last vertex. */
    private static String convBnRelu(ComputationGraphConfiguration.GraphBuilder g, String name, String in, int ch,
            int stride) {
        g.addLayer(name + "_conv", conv(ch, 3, stride), in);
        g.addLayer(name + "_bn", new BatchNormalization.Builder().build(), name + "_conv");
        g.addLayer(name + "_relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), name + "_bn");
        return name + "_relu";
    }

    /** The basic block: conv-BN-ReLU, conv-BN, plus the shortcut (projected when the shape changes), ReLU. */
    private static String basicBlock(ComputationGraphConfiguration.GraphBuilder g, String name, String in, int ch,
            int stride, boolean residual) {
        String first = convBnRelu(g, name + "a", in, ch, stride);
        g.addLayer(name + "b_conv", conv(ch, 3, 1), first);
        g.addLayer(name + "b_bn", new BatchNormalization.Builder().build(), name + "b_conv");
        String body = name + "b_bn";
        if (residual) {
            String shortcut = in;
            if (stride != 1) { // the first block of stages 2-4 also doubles the channels
                g.addLayer(name + "_proj", conv(ch, 1, stride), in);
                g.addLayer(name + "_projbn", new BatchNormalization.Builder().build(), name + "_proj");
                shortcut = name + "_projbn";
            }
            g.addVertex(name + "_add", new ElementWiseVertex(ElementWiseVertex.Op.Add), body, shortcut);
            body = name + "_add";
        }
        g.addLayer(name + "_out", new ActivationLayer.Builder().activation(Activation.RELU).build(), body);
        return name + "_out";
    }

    private static ConvolutionLayer conv(int ch, int kernel, int stride) {
        return new ConvolutionLayer.Builder(kernel, kernel).stride(stride, stride).nOut(ch)
                .activation(Activation.IDENTITY).hasBias(false).build();
    }

    @Override
    public List<SplitPoint> splitPoints() {
        return splits;
    }

    @Override
    public List<FloatMatrix> activations(FloatMatrix x) {
        List<List<FloatMatrix>> parts = new ArrayList<>();
        for (int s = 1; s < splits.size(); s++) {
            parts.add(new ArrayList<>());
        }
        for (int from = 0; from < x.rows(); from += INFERENCE_CHUNK) {
            Map<String, INDArray> acts = graph.feedForward(chunk(x, from), false);
            parts.get(0).add(MatrixConversion.toMatrix(acts.get(FEATURES)));
            for (int h = 0; h < headLayers.size(); h++) {
                parts.get(h + 1).add(MatrixConversion.toMatrix(acts.get(headLayers.get(h))));
            }
        }
        List<FloatMatrix> out = new ArrayList<>(splits.size());
        out.add(x);
        parts.forEach(p -> out.add(FloatMatrix.stackRows(p)));
        return out;
    }

    @Override
    public double fitBatch(FloatMatrix x, FloatMatrix y) {
        graph.fit(new INDArray[] {MatrixConversion.toNd(x, inputs, "inputs")},
                new INDArray[] {MatrixConversion.toNd(y, outputs, "targets")});
        return graph.score();
    }

    @Override
    public double loss(FloatMatrix x, FloatMatrix y) {
        double sum = 0;
        for (int from = 0; from < x.rows(); from += INFERENCE_CHUNK) {
            int to = Math.min(x.rows(), from + INFERENCE_CHUNK);
            sum += graph.score(new DataSet(chunk(x, from), MatrixConversion.toNd(y.rowRange(from, to), outputs,
                    "targets")), false) * (to - from);
        }
        return sum / x.rows();
    }

    @Override
    public FloatMatrix output(FloatMatrix x) {
        List<FloatMatrix> parts = new ArrayList<>();
        for (int from = 0; from < x.rows(); from += INFERENCE_CHUNK) {
            parts.add(MatrixConversion.toMatrix(graph.outputSingle(false, chunk(x, from))));
        }
        return FloatMatrix.stackRows(parts);
    }

    /** Rows from..from+chunk of the inputs: inference runs in chunks so that activation memory stays bounded. */
    private INDArray chunk(FloatMatrix x, int from) {
        return MatrixConversion.toNd(x.rowRange(from, Math.min(x.rows(), from + INFERENCE_CHUNK)), inputs, "inputs");
    }

    @Override
    public void setLearningRate(double learningRate) {
        graph.setLearningRate(learningRate);
    }

    @Override
    public long parameterCount() {
        return graph.numParams();
    }

    @Override
    public void save(Path file) {
        try {
            ModelSerializer.writeModel(graph, file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
