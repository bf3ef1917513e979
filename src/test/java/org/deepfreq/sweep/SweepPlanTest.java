package org.deepfreq.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.deepfreq.experiment.Presets;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

    @Test
    void cellsAreTheProductOfVariedValuesAndSeedsInSettingThenSeedOrder() {
        SweepPlan plan = SweepPlan.of(Presets.named("depth-1d-demo"), List.of("epochs=40"),
                List.of("depth=1,2", "width=20,30"), 2);
        assertThat(plan.cells()).extracting(SweepCell::name).containsExactly(
                "depth1-width20/seed-1", "depth1-width20/seed-2", "depth1-width30/seed-1", "depth1-width30/seed-2",
                "depth2-width20/seed-1", "depth2-width20/seed-2", "depth2-width30/seed-1", "depth2-width30/seed-2");
        SweepCell last = plan.cells().get(7);
        assertThat(last.config().network().hiddenLayers()).isEqualTo(2);
        assertThat(last.config().network().width()).isEqualTo(30);
        assertThat(last.config().seed()).isEqualTo(2);
        assertThat(last.config().maxEpochs()).isEqualTo(40);
        assertThat(plan.settings()).hasSize(4);
    }

    @Test
    void aPresetsOwnVariantsAreVariedUnlessSetOrVaried() {
        assertThat(SweepPlan.of(Presets.named("depth-1d-demo"), List.of(), List.of(), 1).cells())
                .extracting(SweepCell::setting).containsExactly("depth1", "depth2", "depth3", "depth4");
        assertThat(SweepPlan.of(Presets.named("depth-1d-demo"), List.of("depth=3"), List.of(), 3).cells())
                .extracting(SweepCell::name).containsExactly("base/seed-1", "base/seed-2", "base/seed-3");
        assertThat(SweepPlan.of(Presets.named("depth-1d-demo"), List.of(), List.of("width=10,20"), 1).cells())
                .hasSize(8);
    }

    @Test
    void badSweepsAreRefusedWithTheFix() {
        assertThatThrownBy(() -> SweepPlan.of(Presets.named("depth-1d-demo"), List.of("depth=2"), List.of("depth=1,2"), 1))
                .hasMessageContaining("both set (--set) and varied");
        assertThatThrownBy(() -> SweepPlan.of(Presets.named("depth-1d-demo"), List.of(), List.of("seed=1,2"), 1))
                .hasMessageContaining("--seeds N");
        assertThatThrownBy(() -> SweepPlan.of(Presets.named("depth-1d-demo"), List.of(), List.of("depth"), 1))
                .hasMessageContaining("KEY=V1,V2");
        assertThatThrownBy(() -> SweepPlan.of(Presets.named("rdf-sin"), List.of(), List.of(), 1))
                .hasMessageContaining("does not train");
        assertThatThrownBy(() -> SweepPlan.of(Presets.named("depth-1d-demo"), List.of(), List.of(), 0))
                .hasMessageContaining("--seeds must be between 1");
    }
}
