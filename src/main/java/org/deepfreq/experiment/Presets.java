package org.deepfreq.experiment;

import java.util.List;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.model.LossKind;
import org.deepfreq.model.NetworkSpec;

/**
 * The paper's experiments (DESIGN.md section 3) in its settings, each with a "-demo" variant that shows the
 * effect on a 2-core CPU within minutes.
 */
public final class Presets {

    /** 1/δ grid for MNIST inputs and tanh hidden layers normalised to [−1, 1]: the peaks lie near 0.15-1 (measured). */
    private static final RdfSettings MNIST_RDF = new RdfSettings(0.01, 2, 60, 2000, true);
    /** 1/δ grid for 1-D inputs and tanh hidden layers, each dimension normalised to [−1, 1]. */
    private static final RdfSettings ONE_D_RDF = new RdfSettings(0.2, 150, 75, 1001, true);

    private static final List<Preset> ALL = List.of(
            new Preset("mnist-dnn", "The paper's MNIST DNN: FC 784-500-500-500-500-500-10, tanh, linear output, MSE on "
                    + "one-hot labels, Adam lr 1e-5, batch 256, 30,000 training images, stop when loss < 1e-2. "
                    + "RDF of input and h1..h5 on 2,000 training images each epoch.",
                    new ExperimentConfig("mnist-dnn", "mnist", 30_000, 10_000, new NetworkSpec(5, 500, "tanh", LossKind.MSE),
                            List.of(new LearningRateStep(1, 1e-5)), 256, 1000, 1e-2, MNIST_RDF, 1), true),
            new Preset("mnist-dnn-demo", "mnist-dnn scaled for a 2-core CPU: same depth (5 hidden tanh layers, MSE), "
                    + "width 100 instead of 500, 3,000 training images, lr 1e-3 instead of 1e-5, batch 64, at most "
                    + "30 epochs, RDF on 1,000 images.",
                    new ExperimentConfig("mnist-dnn-demo", "mnist", 3_000, 1_000, new NetworkSpec(5, 100, "tanh", LossKind.MSE),
                            List.of(new LearningRateStep(1, 1e-3)), 64, 30, 1e-2,
                            new RdfSettings(0.01, 2, 60, 1000, true), 1), true),
            new Preset("depth-1d", "1-D experiment: an MLP of equal width 200 (tanh) fits cos(3x)+cos(5x) on 1,001 "
                    + "points of [-π, π] with MSE, full batch, Adam lr 1e-3; the depth is set with depth=L. "
                    + "Output and target spectra are recorded by the reproduce command.",
                    new ExperimentConfig("depth-1d", "cos3x+cos5x", 1001, 0, new NetworkSpec(4, 200, "tanh", LossKind.MSE),
                            List.of(new LearningRateStep(1, 1e-3)), 1001, 5000, 1e-4, ONE_D_RDF, 1), true),
            new Preset("depth-1d-demo", "depth-1d scaled for a 2-core CPU: width 50, 400 points, lr 3e-3, "
                    + "at most 300 epochs, stop when loss < 1e-3.",
                    new ExperimentConfig("depth-1d-demo", "cos3x+cos5x", 400, 0, new NetworkSpec(3, 50, "tanh", LossKind.MSE),
                            List.of(new LearningRateStep(1, 3e-3)), 400, 300, 1e-3,
                            new RdfSettings(0.2, 150, 75, 400, true), 1), true),
            new Preset("rdf-sin", "No training: the RDF of sin(kπx), k = 1..5, on 400 points of [-1, 1] "
                    + "(1/δ from 1 to 600 in 120 steps); the peak moves right as k grows.",
                    new ExperimentConfig("rdf-sin", "sin1pix", 400, 0, new NetworkSpec(1, 1, "identity", LossKind.MSE),
                            List.of(new LearningRateStep(1, 1e-3)), 400, 1, 0, new RdfSettings(1, 600, 120, 400, false), 1),
                    false));

    private Presets() {
    }

    public static List<Preset> all() {
        return ALL;
    }

    public static Preset named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                new InvalidDataException("unknown preset '" + name + "': choose one of "
                        + ALL.stream().map(Preset::name).toList()));
    }
}
