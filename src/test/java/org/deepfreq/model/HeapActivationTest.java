package org.deepfreq.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The heap activations agree with the functions they stand for, computed by the JDK. */
class HeapActivationTest {

    @Test
    void tanhIsWithinThreeTenMillionthsOfTheJdksInRelativeTerms() {
        int n = 2_000_001;
        float[] z = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = -12f + 24f * i / (n - 1);
        }
        float[] a = z.clone();
        HeapActivation.TANH.apply(a, 0, n, 1, new HeapActivation.Scratch());
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double exact = Math.tanh(z[i]);
            double relative = exact == 0 ? Math.abs(a[i]) : Math.abs(a[i] - exact) / Math.abs(exact);
            worst = Math.max(worst, relative);
        }
        assertThat(worst).isLessThan(3e-7);
    }

    @Test
    void tanhIsOddSaturatesAtOneAndKeepsNaN() {
        float[] a = {0f, 1e-30f, -1e-30f, 0.5f, -0.5f, 9f, -9f, 1e30f, Float.NEGATIVE_INFINITY, Float.NaN};
        HeapActivation.TANH.apply(a, 0, a.length, a.length, new HeapActivation.Scratch());
        assertThat(a[0]).isZero();
        assertThat(a[1]).isPositive().isLessThan(2e-30f);
        assertThat(a[2]).isEqualTo(-a[1]);
        assertThat(a[4]).isEqualTo(-a[3]);
        assertThat(a[5]).isEqualTo(1f);
        assertThat(a[6]).isEqualTo(-1f);
        assertThat(a[7]).isEqualTo(1f);
        assertThat(a[8]).isEqualTo(-1f);
        assertThat(a[9]).isNaN();
    }
}
