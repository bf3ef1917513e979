package org.deepfreq.experiment;

import java.util.List;
import java.util.stream.IntStream;

import org.deepfreq.data.SyntheticTargets;
import org.deepfreq.model.LossKind;
import org.deepfreq.model.NetworkSpec;
import org.deepfreq.spectrum.GridKind;

/**
 * The paper's experiments (docs/design.md section 3) in its settings, each with a "-demo" variant that shows the
 * effect on a 2-core CPU within minutes.
 */
public final class Presets {

    /**
     * 1/δ grid for MNIST inputs and tanh hidden layers normalised to [−1, 1]: log-spaced, both ends chosen from the
     * distances of all splits at epoch 0 (the numbers here only stand until then). Up to 1,000 epochs: measured at
     * {@code rdf-every=auto}.
     */
    private static final RdfSettings MNIST_RDF = auto(new RdfSettings(0.01, 2, 100, 2000, true))
            .withEvery(RdfSchedule.AUTO);
    /**
     * 1/δ grid for 1-D inputs and tanh hidden layers, each dimension normalised to [−1, 1]: the hidden splits' squared
     * distances are ~50× those of the input, so one window needs a log grid from automatic ends. Thousands of
     * epochs of a few milliseconds each: measured at {@code rdf-every=auto}.
     */
    private static final RdfSettings ONE_D_RDF = auto(new RdfSettings(0.2, 150, 120, 1001, true))
            .withEvery(RdfSchedule.AUTO);

    /** 1/δ grid for the ResNet head input (pooled ReLU features, each dimension normalised to [−1, 1]). */
    private static final RdfSettings RESNET_RDF = auto(new RdfSettings(0.01, 5, 100, 2000, true));
    private static final RdfSettings RESNET_DEMO_RDF = auto(new RdfSettings(0.01, 5, 100, 1000, true));
    /** The paper's schedule: 1e-3 for epochs 1-40, 1e-4 for 41-60, 1e-5 for 61-80. */
    private static final List<LearningRateStep> PAPER_RESNET_SCHEDULE = List.of(new LearningRateStep(1, 1e-3),
            new LearningRateStep(41, 1e-4), new LearningRateStep(61, 1e-5));
    /** The paper's schedule compressed to 8 epochs (the same halves and quarters). */
    private static final List<LearningRateStep> DEMO_RESNET_SCHEDULE = List.of(new LearningRateStep(1, 1e-3),
            new LearningRateStep(5, 1e-4), new LearningRateStep(7, 1e-5));
    /** The paper's variants −1..−4: 7..4 of ResNet18's 8 basic blocks kept. */
    private static final Preset.Sweep BLOCK_VARIANTS = new Preset.Sweep("blocks", List.of("7", "6", "5", "4"));

    private static final Preset RESNET18_VARIANTS = Preset.sweep("resnet18-variants", BLOCK_VARIANTS)
            .description("The paper's ResNet18 variants on CIFAR-10: ResNet18 (stem 64 channels) with "
                    + "1..4 basic blocks removed from the deepest stage (-1..-4: blocks=7..4), run one after "
                    + "another (or one, with --set blocks=N), fixed head 256-256-10 (ReLU, softmax, "
                    + "cross-entropy), Adam, batch 256, lr 1e-3 (epochs 1-40), 1e-4 (41-60), 1e-5 (61-80), "
                    + "40,000 train / 10,000 validation. RDF of the head's input (the learning component) on "
                    + "2,000 training images.")
            .settings("cifar10", 40_000, 10_000, NetworkSpec.resnet18(64, 7, true), PAPER_RESNET_SCHEDULE,
                    256, 80, 0, RESNET_RDF, 1);

    private static final Preset RESNET18_VARIANTS_DEMO = Preset.sweep("resnet18-variants-demo", BLOCK_VARIANTS)
            .description("resnet18-variants scaled for a 2-core CPU: stem 8 channels instead of 64 (stages "
                    + "8-16-32-64, head 32-32), Fashion-MNIST 28×28 instead of CIFAR-10 (use --set "
                    + "dataset=cifar10 when its files are prepared), 4,000 train / 1,000 validation, batch 64, "
                    + "8 epochs: lr 1e-3 (1-4), 1e-4 (5-6), 1e-5 (7-8), RDF on 1,000 images.")
            .settings("fashion-mnist", 4_000, 1_000, NetworkSpec.resnet18(8, 7, true), DEMO_RESNET_SCHEDULE,
                    64, 8, 0, RESNET_DEMO_RDF, 1);

    /** rdf-sin's targets: sin(kπx), k = 1..5, on as many points of [−1, 1] as the config's training size. */
    private static final Preset.RdfTargets SINE_TARGETS = new Preset.RdfTargets("RDF of sin(kπx), k = 1..5",
            c -> IntStream.rangeClosed(1, 5).mapToObj(k -> SyntheticTargets.sinKPiX(k, c.trainSize())).toList());

