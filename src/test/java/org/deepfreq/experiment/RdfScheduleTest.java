package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RdfScheduleTest {

    private static List<Integer> measured(RdfSchedule s, int maxEpochs) {
        return IntStream.rangeClosed(0, maxEpochs).filter(e -> s.measures(e, maxEpochs)).boxed().toList();
    }

    @Test
    void everyKMeasuresMultiplesOfKPlusEpochZeroAndTheLastEpoch() {
        assertThat(measured(RdfSchedule.parse("4"), 10)).containsExactly(0, 4, 8, 10);
        assertThat(measured(RdfSchedule.parse("1"), 3)).containsExactly(0, 1, 2, 3);
        assertThat(measured(RdfSchedule.parse("50"), 10)).containsExactly(0, 10);
    }

    @Test
    void autoMeasuresEveryEpochOfAShortRun() {
        assertThat(measured(RdfSchedule.AUTO, 12)).hasSize(13);
    }

    @Test
    void autoMeasuresAFixedNumberOfEpochsDenserEarlyAndTheLast() {
        int max = 16_600;
        List<Integer> m = measured(RdfSchedule.AUTO, max);
        assertThat(m.size()).isBetween(30, RdfSchedule.AUTO_MEASUREMENTS + 2);
        assertThat(m).startsWith(0, 1, 2).endsWith(max);
        // half are log-spaced: 1, 1.67, 2.78 ... rounded, so the first tenth of the run holds far more than a tenth
        long early = m.stream().filter(e -> e <= max / 10).count();
        assertThat(early).isGreaterThan(m.size() / 3);
        // half are evenly spaced: no gap longer than 1/20 of the run plus rounding
        for (int i = 1; i < m.size(); i++) {
            assertThat(m.get(i) - m.get(i - 1)).isLessThanOrEqualTo(max / 20 + 1);
        }
    }

    @Test
    void theSameEpochsWhateverTheOrderOfQuestionsSoAResumedRunMeasuresTheSame() {
        List<Integer> forward = measured(RdfSchedule.AUTO, 5000);
        List<Integer> backward = IntStream.iterate(5000, e -> e >= 0, e -> e - 1)
                .filter(e -> RdfSchedule.AUTO.measures(e, 5000)).boxed().sorted().toList();
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void parsesAndWritesTheSettingAndRefusesBadValues() {
        assertThat(RdfSchedule.parse("AUTO")).isEqualTo(RdfSchedule.AUTO);
        assertThat(RdfSchedule.parse(" 7 ").text()).isEqualTo("7");
        assertThat(RdfSchedule.AUTO.text()).isEqualTo("auto");
        assertThat(RdfSchedule.parse("10").describe()).isEqualTo("every 10 epochs");
        for (String bad : List.of("0", "-3", "often", "2.5", "")) {
            assertThatThrownBy(() -> RdfSchedule.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("rdf-every");
        }
    }

    @Test
    void configJsonKeepsTheSettingAndOldFilesWithoutItMeanEveryEpoch() {
        ExperimentConfig c = Presets.named("depth-1d-demo").config().withSettings(List.of("rdf-every=auto"));
        assertThat(c.rdf().every()).isEqualTo(RdfSchedule.AUTO);
        ExperimentConfig back = ExperimentConfig.fromJson(c.toJson());
        assertThat(back).isEqualTo(c);
        assertThat(c.toJson()).contains("\"every\" : \"auto\"");
        String old = c.withSettings(List.of("rdf-every=1")).toJson().replace(",\n    \"every\" : \"1\"", "");
        assertThat(old).doesNotContain("every");
        assertThat(ExperimentConfig.fromJson(old).rdf().every()).isEqualTo(RdfSchedule.EVERY_EPOCH);
        assertThat(ExperimentConfig.fromJson(c.withSettings(List.of("rdf-every=25")).toJson()).rdf().every().every())
                .isEqualTo(25);
    }

    @Test
    void otherSettingsKeepThePresetsScheduleAndGrid() {
        ExperimentConfig c = Presets.named("depth-1d").config().withSettings(List.of("width=50", "samples=200"));
        assertThat(c.rdf().every()).isEqualTo(RdfSchedule.AUTO);
        assertThat(c.rdf().gridKind()).isEqualTo(Presets.named("depth-1d").config().rdf().gridKind());
        assertThat(c.rdf().samples()).isEqualTo(200);
    }
}
