package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The schedule's text form: what the settings field shows and figure captions print. */
class LearningRateScheduleTest {

    @Test
    void formatsCompactlyAndParsesBackToTheSameSteps() {
        List<LearningRateStep> paper = List.of(new LearningRateStep(1, 1e-3), new LearningRateStep(41, 1e-4),
                new LearningRateStep(61, 1e-5));
        String text = LearningRateSchedule.format(paper);
        assertThat(text).isEqualTo("0.001@1,0.0001@41,1e-05@61");
        assertThat(LearningRateSchedule.parse(text)).isEqualTo(paper);
    }

    @Test
    void compactKeepsThreeSignificantDigitsWithoutTrailingZeros() {
        assertThat(LearningRateSchedule.compact(600)).isEqualTo("600");
        assertThat(LearningRateSchedule.compact(0.0123456)).isEqualTo("0.0123");
        assertThat(LearningRateSchedule.compact(5)).isEqualTo("5");
        assertThat(LearningRateSchedule.compact(2.5e-7)).isEqualTo("2.5e-07");
        assertThat(LearningRateSchedule.compact(12345)).isEqualTo("1.23e+04");
    }
}
