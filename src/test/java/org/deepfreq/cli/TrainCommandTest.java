package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsADemoPresetIntoARunFolderWithOneLinePerEpoch() throws IOException {
        Path out = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "depth=2", "--set", "epochs=2",
                "--set", "samples=100", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("epoch   0/2", "epoch   2/2", "peak 1/δ: input", "completed");
        for (String f : new String[] {"config.json", "metrics.csv", "rdf.csv", "peaks.csv", "checkpoint.zip", "status.json"}) {
            assertThat(out.resolve(f)).exists();
        }
        assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(4);
        assertThat(Files.readString(out.resolve("config.json"))).contains("\"seed\"", "\"nd4j_backend\"");

        CliRunner again = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "depth=2", "--out",
                out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a run: use --resume");

        CliRunner resumed = CliRunner.run("train", "--resume", out.toString());
        assertThat(resumed.exitCode()).isEqualTo(2);
        assertThat(resumed.err()).contains("already finished all 2 epochs");
    }

    @Test
    void variantPresetRunsEachVariantIntoItsOwnFolderAndPrintsATable() throws IOException {
        Path out = dir.resolve("sweep");
        CliRunner r = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "epochs=2", "--set", "samples=50",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("depth-1d-demo: 4 runs, depth = 1, 2, 3, 4", "variant    status");
        for (int depth = 1; depth <= 4; depth++) {
            Path run = out.resolve("depth" + depth);
            assertThat(Files.readString(run.resolve("config.json"))).contains("\"hiddenLayers\" : " + depth);
            assertThat(Files.readAllLines(run.resolve("metrics.csv"))).hasSize(4);
            assertThat(r.out()).containsPattern("depth" + depth + " +completed +2 ");
        }
    }

    @Test
    void seedsRunIntoSeedFoldersAndSummariseEveryEpochAndSplitOverThem() throws IOException {
        Path out = dir.resolve("seeds");
        CliRunner r = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "depth=2", "--set", "epochs=2",
                "--set", "samples=50", "--set", "seed=7", "--seeds", "3", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (int s = 7; s <= 9; s++) {
            assertThat(Files.readString(out.resolve("seed-" + s).resolve("config.json"))).contains("\"seed\" : " + s);
            assertThat(Files.readAllLines(out.resolve("seed-" + s).resolve("metrics.csv"))).hasSize(4);
        }
        java.util.List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("epoch,split,n,peak_mean,peak_sd,train_loss_mean,train_loss_sd");
        assertThat(summary).hasSize(1 + 3 * 3); // epochs 0..2 × splits input, h1, h2
        assertThat(summary.subList(1, summary.size())).allSatisfy(line -> assertThat(line.split(",")[2]).isEqualTo("3"));
        assertThat(r.out()).contains("3 seed(s) in " + out);
        assertThat(CliRunner.run("train", "--preset", "rdf-sin", "--seeds", "2").err()).contains("drop --seeds");

        Path png = dir.resolve("bands.png");
        CliRunner bands = CliRunner.run("figure", "--run", out.toString(), "--chart", "peaks", "--out", png.toString());
        assertThat(bands.exitCode()).as(bands.err()).isZero();
        assertThat(png).isNotEmptyFile();
        CliRunner wrong = CliRunner.run("figure", "--run", out.toString(), "--chart", "heatmap", "--out", png.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("holds seed folders: draw it with --chart peaks or --chart loss");
    }

    @Test
    void rdfSinPresetNeedsNoTraining() throws IOException {
        Path out = dir.resolve("sin");
        CliRunner r = CliRunner.run("train", "--preset", "rdf-sin", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("peaks.csv"))).hasSize(6);
    }

    @Test
    void badPresetOrSettingIsOneLineExit2() {
        CliRunner a = CliRunner.run("train", "--preset", "nope");
        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err().strip()).startsWith("train: error: unknown preset 'nope'").doesNotContain("\tat ");
        CliRunner b = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "inv-delta-min=-1");
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).contains("1/δ min must be positive");
        CliRunner c = CliRunner.run("train", "--preset", "mnist-dnn-demo", "--data-dir", dir.resolve("none").toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("data set folder not found");
    }
}
