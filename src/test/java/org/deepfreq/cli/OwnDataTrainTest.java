package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OwnDataTrainTest {

    @TempDir
    Path dir;

    @Test
    void aRunTrainsOnACsvPairPinsItsFilesAndRefusesToResumeOnceAByteChanged() throws IOException {
        StringBuilder xs = new StringBuilder();
        StringBuilder ys = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            double x = -1 + 2.0 * i / 39;
            xs.append(String.format(Locale.ROOT, "%.6f%n", x));
            ys.append(String.format(Locale.ROOT, "%.6f%n", Math.sin(3 * x)));
        }
        Path x = Files.writeString(dir.resolve("x.csv"), xs);
        Path y = Files.writeString(dir.resolve("y.csv"), ys);
        Path out = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "depth=1", "--set", "epochs=2",
                "--set", "dataset=file:" + x + "," + y, "--set", "train=40", "--set", "samples=40", "--set", "steps=10",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(1 + 3);

        JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile()).get("config");
        assertThat(config.get("dataset").asText()).isEqualTo("file:" + x.toAbsolutePath() + "," + y.toAbsolutePath());
        JsonNode files = config.get("dataFiles");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("path").asText()).isEqualTo(x.toAbsolutePath().toString());
        assertThat(files.get(0).get("sha256").asText()).isEqualTo(sha256(xs.toString()));
        assertThat(files.get(1).get("path").asText()).isEqualTo(y.toAbsolutePath().toString());
        assertThat(files.get(1).get("sha256").asText()).isEqualTo(sha256(ys.toString()));

        CliRunner longer = CliRunner.run("train", "--resume", out.toString(), "--set", "epochs=3");
        assertThat(longer.exitCode()).as(longer.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(1 + 4);

        Files.writeString(y, ys.toString().replaceFirst("\n", "1\n")); // one byte more in the first row
        CliRunner refused = CliRunner.run("train", "--resume", out.toString(), "--set", "epochs=4");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip()).startsWith("train: error: " + y.toAbsolutePath() + " changed since this run "
                + "started (SHA-256 " + sha256(ys.toString()).substring(0, 12))
                .endsWith("put the original file back to resume, or train a new run on the changed data")
                .doesNotContain("\n");
        assertThat(Files.readAllLines(out.resolve("metrics.csv"))).as("nothing trained on the changed data").hasSize(5);

        Files.delete(x);
        CliRunner missing = CliRunner.run("train", "--resume", out.toString(), "--set", "epochs=4");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains(x.toAbsolutePath() + " (this run's data, recorded in config.json) is missing");
    }

    @Test
    void badOwnDataIsOneLineAndExit2() throws IOException {
        Path x = Files.writeString(dir.resolve("x.csv"), "0\n1\n2\n3\n");
        String[][] cases = {
            {"y-nan.csv", "1\n2\nNaN\n4\n", "y-nan.csv: row 3, column 1 is NaN, not a finite number"},
            {"y-short.csv", "1\n2\n3\n", "X has 4 rows but Y has 3"},
            {"y-ragged.csv", "1,2\n2,3\n3\n4,5\n", "line 3 has 1"},
            {"y-text.csv", "1\ntwo\n3\n4\n", "line 2, column 1 is not a number"},
        };
        for (String[] c : cases) {
            Path y = Files.writeString(dir.resolve(c[0]), c[1]);
            CliRunner r = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "depth=1", "--set", "epochs=1",
                    "--set", "dataset=file:" + x + "," + y, "--set", "train=4", "--set", "samples=4", "--out",
                    dir.resolve("run-" + c[0]).toString());
            assertThat(r.exitCode()).as(c[0] + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip()).as(c[0]).contains(c[2]).doesNotContain("\n").doesNotContain("\tat ");
        }
        CliRunner gone = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "depth=1",
                "--set", "dataset=file:" + dir.resolve("nope.csv"));
        assertThat(gone.exitCode()).isEqualTo(2);
        assertThat(gone.err()).contains("nope.csv: file not found; check the path");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
