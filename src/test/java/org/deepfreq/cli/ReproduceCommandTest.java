package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {

    @TempDir
    Path out;

    @Test
    void quickSineOnlyWritesReportAndClaims() {
        CliRunner r = CliRunner.run("reproduce", "--quick", "--only", "rdf-sin", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("rdf-sin +HELD\\n"); // not NOT_HELD
        assertThat(out.resolve("report.md")).exists();
        assertThat(out.resolve("claims.json")).content().contains("\"peak_inv_delta_k5\"");
        assertThat(out.resolve("rdf-sin.png")).isNotEmptyFile();
        assertThat(out.resolve("report.md")).content().contains("](rdf-sin.png)");
    }

    @Test
    void trainingClaimsWithoutTheirDataAreReportedAsNotRun() {
        CliRunner r = CliRunner.run("reproduce", "--quick", "--only", "mnist-dnn", "--only", "resnet18-variants",
                "--no-figures", "--data-dir", out.resolve("empty").toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("mnist-dnn +NOT_RUN").containsPattern("resnet18-variants +NOT_RUN");
        assertThat(out.resolve("report.md")).content().contains("MNIST is not available", "No image data set");
    }

    @Test
    void unknownExperimentIsABadInput() {
        CliRunner r = CliRunner.run("reproduce", "--only", "nonsense", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown experiment 'nonsense'");
        assertThat(out.resolve("report.md")).doesNotExist();
    }
}
