package org.deepfreq.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Random;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.MatrixFiles;
import org.deepfreq.data.SyntheticTargets;
import org.junit.jupiter.api.Test;

/** The low-pass filter y_low = (K y) / (K 1) agrees with independent references and splits a sum of sines. */
class LowPassFilterTest {

    @Test
    void agreesWithNumpyOnRandomDataWithEitherDistance() throws URISyntaxException {
        // made once by src/test/resources/org/deepfreq/spectrum/filter_reference.py (numpy, float64)
        FloatMatrix x = MatrixFiles.read(resource("filter-x.npy"));
        FloatMatrix y = MatrixFiles.read(resource("filter-y.npy"));
        assertThat(x.rows()).isEqualTo(2000);
        assertThat(x.cols()).isEqualTo(20);
        assertClose(LowPassFilter.apply(x, y, 1.0, true, Distance.SUM).low(),
                MatrixFiles.read(resource("filter-low-sum-normalized-s1.npy")), y);
        assertClose(LowPassFilter.apply(x, y, 1.0, false, Distance.MEAN).low(),
                MatrixFiles.read(resource("filter-low-mean-s1.npy")), y);
    }

    @Test
    void agreesWithANaiveDoublePrecisionFilterAndHighIsTheRest() {
        Random rnd = new Random(7);
        int n = 2000;
        int d = 20;
        float[] xs = new float[n * d];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                xs[i * d + j] = (float) rnd.nextGaussian();
            }
            ys[i] = (float) (Math.sin(2 * xs[i * d]) + 0.3 * rnd.nextGaussian());
        }
        FloatMatrix x = new FloatMatrix(n, d, xs);
        FloatMatrix y = new FloatMatrix(n, 1, ys);
        double s = 0.2;
        LowPassFilter.Parts parts = LowPassFilter.apply(x, y, s, false, Distance.SUM);
        FloatMatrix naive = naiveLow(x, y, s);
        assertClose(parts.low(), naive, y);
        for (int i = 0; i < n; i++) {
            assertThat(parts.high().get(i, 0)).isCloseTo(ys[i] - parts.low().get(i, 0), org.assertj.core.data.Offset
                    .offset(1e-6f));
        }
    }

    @Test
    void aSuitableInverseDeltaKeepsTheLowSineAndRemovesTheHighOne() {
        // K = exp(−s (x_i − x_j)² / 2) is a Gaussian of variance 1/s: it passes sin(kπx) with the factor
        // exp(−(kπ)² / 2s), 0.95 for k = 1 and 0.007 for k = 10 at s = 100
        LabeledDataset sines = SyntheticTargets.grid("sin(πx)+sin(10πx)", 1001, -1, 1,
                v -> Math.sin(Math.PI * v) + Math.sin(10 * Math.PI * v));
        FloatMatrix x = sines.features();
        LowPassFilter.Parts parts = LowPassFilter.apply(x, sines.targets(), 100, false, Distance.SUM);
        double worstLow = 0;
        double worstHigh = 0;
        for (int i = 0; i < x.rows(); i++) {
            double xi = x.get(i, 0);
            if (Math.abs(xi) <= 0.7) { // away from the ends, where the kernel sees only one side
                worstLow = Math.max(worstLow, Math.abs(parts.low().get(i, 0) - Math.sin(Math.PI * xi)));
                worstHigh = Math.max(worstHigh, Math.abs(parts.high().get(i, 0) - Math.sin(10 * Math.PI * xi)));
            }
        }
        assertThat(worstLow).as("y_low − sin(πx)").isLessThan(0.06);
        assertThat(worstHigh).as("y_high − sin(10πx)").isLessThan(0.06);
    }

    @Test
    void badInverseDeltaIsRefused() {
        FloatMatrix x = new FloatMatrix(3, 1, new float[] {0, 1, 2});
        assertThatThrownBy(() -> LowPassFilter.apply(x, x, 0, false, Distance.SUM))
                .hasMessageContaining("1/δ must be a positive number");
        assertThatThrownBy(() -> LowPassFilter.apply(x, x, Double.NaN, false, Distance.SUM))
                .hasMessageContaining("1/δ must be a positive number");
    }

    /** Within float precision of the targets' scale: 2e-6 × max |y| per value. */
    private static void assertClose(FloatMatrix actual, FloatMatrix expected, FloatMatrix y) {
        float scale = 0;
        for (float v : y.data()) {
            scale = Math.max(scale, Math.abs(v));
        }
        assertThat(actual.rows()).isEqualTo(expected.rows());
        assertThat(actual.cols()).isEqualTo(expected.cols());
        double worst = 0;
        for (int i = 0; i < actual.data().length; i++) {
            worst = Math.max(worst, Math.abs(actual.data()[i] - expected.data()[i]));
        }
        assertThat(worst / scale).as("largest difference relative to max |y|").isLessThan(2e-6);
    }

    /** The filter as written, in double precision, one row of the N×N kernel at a time. */
    private static FloatMatrix naiveLow(FloatMatrix x, FloatMatrix y, double s) {
        int n = x.rows();
        float[] low = new float[n];
        for (int i = 0; i < n; i++) {
            double num = 0;
            double den = 0;
            for (int j = 0; j < n; j++) {
                double dist = 0;
                for (int m = 0; m < x.cols(); m++) {
                    double diff = (double) x.get(i, m) - x.get(j, m);
                    dist += diff * diff;
                }
                double k = Math.exp(-s * dist / 2);
                num += k * y.get(j, 0);
                den += k;
            }
            low[i] = (float) (num / den);
        }
        return new FloatMatrix(n, 1, low);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LowPassFilterTest.class.getResource(name).toURI());
    }
}
