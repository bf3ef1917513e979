package org.deepfreq.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.deepfreq.data.FloatMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullyConnectedNetworkTest {

    @TempDir
    Path dir;

    @Test
    void paperMnistNetExposesInputAndFiveHiddenSplitsWithTheirShapes() {
        FullyConnectedNetwork net = FullyConnectedNetwork.create(784, 10, new NetworkSpec(5, 500, "tanh", LossKind.MSE),
                1e-5, 1);
        assertThat(net.splitPoints()).extracting(SplitPoint::name).containsExactly("input", "h1", "h2", "h3", "h4", "h5");
        assertThat(net.parameterCount()).isEqualTo(784L * 500 + 500 + 4L * (500 * 500 + 500) + 500 * 10 + 10);
        List<FloatMatrix> acts = net.activations(FloatMatrix.zeros(7, 784));
        assertThat(acts).extracting(FloatMatrix::rows).containsOnly(7);
        assertThat(acts).extracting(FloatMatrix::cols).containsExactly(784, 500, 500, 500, 500, 500);
        assertThat(net.output(FloatMatrix.zeros(3, 784)).cols()).isEqualTo(10);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: sd {1}, bound {2}")
    @org.junit.jupiter.params.provider.CsvSource({"XAVIER,0.0632456,0", "LECUN_NORMAL,0.1,0", "HE,0.1414214,0",
        "UNIFORM_FAN_IN,0.0577350,0.1"})
    void initSchemeDrawsTheFirstLayerWithItsVariance(InitScheme init, double sd, double bound) {
        // identity activation, inputs e_1..e_100: the first split's activations are the weight rows of layer 1
        // (fan_in 100, fan_out 400): sd √(2/500), √(1/100), √(2/100), and 0.1/√3 for U(±0.1)
        NetworkSpec spec = new NetworkSpec(1, 400, "identity", LossKind.MSE).withInit(init);
        FullyConnectedNetwork net = FullyConnectedNetwork.create(100, 1, spec, 1e-3, 5);
        float[] eye = new float[100 * 100];
        for (int i = 0; i < 100; i++) {
            eye[i * 100 + i] = 1;
        }
        float[] w = net.activations(new FloatMatrix(100, 100, eye)).get(1).data();
        double sum = 0;
        double sq = 0;
        double max = 0;
        for (float v : w) {
            sum += v;
            sq += (double) v * v;
            max = Math.max(max, Math.abs(v));
        }
        double mean = sum / w.length;
        assertThat(Math.sqrt(sq / w.length - mean * mean)).isCloseTo(sd, org.assertj.core.api.Assertions.within(sd * 0.03));
        if (bound > 0) {
            assertThat(max).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void oneDimensionalMlpSplitsHaveTheWidthAndTanhRange() {
        FullyConnectedNetwork net = FullyConnectedNetwork.create(1, 1, new NetworkSpec(3, 20, "tanh", LossKind.MSE), 1e-3, 2);
        float[] x = {-3, -1, 0, 1, 3};
        List<FloatMatrix> acts = net.activations(new FloatMatrix(5, 1, x));
        assertThat(acts).hasSize(4);
        assertThat(acts.get(0).data()).containsExactly(x);
        for (FloatMatrix h : acts.subList(1, 4)) {
            assertThat(h.cols()).isEqualTo(20);
            for (float v : h.data()) {
                assertThat(v).isBetween(-1f, 1f);
            }
        }
    }

    @Test
    void checkpointRoundTripKeepsOutputs() {
        FullyConnectedNetwork net = FullyConnectedNetwork.create(3, 2, new NetworkSpec(2, 8, "relu", LossKind.CROSS_ENTROPY),
                1e-3, 3);
        FloatMatrix x = new FloatMatrix(2, 3, new float[] {0.1f, 0.2f, 0.3f, -1, 0, 1});
        net.save(dir.resolve("net.zip"));
        FullyConnectedNetwork back = FullyConnectedNetwork.load(dir.resolve("net.zip"));
        assertThat(back.output(x).data()).containsExactly(net.output(x).data());
        float[] probs = back.output(x).data();
        assertThat(probs[0] + probs[1]).isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-5f));
    }

    @Test
    void wrongInputWidthIsAClearError() {
        FullyConnectedNetwork net = FullyConnectedNetwork.create(4, 2, new NetworkSpec(1, 3, "tanh", LossKind.MSE), 1e-3, 1);
        assertThatThrownBy(() -> net.activations(FloatMatrix.zeros(2, 5)))
                .hasMessageContaining("inputs have 5 columns but the network expects 4");
        assertThatThrownBy(() -> new NetworkSpec(2, 10, "swishy", LossKind.MSE)).hasMessageContaining("unknown activation");
    }
}
