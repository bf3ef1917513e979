package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code filter} writes y, y_low and y_high per point; bad input is one line and exit code 2. */
class FilterCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTargetLowAndHighPerPoint() throws IOException {
        // three points: two close together, one far away; at s = 2 the far one keeps its own value
        InputFiles in = new InputFiles(dir);
        Path out = dir.resolve("parts.csv");
        CliRunner r = CliRunner.run("filter", "--x", in.csv("x.csv", "0", "0.1", "10"), "--y", in.csv("y.csv", "1", "3", "5"),
                "--inv-delta", "2", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("y,y_low,y_high");
        double k = Math.exp(-2 * 0.01 / 2); // kernel between the two close points
        double[] row0 = parse(lines.get(1));
        assertThat(row0[0]).isEqualTo(1.0);
        assertThat(row0[1]).isCloseTo((1 + 3 * k) / (1 + k), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(row0[2]).isCloseTo(1 - (1 + 3 * k) / (1 + k), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(parse(lines.get(3))[1]).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void badInputIsOneLineExit2() {
        InputFiles in = new InputFiles(dir);
        String x = in.csv("x.csv", "0", "1");
        CliRunner.run("filter", "--x", x, "--y", in.csv("y.csv", "1", "2", "3"), "--inv-delta", "1")
                .assertBadInput("one row per point");
        CliRunner.run("filter", "--x", x, "--y", x, "--inv-delta", "-1", "--out", dir.resolve("o.csv").toString())
                .assertBadInput("1/δ must be a positive number");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    private static double[] parse(String line) {
        return java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