    private static final List<Preset> ALL = List.of(
            Preset.train("mnist-dnn")
                    .description("The paper's MNIST DNN: FC 784-500-500-500-500-500-10, tanh, linear output, MSE on "
                            + "one-hot labels, Adam lr 1e-5, batch 256, 30,000 training images, stop when loss < 1e-2. "
                            + "RDF of input and h1..h5 on 2,000 training images at about 40 epochs spread over the run "
                            + "(rdf-every=auto; rdf-every=1 for every epoch).")
                    .settings("mnist", 30_000, 10_000, new NetworkSpec(5, 500, "tanh", LossKind.MSE),
                            List.of(new LearningRateStep(1, 1e-5)), 256, 1000, 1e-2, MNIST_RDF, 1),
            Preset.train("mnist-dnn-demo")
                    .description("mnist-dnn scaled for a 2-core CPU: same depth (5 hidden tanh layers, MSE), "
                            + "width 100 instead of 500, 3,000 training images, lr 1e-3 instead of 1e-5, batch 64, at "
                            + "most 30 epochs, RDF on 1,000 images.")
                    .settings("mnist", 3_000, 1_000, new NetworkSpec(5, 100, "tanh", LossKind.MSE),
                            List.of(new LearningRateStep(1, 1e-3)), 64, 30, 1e-2,
                            auto(new RdfSettings(0.01, 2, 100, 1000, true)), 1),
            RESNET18_VARIANTS,
            RESNET18_VARIANTS_DEMO,
            Preset.sweep("vanishing-gradient", BLOCK_VARIANTS)
                    .description("The ResNet18 variants of resnet18-variants without skip connections (plain "
                            + "convolutional networks of the same depth), in the same settings: how the vanishing "
                            + "gradient changes convergence and the learning component's RDF.")
                    .settingsOf(RESNET18_VARIANTS.config().with("residual", "false")),
            Preset.sweep("vanishing-gradient-demo", BLOCK_VARIANTS)
                    .description("vanishing-gradient scaled as resnet18-variants-demo (stem 8 channels, "
                            + "Fashion-MNIST, 4,000 train, 8 epochs).")
                    .settingsOf(RESNET18_VARIANTS_DEMO.config().with("residual", "false")),
            Preset.sweep("depth-1d", new Preset.Sweep("depth", List.of("1", "2", "3", "4", "5", "6")))
                    .description("1-D depth experiment: MLPs of equal width 200 (tanh) with 1..6 hidden layers, one "
                            + "after another, fit cos(3x)+cos(5x) on 1,001 points of [-π, π] with MSE, full batch, "
                            + "Adam lr 1e-3, until the loss is below 1e-4; the table gives the epochs each depth "
                            + "needed (one depth with --set depth=L). Output and target spectra are recorded every "
                            + "epoch, the RDF of every split at about 40 epochs spread over the run (rdf-every=auto).")
                    .settings("cos3x+cos5x", 1001, 0, new NetworkSpec(4, 200, "tanh", LossKind.MSE),
                            List.of(new LearningRateStep(1, 1e-3)), 1001, 5000, 1e-4, ONE_D_RDF, 1),
            Preset.sweep("depth-1d-demo", new Preset.Sweep("depth", List.of("1", "2", "3", "4")))
                    .description("depth-1d scaled for a 2-core CPU: width 50, 400 points, lr 3e-3, at most 300 "
                            + "epochs, stop when loss < 1e-3, depths 1..4 (one with --set depth=L).")
                    .settings("cos3x+cos5x", 400, 0, new NetworkSpec(3, 50, "tanh", LossKind.MSE),
                            List.of(new LearningRateStep(1, 3e-3)), 400, 300, 1e-3,
                            auto(new RdfSettings(0.2, 150, 120, 400, true)), 1),
            Preset.rdfOnly("rdf-sin", SINE_TARGETS)
                    .description("No training: the RDF of sin(kπx), k = 1..5, on 400 points of [-1, 1] (1/δ from 1 "
                            + "to 600 in 120 steps); the peak moves right as k grows.")
                    .settings("sin1pix", 400, 0, new NetworkSpec(1, 1, "identity", LossKind.MSE),
                            List.of(new LearningRateStep(1, 1e-3)), 400, 1, 0, new RdfSettings(1, 600, 120, 400, false),
                            1));

    private Presets() {
    }

    /** {@code settings} on a log grid whose two ends are chosen at epoch 0 ({@link AutoRangeChoice}). */
    private static RdfSettings auto(RdfSettings settings) {
        return settings.withGridKind(GridKind.LOG).withAuto(true, true);
    }

    public static List<Preset> all() {
        return ALL;
    }

    /** The preset of that name; an unknown name is bad input, and the message lists the names. */
    public static Preset named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown preset '" + name + "': choose one of "
                        + ALL.stream().map(Preset::name).toList() + " (deepfreq train --list describes them)"));
    }
}
