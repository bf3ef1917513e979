package org.deepfreq.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FastExpTest {

    @Test
    void matchesMathExpWithinTwoUlpOverTheWholeRange() {
        SplittableRandom rnd = new SplittableRandom(3);
        float[] x = new float[1000];
        float[] digits = new float[x.length];
        double worst = 0;
        for (int round = 0; round < 50; round++) {
            float[] source = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                source[i] = (float) (-87 * Math.pow(rnd.nextDouble(), 3)); // dense near 0, where kernels live
                x[i] = source[i];
            }
            FastExp.expInPlace(x, digits, x.length);
            for (int i = 0; i < x.length; i++) {
                double exact = Math.exp(source[i]);
                worst = Math.max(worst, Math.abs(x[i] - exact) / exact);
            }
        }
        assertThat(worst).isLessThan(2.4e-7); // 2 ulp of a float near 1
    }

    @Test
    void zeroGivesExactlyOneAndSmallExponentsAreClamped() {
        float[] x = {0f, -1f, -87f, -88f, -1000f, -0.5f};
        FastExp.expInPlace(x, new float[x.length], 5); // the last value lies beyond the length

        assertThat(x[0]).isEqualTo(1f);
        assertThat((double) x[1]).isCloseTo(Math.exp(-1), withPercentage(2e-5));
        float floor = x[2];
        assertThat((double) floor).isCloseTo(Math.exp(-87), withPercentage(2e-5));
        assertThat(x[3]).isEqualTo(floor);
        assertThat(x[4]).isEqualTo(floor);
        assertThat(x[5]).isEqualTo(-0.5f);
    }
}
