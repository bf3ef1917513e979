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
        for (String chart : new String[] {"rdf", "loss", "peaks", "heatmap", "compare", "fit", "fprinciple",
            "dashboard"}) {
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
    void theFPrincipleHeatMapIsAVectorFigureWithItsAxesAsText() throws Exception {
        Path pdf = dir.resolve("fprinciple.pdf");
        CliRunner r = CliRunner.run("figure", "--run", run.toString(), "--chart", "fprinciple", "--out", pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("epoch").contains("peakk").contains("relativeerror");
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
        String png = dir.resolve("x.png").toString();
        CliRunner.run("figure", "--run", dir.resolve("nope").toString(), "--chart", "rdf", "--out", png)
                .assertBadInput("not a run folder");
        CliRunner.run("figure", "--run", run.toString(), "--chart", "pie", "--out", png)
                .assertBadInput("unknown chart 'pie'");
        CliRunner.run("figure", "--run", run.toString(), "--chart", "rdf", "--split", "h9", "--out", png)
                .assertBadInput("no split 'h9'");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void dashboardAsSvgIsXmlWithTitleAxisLabelsAndLegendAsTextAndCarriesTheRunsProvenance() throws Exception {
        Path svg = dashboard("dashboard.svg");
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.NodeList texts = f.newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        // the title, axis names of the RDF, loss and fit charts, legend entries of the loss and fit charts, the caption
        assertThat(words).contains("Depth demo", "1/δ", "RDF / max", "epoch", "loss", "train loss", "target",
                "frequency index k");
        assertThat(words).anyMatch(w -> w.startsWith("preset depth-1d-demo"));
        java.util.Map<String, String> info = org.deepfreq.ui.FigureMetadata.read(svg);
        assertThat(info).containsEntry("Preset", "depth-1d-demo").containsEntry("Seed", "1")
                .containsKeys("Inverse delta grid", "Config", "Versions", "Source revision");
    }

    @Test
    void dashboardAsPdfIsOnePageWhoseTextCanBeExtracted() throws Exception {
        Path pdf = dashboard("dashboard.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Depth demo", "1/δ", "train loss", "target", "frequency index k",
                    "preset depth-1d-demo");
            // vertical axis names are text too; extraction splits rotated text into pieces
            assertThat(text.replaceAll("\\s", "")).contains("RDF/max");
        }
        CliRunner info = CliRunner.run("figure", "--info", pdf.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Preset: depth-1d-demo", "Seed: 1", "Config: {");
    }

    @Test
    void pngCarriesTheRunsProvenanceInItsTextChunks() {
        Path png = dir.resolve("traced.png");
        CliRunner r = CliRunner.run("figure", "--run", run.toString(), "--chart", "rdf", "--scale", "1", "--out",
                png.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        CliRunner info = CliRunner.run("figure", "--info", png.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Preset: depth-1d-demo", "Seed: 1", "Inverse delta grid: 1/δ from",
                "Run: " + run.toAbsolutePath().normalize(), "Source revision: ", "\"maxEpochs\":3");
    }

    /** Draws the run's dashboard titled "Depth demo" into {@code name} and returns the file. */
    private static Path dashboard(String name) {
        Path out = dir.resolve(name);
        CliRunner r = CliRunner.run("figure", "--run", run.toString(), "--chart", "dashboard", "--title", "Depth demo",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return out;
    }
}
