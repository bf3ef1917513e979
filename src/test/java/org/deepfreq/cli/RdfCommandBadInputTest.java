package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input gives exit code 2, one line naming the problem, no stack trace and no output file. */
class RdfCommandBadInputTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("x.csv"), "1\n2\n3\n4\n");
        Files.writeString(dir.resolve("y.csv"), "1\n0\n1\n0\n");
        Files.writeString(dir.resolve("ragged.csv"), "1,2\n3,4\n5\n6,7\n");
        Files.writeString(dir.resolve("text.csv"), "1\n2\nabc\n4\n");
        Files.writeString(dir.resolve("short.csv"), "1\n2\n3\n");
        Files.writeString(dir.resolve("nan.csv"), "1\nNaN\n3\n4\n");
        Files.writeString(dir.resolve("inf.csv"), "1\n2\nInfinity\n4\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing file        | --x missing.csv                 | missing.csv: file not found",
        "ragged row          | --x ragged.csv                  | line 3 has 1 values but the first row has 2",
        "non-numeric cell    | --x text.csv                    | line 3, column 1 is not a number ('abc')",
        "row count mismatch  | --y short.csv                   | has 4 rows but",
        "NaN value           | --x nan.csv                     | NaN or infinite value at row 2",
        "infinite value      | --y inf.csv                     | NaN or infinite value at row 3",
        "min equal max       | --inv-delta-min 5 --inv-delta-max 5 | must be smaller than 1/δ max",
        "min above max       | --inv-delta-min 9 --inv-delta-max 5 | must be smaller than 1/δ max",
        "zero inverse delta  | --inv-delta-min 0               | 1/δ min must be positive",
        "negative inv delta  | --inv-delta-min -3              | 1/δ min must be positive",
        "too few steps       | --steps 2                       | at least 3 steps",
        "too many samples    | --samples 10                    | --samples 10 exceeds the 4 points",
    })
    void badInputGivesOneLineAndExitCode2(String name, String override, String message) {
        CliRunner r = CliRunner.run(args(override));
        assertThat(r.exitCode()).as(name).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    private String[] args(String override) {
        List<String> o = Arrays.asList(override.trim().split("\\s+"));
        List<String> args = new ArrayList<>(List.of("rdf"));
        String[][] defaults = {{"--x", "x.csv"}, {"--y", "y.csv"}, {"--inv-delta-min", "1"}, {"--inv-delta-max", "10"},
            {"--steps", "5"}};
        for (String[] d : defaults) {
            int at = o.indexOf(d[0]);
            String value = at >= 0 ? o.get(at + 1) : d[1];
            args.add(d[0]);
            args.add(d[0].equals("--x") || d[0].equals("--y") ? dir.resolve(value).toString() : value);
        }
        int s = o.indexOf("--samples");
        if (s >= 0) {
            args.add("--samples");
            args.add(o.get(s + 1));
        }
        args.add("--out");
        args.add(dir.resolve("out.csv").toString());
        return args.toArray(String[]::new);
    }
}
