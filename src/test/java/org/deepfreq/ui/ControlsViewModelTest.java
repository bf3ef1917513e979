package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.junit.jupiter.api.Test;

/** The settings ViewModel without a stage: validation as you type, messages per field, the valid flag. */
class ControlsViewModelTest {

    private final ControlsViewModel vm = new ControlsViewModel();

    @Test
    void theLogScaleRangeSliderAndTheInvDeltaFieldsFollowEachOther() {
        LogRange range = vm.invDeltaRange();
        vm.invDeltaMax.textProperty().set("600");
        vm.invDeltaMin.textProperty().set("1");
        assertThat(range.highProperty().get()).isCloseTo(Math.log10(600), within(1e-12));
        assertThat(range.lowProperty().get()).isEqualTo(0.0);
        range.highProperty().set(2);
        assertThat(vm.invDeltaMax.textProperty().get()).isEqualTo("100");
        range.lowProperty().set(Math.log10(0.0123456));
        assertThat(vm.invDeltaMin.textProperty().get()).isEqualTo("0.0123");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.rdfSettings().invDeltaMin()).isEqualTo(0.0123);
        vm.invDeltaMax.textProperty().set("abc");
        assertThat(range.highProperty().get()).isEqualTo(2.0); // the thumb stays, the field shows its message
        assertThat(vm.invDeltaMax.messageProperty().get()).isNotEmpty();
        vm.invDeltaMax.textProperty().set("1e6");
        assertThat(range.highProperty().get()).isEqualTo(LogRange.MAX_EXPONENT); // clamped thumb
        assertThat(vm.invDeltaMax.textProperty().get()).isEqualTo("1e6"); // the typed text is kept
    }

    @Test
    void presetFillsTheFieldsAndIsValid() {
        vm.presetProperty().set(Presets.named("mnist-dnn-demo"));
        assertThat(vm.validProperty().get()).isTrue();
        ExperimentConfig c = vm.toConfig();
        assertThat(c).isEqualTo(Presets.named("mnist-dnn-demo").config());
    }

    @Test
    void resnetPresetCarriesArchitectureBlocksAndSkipsAndChecksBlocksAndWidth() {
        vm.presetProperty().set(Presets.named("vanishing-gradient-demo"));
        assertThat(vm.resnetProperty().get()).isTrue();
        assertThat(vm.toConfig()).isEqualTo(Presets.named("vanishing-gradient-demo").config());
        assertThat(vm.toConfig().network().residual()).isFalse();
        vm.blocks.textProperty().set("9");
        assertThat(vm.blocks.messageProperty().get()).isEqualTo("residual blocks must be between 1 and 8");
        assertThat(vm.validProperty().get()).isFalse();
        vm.blocks.textProperty().set("5");
        vm.residualProperty().set(true);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.toConfig().network().residualBlocks()).isEqualTo(5);
        assertThat(vm.toConfig().network().residual()).isTrue();
        vm.width.textProperty().set("1000");
        assertThat(vm.width.messageProperty().get()).isEqualTo("ResNet width (stem channels) must be between 1 and 512");
        vm.architectureProperty().set(org.deepfreq.model.Architecture.FULLY_CONNECTED);
        assertThat(vm.width.messageProperty().get()).isEmpty();
        assertThat(vm.resnetProperty().get()).isFalse();
    }

    @Test
    void deltaRangeMustBePositiveAndOrdered() {
        vm.invDeltaMin.textProperty().set("50");
        vm.invDeltaMax.textProperty().set("10");
        assertThat(vm.invDeltaMin.messageProperty().get()).isEqualTo("1/δ min must be smaller than max (10)");
        assertThat(vm.validProperty().get()).isFalse();
        vm.invDeltaMax.textProperty().set("100");
        assertThat(vm.invDeltaMin.messageProperty().get()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
        vm.invDeltaMin.textProperty().set("-1");
        assertThat(vm.invDeltaMin.messageProperty().get()).isEqualTo("1/δ min must be positive");
        vm.invDeltaMin.textProperty().set("abc");
        assertThat(vm.invDeltaMin.messageProperty().get()).isEqualTo("1/δ min must be a number");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void stepsAndSamplesAreBounded() {
        vm.steps.textProperty().set("2");
        assertThat(vm.steps.messageProperty().get()).isEqualTo("steps must be between 3 and 10000");
        vm.steps.textProperty().set("40");
        vm.trainSize.textProperty().set("300");
        vm.samples.textProperty().set("301");
        assertThat(vm.samples.messageProperty().get()).isEqualTo("samples must not exceed the 300 training examples");
        assertThat(vm.validProperty().get()).isFalse();
        vm.trainSize.textProperty().set("400");
        assertThat(vm.samples.messageProperty().get()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void modelAndScheduleFieldsAreChecked() {
        vm.depth.textProperty().set("0");
        assertThat(vm.depth.messageProperty().get()).isEqualTo("depth must be between 1 and 64");
        vm.depth.textProperty().set("4");
        vm.schedule.textProperty().set("1e-3@5");
        assertThat(vm.schedule.messageProperty().get()).contains("must start at epoch 1");
        vm.schedule.textProperty().set("1e-3@1,1e-4@41");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.toConfig().learningRateAt(41)).isEqualTo(1e-4);
    }
}
