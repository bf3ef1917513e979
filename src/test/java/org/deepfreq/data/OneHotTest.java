package org.deepfreq.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class OneHotTest {

    @Test
    void randomLabelsAreOneHotRowsOfTheSeedsDrawnClasses() {
        FloatMatrix y = OneHot.random(50, 7, 11);

        SplittableRandom draws = new SplittableRandom(11);
        assertThat(y.rows()).isEqualTo(50);
        assertThat(y.cols()).isEqualTo(7);
        for (int i = 0; i < 50; i++) {
            int label = draws.nextInt(7);
            for (int m = 0; m < 7; m++) {
                assertThat(y.get(i, m)).as("row %d column %d", i, m).isEqualTo(m == label ? 1f : 0f);
            }
        }
        assertThat(OneHot.random(50, 7, 12).data()).isNotEqualTo(y.data());
    }
}
