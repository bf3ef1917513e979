package org.deepfreq.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.deepfreq.data.FloatMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidualNetworkTest {

    private static final int[] IMAGE = {3, 8, 8};

    @TempDir
    Path dir;

    @Test
    void standardResNet18HasTheKnownParameterCountAndSplitShapes() {
        // CIFAR ResNet18 convolutions (no bias) + BN: 11,168,832 trainable parameters; head 512-256-128-10 adds
        // 131,328 + 32,896 + 1,290.
        NetworkSpec spec = NetworkSpec.resnet18(64, 8, true);
        SplitNetwork net = Networks.create(spec, new int[] {3, 32, 32}, 10, 1e-3, 1);
        assertThat(NetworkSize.of(spec, new int[] {3, 32, 32}, 10).parameters())
                .isCloseTo(net.parameterCount(), org.assertj.core.api.Assertions.withinPercentage(1));
        assertThat(net.splitPoints()).extracting(SplitPoint::name).containsExactly("input", "features", "fc1", "fc2");
        List<FloatMatrix> acts = net.activations(FloatMatrix.zeros(2, 3 * 32 * 32));
        assertThat(acts).extracting(FloatMatrix::cols).containsExactly(3072, 512, 256, 256);
        assertThat(acts).extracting(FloatMatrix::rows).containsOnly(2);
    }

    @Test
    void removingBlocksShrinksTheFeatureSplitFromTheDeepestStage() {
        assertThat(featureWidth(7)).isEqualTo(8 * 8); // -1: stage 4 keeps one block of 8·width channels
        assertThat(featureWidth(6)).isEqualTo(4 * 8); // -2: stage 4 gone
        assertThat(featureWidth(4)).isEqualTo(2 * 8); // -4: stages 3 and 4 gone
        assertThat(featureWidth(1)).isEqualTo(8);
    }

    private static int featureWidth(int blocks) {
        SplitNetwork net = Networks.create(NetworkSpec.resnet18(8, blocks, true), IMAGE, 4, 1e-3, 1);
        return net.activations(FloatMatrix.zeros(1, 192)).get(1).cols();
    }

    @Test
    void plainVariantHasFewerParametersThanResidualOneOnlyByTheProjections() {
        long residual = Networks.create(NetworkSpec.resnet18(8, 8, true), IMAGE, 4, 1e-3, 1).parameterCount();
        long plain = Networks.create(NetworkSpec.resnet18(8, 8, false), IMAGE, 4, 1e-3, 1).parameterCount();
        // three 1×1 projections (8→16, 16→32, 32→64) with batch norm (4 parameters per channel, 2 trainable)
        long projections = 8 * 16 + 16 * 32 + 32 * 64;
        assertThat(residual - plain).isBetween(projections, projections + 4L * (16 + 32 + 64));
    }

    @Test
    void trainingOnTwoSeparableClassesLowersTheLoss() {
        Random rnd = new Random(5);
        int n = 64;
        float[] x = new float[n * 192];
        float[] y = new float[n * 2];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            for (int j = 0; j < 192; j++) {
                x[i * 192 + j] = (float) (rnd.nextGaussian() * 0.3 + (label == 0 ? (j < 96 ? 1 : 0) : (j < 96 ? 0 : 1)));
            }
            y[i * 2 + label] = 1;
        }
        FloatMatrix fx = new FloatMatrix(n, 192, x);
        FloatMatrix fy = new FloatMatrix(n, 2, y);
        SplitNetwork net = Networks.create(NetworkSpec.resnet18(4, 4, true), IMAGE, 2, 3e-3, 2);
        double before = net.loss(fx, fy);
        for (int step = 0; step < 15; step++) {
            net.fitBatch(fx, fy);
        }
        assertThat(net.loss(fx, fy)).isLessThan(before * 0.5);
        float[] probs = net.output(fx.rowRange(0, 1)).data();
        assertThat(probs[0] + probs[1]).isCloseTo(1f, within(1e-5f));
    }

    @Test
    void checkpointRoundTripKeepsOutputsAndInferenceIsChunked() {
        NetworkSpec spec = NetworkSpec.resnet18(4, 3, false);
        SplitNetwork net = Networks.create(spec, IMAGE, 3, 1e-3, 3);
        Random rnd = new Random(1);
        float[] x = new float[600 * 192];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextFloat();
        }
        FloatMatrix fx = new FloatMatrix(600, 192, x); // more rows than one inference chunk
        net.save(dir.resolve("net.zip"));
        SplitNetwork back = Networks.load(spec, dir.resolve("net.zip"), IMAGE);
        FloatMatrix out = net.output(fx);
        assertThat(out.rows()).isEqualTo(600);
        assertThat(back.output(fx).data()).containsExactly(out.data());
        float[] alone = net.output(fx.rowRange(590, 600)).data();
        float[] inChunk = out.rowRange(590, 600).data();
        for (int i = 0; i < alone.length; i++) {
            assertThat(alone[i]).isCloseTo(inChunk[i], within(1e-5f));
        }
    }

    @Test
    void flatDataIsRefusedWithAHint() {
        assertThatThrownBy(() -> Networks.create(NetworkSpec.resnet18(8, 8, true), new int[] {1}, 1, 1e-3, 1))
                .hasMessageContaining("ResNet18 needs image data").hasMessageContaining("fully connected");
        assertThatThrownBy(() -> NetworkSpec.resnet18(8, 9, true)).hasMessageContaining("between 1 and 8");
    }
}
