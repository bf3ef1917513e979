package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.Test;

class SplitRdfTest {

    @Test
    void defaultSplitIsTheResNetFeaturesWhenPresentOtherwiseTheDeepest() {
        assertThat(SplitRdf.defaultSplit(List.of("input", "features", "fc1", "fc2"))).isEqualTo("features");
        assertThat(SplitRdf.defaultSplit(List.of("input", "h1", "h2"))).isEqualTo("h2");
        assertThat(SplitRdf.defaultSplit(List.of("input"))).isEqualTo("input");
        assertThatThrownBy(() -> SplitRdf.defaultSplit(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEpochFindsItsSplitsByNameAndNothingElse() {
        RdfResult r = RdfResult.fromLfr(new InverseDeltaGrid(1, 3, 3), new double[] {0.1, 0.5, 0.6});
        EpochResult e = new EpochResult(2, 1e-3, 0.5, Double.NaN, Double.NaN, 1, 100,
                List.of(new SplitRdf(0, "input", r), new SplitRdf(1, "h1", r)));
        assertThat(e.split("h1")).map(SplitRdf::index).contains(1);
        assertThat(e.split("input")).map(SplitRdf::index).contains(0);
        assertThat(e.split("h2")).isEmpty();
    }
}
