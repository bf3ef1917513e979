package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.deepfreq.testing.PixelVariance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code figure} draws the app's charts from a run folder into PNGs without a window. */
class FigureCommandTest {

    @TempDir
    static Path dir;

    static Path run;

    @BeforeAll
    static void trainATinyRun() {
        run = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "depth=2", "--set", "epochs=3",
                "--set", "samples=60", "--out", run.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void everyChartKindIsDrawnAtTheRequestedSizeAndIsNotBlank() throws IOException {
        for (String chart : new String[] {"rdf", "loss", "peaks", "heatmap", "compare", "fit", "dashboard"}) {
            Path png = dir.resolve(chart + ".png");
            CliRunner r = CliRunner.run("figure", "--run", run.toString(), "--chart", chart, "--size", "500x320",
                    "--scale", "2", "--out", png.toString());
            assertThat(r.exitCode()).as(chart + ": " + r.err()).isZero();
            BufferedImage img = ImageIO.read(png.toFile());
            // the chart at 2×, plus title above, caption below and a margin
            assertThat(img.getWidth()).as(chart).isBetween(1000, 1100);
            assertThat(img.getHeight()).as(chart).isBetween(640 + 60, 640 + 260);
            assertThat(PixelVariance.of(img)).as(chart + " pixel variance").isGreaterThan(100);
        }
    }

    @Test
    void replayingAnEarlierEpochAndComparingRunsWork() throws IOException {
        Path png = dir.resolve("epoch1.png");
        CliRunner r = CliRunner.run("figure", "--run", run.toString(), "--run", run.toString(), "--chart", "compare",
                "--split", "h1", "--epoch", "1", "--scale", "1", "--out", png.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isBetween(900, 960);
    }

    @Test
    void badInputIsOneLineExit2() {
        CliRunner missing = CliRunner.run("figure", "--run", dir.resolve("nope").toString(), "--chart", "rdf", "--out",
                dir.resolve("x.png").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("not a run folder").doesNotContain("\tat ");
        CliRunner chart = CliRunner.run("figure", "--run", run.toString(), "--chart", "pie", "--out",
                dir.resolve("x.png").toString());
        assertThat(chart.exitCode()).isEqualTo(2);
        assertThat(chart.err()).contains("unknown chart 'pie'");
        CliRunner split = CliRunner.run("figure", "--run", run.toString(), "--chart", "rdf", "--split", "h9", "--out",
                dir.resolve("x.png").toString());
        assertThat(split.exitCode()).isEqualTo(2);
        assertThat(split.err()).contains("no split 'h9'");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
