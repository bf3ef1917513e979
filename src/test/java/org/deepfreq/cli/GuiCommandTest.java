package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code gui} checks its preset and settings before any window opens. */
class GuiCommandTest {

    @Test
    void badPresetOrSettingsAreOneLineExit2WithoutOpeningAWindow() {
        CliRunner noPreset = CliRunner.run("gui", "--set", "epochs=3");
        assertThat(noPreset.exitCode()).isEqualTo(2);
        assertThat(noPreset.err()).contains("--set needs --preset").doesNotContain("\tat ");
        CliRunner badKey = CliRunner.run("gui", "--preset", "depth-1d-demo", "--set", "colour=red");
        assertThat(badKey.exitCode()).isEqualTo(2);
        assertThat(badKey.err()).contains("unknown setting 'colour'");
        CliRunner notKeyValue = CliRunner.run("gui", "--preset", "depth-1d-demo", "--set", "epochs");
        assertThat(notKeyValue.exitCode()).isEqualTo(2);
        assertThat(notKeyValue.err()).contains("--set needs KEY=VALUE, got 'epochs'");
        CliRunner unknown = CliRunner.run("gui", "--preset", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown preset 'nope'");
    }
}
