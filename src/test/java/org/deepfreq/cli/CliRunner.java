package org.deepfreq.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

import picocli.CommandLine;

/** Runs the CLI in-process and captures its exit code, stdout and stderr. */
record CliRunner(int exitCode, String out, String err) {

    static CliRunner run(String... args) {
        CommandLine cl = DeepFreqCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        java.io.PrintStream oldOut = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = cl.execute(args);
        } finally {
            System.setOut(oldOut);
        }
        return new CliRunner(code, out + captured.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString());
    }

    /**
     * Checks that the command ended as bad input: exit code 2 and one line on stderr containing {@code message}, with
     * no stack trace and no "internal error".
     */
    CliRunner assertBadInput(String message) {
        assertThat(exitCode).as("exit code of a run that wrote: " + err).isEqualTo(2);
        assertThat(err).contains(message).doesNotContain("Exception", "\tat ", "internal error");
        assertThat(err.strip().lines()).as(err).hasSize(1);
        return this;
    }
}
