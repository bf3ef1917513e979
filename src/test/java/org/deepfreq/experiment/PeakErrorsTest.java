package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeakErrorsTest {

    /** Σ_j x_j e^{−2πijk/n} / n by the definition, term by term. */
    private static double[] directSum(double[] x, int k) {
        int n = x.length;
        double re = 0;
        double im = 0;
        for (int j = 0; j < n; j++) {
            double a = 2 * Math.PI * (double) k * j / n;
            re += x[j] * Math.cos(a);
            im -= x[j] * Math.sin(a);
        }
        return new double[] {re / n, im / n};
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {101, 100, 7, 2})
    void theTransformIsTheDirectSumWithItsPhase(int n) {
        SplittableRandom rnd = new SplittableRandom(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian();
        }
        double[][] c = FourierSpectrum.transform(x);
        assertThat(c[0]).hasSize(n / 2 + 1);
        for (int k = 0; k <= n / 2; k++) {
            double[] d = directSum(x, k);
            assertThat(c[0][k]).as("Re, k=%d", k).isCloseTo(d[0], within(1e-12));
            assertThat(c[1][k]).as("Im, k=%d", k).isCloseTo(d[1], within(1e-12));
        }
    }

    /** sin(x) + 2 sin(3x) + 3 sin(5x) on 101 points of [−5, 5] (the F-Principle paper's 1-D example). */
    private static double[] paperTarget(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(x[i]) + 2 * Math.sin(3 * x[i]) + 3 * Math.sin(5 * x[i]);
        }
        return y;
    }

    private static double[] grid(int n, double a, double b) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a + (b - a) * i / (n - 1);
        }
        return x;
    }

    @Test
    void thePapersTargetHasItsThreePeaksWhereItsFrequenciesFallOnTheIndexGrid() {
        double[] x = grid(101, -5, 5);
        double[] y = paperTarget(x);
        // frequency f (rad per unit x) sits at index f·L/2π with L = n·Δx = 101 · 0.1
        double l = 101 * 0.1;
        PeakErrors p = PeakErrors.of(y, y);
        assertThat(p.frequencies()).containsExactly((int) Math.round(l / (2 * Math.PI)),
                (int) Math.round(3 * l / (2 * Math.PI)), (int) Math.round(5 * l / (2 * Math.PI)));
        for (int i = 0; i < p.size(); i++) {
            assertThat(p.relativeError(i)).isZero();
        }
    }

    @Test
    void theRelativeErrorIsThatOfTheComplexValuesSoAPhaseShiftCounts() {
        double[] x = grid(101, -5, 5);
        double[] y = paperTarget(x);
        SplittableRandom rnd = new SplittableRandom(15);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = 0.7 * y[i] + 0.3 * rnd.nextGaussian();
        }
        PeakErrors p = PeakErrors.of(y, out);
        for (int i = 0; i < p.size(); i++) {
            int k = p.frequencies()[i];
            double[] t = directSum(y, k);
            double[] o = directSum(out, k);
            assertThat(p.targetRe()[i]).isCloseTo(t[0], within(1e-12));
            assertThat(p.outputIm()[i]).isCloseTo(o[1], within(1e-12));
            assertThat(p.relativeError(i)).isCloseTo(Math.hypot(t[0] - o[0], t[1] - o[1]) / Math.hypot(t[0], t[1]),
                    within(1e-12));
        }
        // cos(3·2πj/n) against sin(3·2πj/n): equal magnitudes, a quarter period apart → |1 − (−i)| / 1 = √2
        int n = 64;
        double[] c = new double[n];
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            c[j] = Math.cos(2 * Math.PI * 3 * j / n);
            s[j] = Math.sin(2 * Math.PI * 3 * j / n);
        }
        PeakErrors shifted = PeakErrors.of(c, s);
        assertThat(shifted.frequencies()).containsExactly(3);
        assertThat(FourierSpectrum.magnitudes(s)[3]).isCloseTo(FourierSpectrum.magnitudes(c)[3], within(1e-12));
        assertThat(shifted.relativeError(0)).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @Test
    void smallSideLobesAreNotPeaks() {
        double[] m = {9, 0.2, 1.0, 0.1, 0.04, 0.02, 0.15, 0.01, 0.5, 0.2, 0.3};
        // 1.0 at k=2 and 0.5 at k=8 reach 20 % of the largest (1.0); 0.15 at k=6 does not; k=0 and the last are ends
        assertThat(PeakErrors.peaks(m)).containsExactly(2, 8);
    }

    private static FourierSpectrum spectrum(int epoch, double... errors) {
        int[] k = new int[errors.length];
        double[] one = new double[errors.length];
        double[] zero = new double[errors.length];
        double[] re = new double[errors.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = 2 * i + 3;
            one[i] = 1;
            re[i] = 1 - errors[i]; // |1 − (1 − e)| / 1 = e
        }
        return new FourierSpectrum(epoch, new double[0], new double[0], new PeakErrors(k, one, zero, re, zero));
    }

    @Test
    void theFirstEpochBelowTheThresholdIsFoundPerPeakAndNeverIsMaxValue() {
        List<FourierSpectrum> run = List.of(spectrum(0, 1, 1, 1), spectrum(1, 0.5, 0.9, 1), spectrum(2, 0.05, 0.2, 1),
                spectrum(3, 0.2, 0.08, 0.95));
        assertThat(PeakErrors.firstEpochsBelow(run, 0.1)).containsExactly(2, 3, Integer.MAX_VALUE);
        assertThat(PeakErrors.firstEpochsBelow(List.of(), 0.1)).isEmpty();
        FourierSpectrum other = new FourierSpectrum(4, new double[0], new double[0], new PeakErrors(new int[] {4},
                new double[] {1}, new double[1], new double[1], new double[1]));
        assertThatThrownBy(() -> PeakErrors.firstEpochsBelow(List.of(run.get(0), other), 0.1))
                .hasMessageContaining("other peak frequencies");
    }
}
