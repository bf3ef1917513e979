package org.deepfreq.spectrum;

import static org.assertj.core.api.Assertions.assertThat;

import org.deepfreq.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class TargetClassesTest {

    @Test
    void rowsWithEqualValuesShareAClassNumberedByFirstAppearanceAndSortStably() {
        FloatMatrix y = new FloatMatrix(6, 2, new float[] {0, 1, 1, 0, 0, 1, 2, 2, 1, 0, 0, 1});

        TargetClasses classes = TargetClasses.of(y, 3);

        assertThat(classes.classOf()).containsExactly(0, 1, 0, 2, 1, 0);
        assertThat(classes.values()).isDeepEqualTo(new float[][] {{0, 1}, {1, 0}, {2, 2}});
        assertThat(classes.order()).containsExactly(0, 2, 5, 1, 4, 3);
        assertThat(classes.starts()).containsExactly(0, 3, 5, 6);
    }

    @Test
    void moreDistinctRowsThanAllowedGiveNoClasses() {
        FloatMatrix y = new FloatMatrix(4, 1, new float[] {0.1f, 0.2f, 0.3f, 0.1f});

        assertThat(TargetClasses.of(y, 2)).isNull();
        assertThat(TargetClasses.of(y, 3).count()).isEqualTo(3);
    }
}
