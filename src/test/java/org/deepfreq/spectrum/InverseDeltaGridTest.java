package org.deepfreq.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InverseDeltaGridTest {

    @Test
    void gridIsUniformAndEndsExactlyAtMax() {
        InverseDeltaGrid g = new InverseDeltaGrid(1, 600, 120);
        double[] s = g.values();
        assertThat(s).hasSize(120);
        assertThat(s[0]).isEqualTo(1.0);
        assertThat(s[119]).isEqualTo(600.0);
        assertThat(s[1] - s[0]).isCloseTo(599.0 / 119, within(1e-12));
    }

    @Test
    void invalidRangesAreRejectedWithTheirReason() {
        assertThatThrownBy(() -> new InverseDeltaGrid(5, 5, 10)).hasMessageContaining("must be smaller");
        assertThatThrownBy(() -> new InverseDeltaGrid(0, 5, 10)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new InverseDeltaGrid(-1, 5, 10)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new InverseDeltaGrid(1, 5, 2)).hasMessageContaining("at least 3 steps");
        assertThatThrownBy(() -> new InverseDeltaGrid(1, Double.NaN, 5)).hasMessageContaining("finite");
    }

    @Test
    void gradientMatchesNumpySemantics() {
        // numpy.gradient([1, 4, 9, 16, 25], 0.5) = [6, 8, 12, 16, 18]
        assertThat(UniformGradient.of(new double[] {1, 4, 9, 16, 25}, 0.5))
                .containsExactly(new double[] {6, 8, 12, 16, 18}, within(1e-12));
    }
}
