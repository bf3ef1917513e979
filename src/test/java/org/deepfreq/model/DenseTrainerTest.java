package org.deepfreq.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.deepfreq.data.FloatMatrix;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lean training step computes what DL4J's {@code MultiLayerNetwork.fit} computes. */
class DenseTrainerTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"tanh,MSE", "relu,CROSS_ENTROPY", "sigmoid,MSE", "elu,MSE", "sigmoid,CROSS_ENTROPY"})
    void leanStepsGiveDl4jsLossesAndParameters(String activation, LossKind loss) {
        FullyConnectedNetwork dl4j = FullyConnectedNetwork.create(20, 4, new NetworkSpec(3, 16, activation, loss), 1e-2, 7)
                .useDl4jFit(true);
        FullyConnectedNetwork lean = dl4j.copy().useDl4jFit(false);
        assertThat(lean.parameters()).containsExactly(dl4j.parameters());
        SplittableRandom rnd = new SplittableRandom(3);
        // full batches, then a smaller last one, then a full one again (buffers per minibatch size)
        for (int rows : new int[] {32, 32, 32, 11, 32}) {
            FloatMatrix x = random(rnd, rows, 20);
            FloatMatrix y = oneHot(rnd, rows, 4);
            double expected = dl4j.fitBatch(x, y);
            double actual = lean.fitBatch(x, y);
            assertThat(actual).isCloseTo(expected, within(1e-5 * Math.abs(expected)));
            float[] want = dl4j.parameters();
            float[] got = lean.parameters();
            assertThat(got).hasSameSizeAs(want);
            for (int i = 0; i < want.length; i++) {
                assertThat(got[i]).as("parameter %d after a %d-row step", i, rows).isCloseTo(want[i], within(2e-5f));
            }
        }
        // the steps moved the parameters by Adam's step size (lr per step), so equality above is not trivial
        assertThat(maxDifference(dl4j.parameters(), FullyConnectedNetwork.create(20, 4,
                new NetworkSpec(3, 16, activation, loss), 1e-2, 7).parameters())).isGreaterThan(0.02);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tanh", "sigmoid"})
    void layersLargeEnoughToBeSplitOverThreadsStillGiveDl4jsStep(String activation) {
        // 128 rows × 300 units is above RowParts.PARALLEL_ELEMENTS: bias, activation, derivative, bias gradient and
        // Adam run in parts on several threads
        assertThat(128 * 300).isGreaterThanOrEqualTo(RowParts.PARALLEL_ELEMENTS);
        FullyConnectedNetwork dl4j = FullyConnectedNetwork.create(64, 10, new NetworkSpec(2, 300, activation, LossKind.MSE),
                1e-3, 5).useDl4jFit(true);
        FullyConnectedNetwork lean = dl4j.copy().useDl4jFit(false);
        SplittableRandom rnd = new SplittableRandom(8);
        for (int step = 0; step < 3; step++) {
            FloatMatrix x = random(rnd, 128, 64);
            FloatMatrix y = oneHot(rnd, 128, 10);
            double expected = dl4j.fitBatch(x, y);
            assertThat(lean.fitBatch(x, y)).isCloseTo(expected, within(1e-5 * Math.abs(expected)));
        }
        assertThat(maxDifference(lean.parameters(), dl4j.parameters())).isLessThan(2e-5);
        FloatMatrix x = random(rnd, 128, 64);
        List<FloatMatrix> want = dl4j.activations(x);
        List<FloatMatrix> got = lean.activations(x);
        for (int s = 0; s < want.size(); s++) {
            assertThat(maxDifference(got.get(s).data(), want.get(s).data())).as("split %d", s).isLessThan(1e-5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tanh", "relu", "sigmoid", "elu"})
    void leanActivationsAreDl4jsFeedForward(String activation) {
        FullyConnectedNetwork dl4j = FullyConnectedNetwork.create(12, 3, new NetworkSpec(4, 9, activation, LossKind.MSE),
                1e-3, 11).useDl4jFit(true);
        FullyConnectedNetwork lean = dl4j.copy().useDl4jFit(false);
        FloatMatrix x = random(new SplittableRandom(5), 40, 12);
        List<FloatMatrix> want = dl4j.activations(x);
        List<FloatMatrix> got = lean.activations(x);
        assertThat(got).hasSameSizeAs(want);
        for (int s = 0; s < want.size(); s++) {
            assertThat(got.get(s).cols()).isEqualTo(want.get(s).cols());
            assertThat(maxDifference(got.get(s).data(), want.get(s).data())).as("split %d", s).isLessThan(1e-6);
        }
        assertThat(maxDifference(lean.output(x).data(), dl4j.output(x).data())).isLessThan(1e-6);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"tanh,MSE", "relu,CROSS_ENTROPY"})
    void leanLossAndOutputsOverSeveralChunksAreDl4js(String activation, LossKind loss) {
        FullyConnectedNetwork dl4j = FullyConnectedNetwork.create(6, 3, new NetworkSpec(2, 7, activation, loss), 1e-3, 2)
                .useDl4jFit(true);
        FullyConnectedNetwork lean = dl4j.copy().useDl4jFit(false);
        // two whole chunks and a part of one: the rows of each chunk must meet their own targets
        int rows = 2 * DenseTrainer.EVALUATION_ROWS + 37;
        SplittableRandom rnd = new SplittableRandom(6);
        FloatMatrix x = random(rnd, rows, 6);
        FloatMatrix y = oneHot(rnd, rows, 3);
        double expected = dl4j.loss(x, y);
        assertThat(lean.loss(x, y)).isCloseTo(expected, within(1e-6 * Math.abs(expected)));
        FloatMatrix got = lean.output(x);
        assertThat(got.rows()).isEqualTo(rows);
        assertThat(maxDifference(got.data(), dl4j.output(x).data())).isLessThan(1e-6);
        // a training step between two evaluations is not disturbed by them (separate buffers)
        FloatMatrix bx = random(rnd, rows % 64, 6);
        FloatMatrix by = oneHot(rnd, rows % 64, 3);
        double step = dl4j.fitBatch(bx, by);
        assertThat(lean.fitBatch(bx, by)).isCloseTo(step, within(1e-5 * Math.abs(step)));
        assertThat(lean.loss(x, y)).isCloseTo(dl4j.loss(x, y), within(1e-6 * Math.abs(expected)));
    }

    @ParameterizedTest(name = "resumed from a {0} checkpoint")
    @CsvSource({"lean", "dl4j"})
    void checkpointKeepsAdamStateAndIterationCount(String writer) {
        FullyConnectedNetwork net = FullyConnectedNetwork.create(10, 2, new NetworkSpec(2, 8, "tanh", LossKind.MSE), 1e-2, 4)
                .useDl4jFit(writer.equals("dl4j"));
        SplittableRandom rnd = new SplittableRandom(9);
        for (int i = 0; i < 3; i++) {
            net.fitBatch(random(rnd, 16, 10), oneHot(rnd, 16, 2));
        }
        net.save(dir.resolve("net.zip"));
        FullyConnectedNetwork resumed = FullyConnectedNetwork.load(dir.resolve("net.zip")).useDl4jFit(false);
        FullyConnectedNetwork continued = net.useDl4jFit(false);
        FloatMatrix x = random(rnd, 16, 10);
        FloatMatrix y = oneHot(rnd, 16, 2);
        assertThat(resumed.fitBatch(x, y)).isEqualTo(continued.fitBatch(x, y));
        assertThat(resumed.parameters()).containsExactly(continued.parameters());
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs((double) a[i] - b[i]));
        }
        return max;
    }

    private static FloatMatrix random(SplittableRandom rnd, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rnd.nextDouble(-1, 1);
        }
        return new FloatMatrix(rows, cols, v);
    }

    private static FloatMatrix oneHot(SplittableRandom rnd, int rows, int classes) {
        float[] v = new float[rows * classes];
        for (int i = 0; i < rows; i++) {
            v[i * classes + rnd.nextInt(classes)] = 1;
        }
        return new FloatMatrix(rows, classes, v);
    }
}
