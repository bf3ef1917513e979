package org.deepfreq.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {

    @Test
    void spearmanMatchesHandComputedValues() {
        double[] blocks = {7, 6, 5, 4};
        assertThat(RankCorrelation.spearman(blocks, new double[] {0.1, 0.2, 0.3, 0.4})).isCloseTo(-1, within(1e-12));
        assertThat(RankCorrelation.spearman(blocks, new double[] {1, 2, 3, 4})).isCloseTo(-1, within(1e-12));
        // one adjacent swap: ranks 1,3,2,4 vs 4,3,2,1 → ρ = 1 − 6·Σd²/(n(n²−1)) = −0.8
        assertThat(RankCorrelation.spearman(blocks, new double[] {1, 3, 2, 4})).isCloseTo(-0.8, within(1e-12));
        assertThat(RankCorrelation.ranks(new double[] {5, 1, 5, 3})).containsExactly(3.5, 1, 3.5, 2);
    }
}
