package org.deepfreq.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.SyntheticTargets;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.model.FullyConnectedNetwork;
import org.deepfreq.model.InitScheme;
import org.deepfreq.model.LossKind;
import org.deepfreq.model.NetworkSpec;
import org.deepfreq.spectrum.RdfEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What quick mode shrinks to fit its time: fewer RDF measurements where the rules do not read them, and the depth
 * sweep's epoch count without a second forward pass. The rules' inputs must stay the same.
 */
class QuickClaimSettingsTest {

    @TempDir
    Path out;

    private ReproduceContext quick() {
        return new ReproduceContext(ReproduceMode.QUICK, out, new DatasetDirectory(out.resolve("no-data")),
                RdfEngine.withDefaults(), line -> { }, FigureRenderer.NONE);
    }

    private static List<Integer> measured(ExperimentConfig c) {
        return IntStream.rangeClosed(0, c.maxEpochs()).filter(e -> c.rdf().every().measures(e, c.maxEpochs()))
                .boxed().toList();
    }

    @Test
    void quickMnistMeasuresTheRdfAtEpochZeroEveryFifthEpochAndTheLast() {
        ExperimentConfig c = MnistDnnClaim.config(quick());
        assertThat(c.maxEpochs()).isEqualTo(30);
        assertThat(measured(c)).containsExactly(0, 5, 10, 15, 20, 25, 30);
        // everything else is the demo preset's, which measures every epoch
        ExperimentConfig preset = Presets.named("mnist-dnn-demo").config();
        assertThat(measured(preset)).hasSize(31);
        assertThat(c.with("rdf-every", "1")).isEqualTo(preset);
    }

    @Test
    void quickResNetRunsMeasureTheRdfAtEpochZeroAndTheLastEpochOnly() {
        for (String preset : List.of("resnet18-variants-demo", "vanishing-gradient-demo")) {
            ExperimentConfig c = ResNetVariantsClaim.base(quick(), Presets.named(preset));
            assertThat(c.maxEpochs()).isEqualTo(4);
            assertThat(measured(c)).as(preset).containsExactly(0, 4);
        }
    }

    @Test
    void fullModeKeepsThePresetsSchedules() {
        ReproduceContext full = new ReproduceContext(ReproduceMode.FULL, out, new DatasetDirectory(out.resolve("x")),
                RdfEngine.withDefaults(), line -> { }, FigureRenderer.NONE);
        assertThat(MnistDnnClaim.config(full)).isEqualTo(Presets.named("mnist-dnn").config());
        assertThat(ResNetVariantsClaim.base(full, Presets.named("resnet18-variants")).rdf().every())
                .isEqualTo(Presets.named("resnet18-variants").config().rdf().every());
    }

    /** The count the sweep reported before: one update, then the full-batch loss by a separate forward pass. */
    private static int fitThenLoss(LabeledDataset data, int depth, DepthSweepClaim.Settings s, long seed,
            InitScheme init) {
        FullyConnectedNetwork net = FullyConnectedNetwork.create(1, 1, new NetworkSpec(depth, s.width(), "tanh",
                LossKind.MSE).withInit(init), s.learningRate(), seed);
        for (int epoch = 1; epoch <= s.maxEpochs(); epoch++) {
            net.fitBatch(data.features(), data.targets());
            if (net.loss(data.features(), data.targets()) < s.threshold()) {
                return epoch;
            }
        }
        return s.maxEpochs() + 1;
    }

    @Test
    void depthSweepCountsTheSameEpochsAsAnUpdateFollowedByASeparateLossEvaluation() {
        DepthSweepClaim.Settings s = new DepthSweepClaim.Settings(2, 16, 100, 1e-2, 0.3, 400, List.of(1L, 2L),
                List.of(InitScheme.XAVIER, InitScheme.LECUN_NORMAL));
        LabeledDataset data = SyntheticTargets.cos3xCos5x(s.points());
        int reached = 0;
        for (InitScheme init : s.inits()) {
            for (int depth = 1; depth <= 2; depth++) {
                for (long seed : s.seeds()) {
                    int expected = fitThenLoss(data, depth, s, seed, init);
                    assertThat(expected).isGreaterThan(1); // not at once
                    reached += expected <= s.maxEpochs() ? 1 : 0;
                    assertThat(DepthSweepClaim.epochsToThreshold(data, depth, s, seed, init))
                            .as("%s depth %d seed %d", init, depth, seed).isEqualTo(expected);
                }
            }
        }
        assertThat(reached).as("runs that reach the threshold").isGreaterThanOrEqualTo(4);
        DepthSweepClaim.Settings never = new DepthSweepClaim.Settings(1, 4, 50, 1e-4, 1e-9, 5, List.of(1L),
                List.of(InitScheme.XAVIER));
        assertThat(DepthSweepClaim.epochsToThreshold(SyntheticTargets.cos3xCos5x(50), 1, never, 1L,
                InitScheme.XAVIER)).isEqualTo(6);
    }
}
