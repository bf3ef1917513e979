package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command line that does not parse is bad input: one line naming the problem and where the usage is. */
class UsageErrorTest {

    @Test
    void aMistypedOptionIsOneLineWithTheSuggestionAndTheHelpToRead() {
        CliRunner r = CliRunner.run("rdf", "--x", "x.npy", "--y", "y.npy", "--inv-delta-min", "0.1",
                "--inv-delta-max", "1", "--step", "40");
        r.assertBadInput("rdf: error: ");
        assertThat(r.err()).contains("'--step'", "did you mean --steps?", "see 'deepfreq rdf --help'")
                .doesNotContain("Usage:");
    }

    @Test
    void missingOptionsAndBadValuesAreOneLineEach() {
        CliRunner.run("rdf", "--x", "x.npy").assertBadInput("Missing required options");
        CliRunner.run("rdf", "--x", "x.npy", "--y", "y.npy", "--inv-delta-min", "0.1", "--inv-delta-max", "1",
                "--steps", "forty").assertBadInput("'forty'");
        CliRunner.run("--no-such-option").assertBadInput("see 'deepfreq --help'");
    }
}
