package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.deepfreq.data.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prepares the real data sets from their offline sources. CI installs them (.ci/run), and there these tests
 * must run; on a developer machine without the Debian package or npm they are skipped.
 */
class DatasetsCommandTest {

    @TempDir
    Path data;

    private static void requireSourceOrCi(boolean available) {
        assumeTrue(available || System.getenv("CI") != null, "offline source not installed on this machine");
    }

    @Test
    void fashionMnistFromTheDebianPackageHasAllImagesAndValidChecksums() {
        requireSourceOrCi(Datasets.FASHION_MNIST.offline().available());
        CliRunner r = CliRunner.run("datasets", "prepare", "fashion-mnist", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("fashion-mnist: 60000 training images and labels", "fashion-mnist: 10000 test images",
                "checksum ok: train-images-idx3-ubyte.gz").doesNotContain("MISMATCH");
        CliRunner v = CliRunner.run("datasets", "verify", "fashion-mnist", "--data-dir", data.toString());
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).contains("loaded 60000 training images", "per class [6000, 6000, 6000, 6000, 6000, 6000, "
                + "6000, 6000, 6000, 6000]");
    }

    @Test
    void mnistFromTheNpmPackageHasTenThousandDigitsOfAllTenClasses() {
        requireSourceOrCi(hasNpm());
        CliRunner r = CliRunner.run("datasets", "prepare", "mnist", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("mnist: 10000 training images and labels", "checksum ok: train-images-idx3-ubyte.gz");
        CliRunner v = CliRunner.run("datasets", "verify", "mnist", "--data-dir", data.toString());
        assertThat(v.out()).contains("loaded 10000 training images")
                .containsPattern("per class \\[(\\d{3,4}, ){9}\\d{3,4}\\]");
    }

    private static boolean hasNpm() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "npm"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void badInputIsOneLineExit2() throws IOException {
        CliRunner a = CliRunner.run("datasets", "verify", "mnist", "--data-dir", data.toString());
        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("not prepared; run 'deepfreq datasets prepare mnist'");
        CliRunner b = CliRunner.run("datasets", "prepare", "cifar10", "--data-dir", data.toString());
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err().strip().lines()).hasSize(1);
        assertThat(b.err()).contains("no offline source exists for CIFAR-10", "--from cifar-10-batches-bin");
        Path cifar = Files.createDirectories(data.resolve("src"));
        for (int i = 1; i <= 5; i++) {
            Files.write(cifar.resolve("data_batch_" + i + ".bin"), new byte[3073 * 2]);
        }
        Files.write(cifar.resolve("data_batch_3.bin"), new byte[3073 * 2 - 5]);
        CliRunner c = CliRunner.run("datasets", "prepare", "cifar10", "--from", cifar.toString(), "--data-dir",
                data.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("data_batch_3.bin: size 6141 is not a multiple of 3073 bytes");
        CliRunner d = CliRunner.run("datasets", "prepare", "imagenet", "--data-dir", data.toString());
        assertThat(d.exitCode()).isEqualTo(2);
        assertThat(d.err()).contains("unknown data set 'imagenet'");
    }

    @Test
    void listShowsPreparedAndMissingSets() {
        CliRunner r = CliRunner.run("datasets", "list", "--data-dir", data.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("mnist          missing (deepfreq datasets prepare mnist)",
                "cos3x+cos5x    synthetic, always available");
    }
}
