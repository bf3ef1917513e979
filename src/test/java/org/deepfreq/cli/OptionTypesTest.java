package org.deepfreq.cli;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The command line turns off picocli's converters for the JDK's date, time and SQL types (a start-up cost); this checks
 * that no option or parameter of any command is of such a type, which would then fail to parse.
 */
class OptionTypesTest {

    @Test
    void noArgumentOfAnyCommandIsOfADateTimeOrSqlType() {
        List<String> seen = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        visit(DeepFreqCli.commandLine(), seen, excluded);
        assertThat(seen).as("arguments found").hasSizeGreaterThan(50);
        assertThat(excluded).isEmpty();
    }

    private static void visit(CommandLine cl, List<String> seen, List<String> excluded) {
        for (ArgSpec arg : cl.getCommandSpec().args()) {
            List<Class<?>> types = new ArrayList<>(List.of(arg.type()));
            types.addAll(List.of(arg.auxiliaryTypes()));
            for (Class<?> t : types) {
                String where = cl.getCommandName() + " " + arg.paramLabel() + ": " + t.getName();
                seen.add(where);
                Class<?> c = t.isArray() ? t.getComponentType() : t;
                if (c.getName().startsWith("java.time.") || c.getName().startsWith("java.sql.")) {
                    excluded.add(where);
                }
            }
        }
        cl.getSubcommands().values().forEach(sub -> visit(sub, seen, excluded));
    }
}
