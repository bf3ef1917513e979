package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.deepfreq.app.RunFactory;
import org.deepfreq.data.DatasetCatalog;
import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.model.LossKind;
import org.deepfreq.model.NetworkSpec;
import org.deepfreq.spectrum.RdfEngine;

/** Small synthetic problems for training tests: a 2-class problem in 4-D, generated from a seed. */
final class TinyData {

    private TinyData() {
    }

    static LabeledDataset classes(String name, int n, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        float[] x = new float[n * 4];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            for (int j = 0; j < 4; j++) {
                x[i * 4 + j] = (float) (rnd.nextGaussian() * 0.5 + (y[i] == 0 ? -0.5 : 0.5));
            }
        }
        return new LabeledDataset(name, new FloatMatrix(n, 4, x), null, y, new int[] {4}, List.of("a", "b"));
    }

    /** Two classes of 1×8×8 images: bright left half or bright right half, with noise. */
    static LabeledDataset images(String name, int n, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        float[] x = new float[n * 64];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            for (int p = 0; p < 64; p++) {
                boolean left = p % 8 < 4;
                x[i * 64 + p] = (float) (rnd.nextGaussian() * 0.2 + (left == (y[i] == 0) ? 1 : 0));
            }
        }
        return new LabeledDataset(name, new FloatMatrix(n, 64, x), null, y, new int[] {1, 8, 8}, List.of("l", "r"));
    }

    /** A run factory over {@link #catalog()}, measuring the RDF with two threads. */
    static RunFactory factory() {
        return new RunFactory(catalog(), Path.of("unused"), new RdfEngine(2, RdfEngine.DEFAULT_MEMORY_BUDGET, 0));
    }

    /** A run of {@link #config}({@code epochs}, 1e-2) writing into {@code folder}, not started yet. */
    static TrainingRun run(Path folder, int epochs) {
        return factory().create(config(epochs, 1e-2), folder).run();
    }

    static DatasetCatalog catalog() {
        return new DatasetCatalog() {
            @Override
            public List<String> names() {
                return List.of("tiny", "tiny-images");
            }

            @Override
            public TrainValidation load(String name, int trainSize, int validationSize, long seed) {
                if (name.equals("tiny-images")) {
                    return new TrainValidation(images(name, trainSize, seed), images(name, validationSize, seed + 1));
                }
                return new TrainValidation(classes("tiny", trainSize, seed), validationSize == 0 ? null
                        : classes("tiny", validationSize, seed + 1));
            }
        };
    }

    /** A 3-block ResNet (stem 4 channels) on {@link #images}. */
    static ExperimentConfig resnetConfig(int epochs, boolean residual) {
        return new ExperimentConfig("tiny-resnet", "tiny-images", 64, 32, NetworkSpec.resnet18(4, 3, residual),
                List.of(new LearningRateStep(1, 3e-3)), 16, epochs, 0, new RdfSettings(0.05, 5, 12, 32, true), 7);
    }

    static ExperimentConfig config(int epochs, double lr) {
        return new ExperimentConfig("tiny", "tiny", 128, 64, new NetworkSpec(2, 16, "tanh", LossKind.MSE),
                List.of(new LearningRateStep(1, lr)), 16, epochs, 0, new RdfSettings(0.05, 20, 12, 64, true), 7);
    }

    /** Starts {@code run}, waits up to two minutes for it to end and returns every epoch it finished, in order. */
    static List<EpochResult> epochsOf(TrainingRun run) throws InterruptedException {
        List<EpochResult> out = new CopyOnWriteArrayList<>();
        run.addListener(e -> {
            if (e instanceof RunEvent.EpochFinished f) {
                out.add(f.result());
            }
        });
        run.start();
        assertThat(run.awaitTermination(Duration.ofMinutes(2))).isTrue();
        return out;
    }
}
