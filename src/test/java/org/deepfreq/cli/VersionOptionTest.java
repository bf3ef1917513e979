package org.deepfreq.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code -V} of every command and subcommand prints what {@code deepfreq -V} prints: the application's version. */
class VersionOptionTest {

    @Test
    void everyCommandsVersionOptionPrintsTheApplicationsVersion() {
        CommandLine top = DeepFreqCli.commandLine();
        String version = versionHelp(top);
        assertThat(version).startsWith("DeepFreq Studio ").contains("Java " + System.getProperty("java.version"));
        List<CommandLine> withOption = new ArrayList<>();
        collect(top, withOption);
        assertThat(withOption).as("commands with --version").hasSizeGreaterThan(8);
        assertThat(withOption).allSatisfy(c -> assertThat(versionHelp(c)).as(c.getCommandName()).isEqualTo(version));
        // and as the one-subcommand command line that `deepfreq rdf` builds
        CommandLine rdf = DeepFreqCli.commandLine("rdf", "--version").getSubcommands().get("rdf");
        assertThat(versionHelp(rdf)).isEqualTo(version);
    }

    private static String versionHelp(CommandLine cl) {
        StringWriter out = new StringWriter();
        cl.printVersionHelp(new PrintWriter(out, true));
        return out.toString();
    }

    private static void collect(CommandLine cl, List<CommandLine> into) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--version") != null) {
                into.add(sub);
            }
            collect(sub, into);
        }
    }
}
