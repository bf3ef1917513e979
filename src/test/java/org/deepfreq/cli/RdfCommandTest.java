package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfCommandTest {

    @TempDir
    Path dir;
    Path x;
    Path y;
    Path out;

    @BeforeEach
    void writeSine() throws IOException {
        StringBuilder xs = new StringBuilder("x\n");
        StringBuilder ys = new StringBuilder("y\n");
        for (int i = 0; i < 200; i++) {
            double v = -1 + 2.0 * i / 199;
            xs.append(String.format(Locale.ROOT, "%.6f%n", v));
            ys.append(String.format(Locale.ROOT, "%.6f%n", Math.sin(3 * Math.PI * v)));
        }
        x = Files.writeString(dir.resolve("x.csv"), xs);
        y = Files.writeString(dir.resolve("y.csv"), ys);
        out = dir.resolve("rdf.csv");
    }

    private CliRunner rdf(String... extra) {
        List<String> args = new ArrayList<>(List.of("rdf", "--x", x.toString(), "--y", y.toString(),
                "--inv-delta-min", "1", "--inv-delta-max", "300", "--steps", "60"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void helpShowsThePercentSignWithoutPicocliFormatWarnings() {
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        String usage;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            usage = DeepFreqCli.commandLine().getSubcommands().get("rdf").getUsageMessage();
        } finally {
            System.setErr(realErr);
        }
        assertThat(usage).contains("10 / 0.1 % quantile");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
    }

    @Test
    void writesOneRowPerGridPointWithHeader() throws IOException {
        CliRunner r = rdf("--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(61);
        assertThat(lines.get(0)).isEqualTo("inv_delta,lfr,rdf,rdf_normalized");
        String[] first = lines.get(1).split(",");
        String[] last = lines.get(60).split(",");
        assertThat(Double.parseDouble(first[0])).isEqualTo(1.0);
        assertThat(Double.parseDouble(last[0])).isEqualTo(300.0);
        assertThat(Double.parseDouble(last[1])).isBetween(0.0, 1.0).isGreaterThan(Double.parseDouble(first[1]));
        double[][] v = lines.stream().skip(1).map(l -> java.util.Arrays.stream(l.split(","))
                .mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
        double h = 299.0 / 59;
        double maxRdf = java.util.Arrays.stream(v).mapToDouble(row -> row[2]).max().orElseThrow();
        for (int k = 1; k < 59; k++) { // interior: central difference of the printed LFR
            assertThat(v[k][2]).isCloseTo((v[k + 1][1] - v[k - 1][1]) / (2 * h), within(1e-9));
        }
        assertThat(v[0][2]).isCloseTo((v[1][1] - v[0][1]) / h, within(1e-9));
        for (double[] row : v) {
            assertThat(row[3]).isCloseTo(row[2] / maxRdf, within(1e-9));
        }
    }

    @Test
    void meanDistanceOnXEqualsSumDistanceOnXOverRootD() throws IOException {
        StringBuilder xs = new StringBuilder();
        StringBuilder scaled = new StringBuilder();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            double[] p = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
            xs.append(String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f%n", p[0], p[1], p[2], p[3]));
            scaled.append(String.format(Locale.ROOT, "%.8f,%.8f,%.8f,%.8f%n", p[0] / 2, p[1] / 2, p[2] / 2, p[3] / 2));
        }
        Path x4 = Files.writeString(dir.resolve("x4.csv"), xs);
        Path x4scaled = Files.writeString(dir.resolve("x4s.csv"), scaled);
        CliRunner mean = CliRunner.run("rdf", "--x", x4.toString(), "--y", y.toString(), "--distance", "mean",
                "--inv-delta-min", "0.05", "--inv-delta-max", "20", "--steps", "40");
        CliRunner sum = CliRunner.run("rdf", "--x", x4scaled.toString(), "--y", y.toString(),
                "--inv-delta-min", "0.05", "--inv-delta-max", "20", "--steps", "40");
        assertThat(mean.exitCode()).as(mean.err()).isZero();
        List<String> a = mean.out().lines().skip(1).toList();
        List<String> b = sum.out().lines().skip(1).toList();
        assertThat(a).hasSize(40);
        for (int k = 0; k < 40; k++) {
            assertThat(Double.parseDouble(a.get(k).split(",")[1])).as("LFR at k=%d", k)
                    .isCloseTo(Double.parseDouble(b.get(k).split(",")[1]), within(1e-6));
        }
        CliRunner plain = CliRunner.run("rdf", "--x", x4.toString(), "--y", y.toString(),
                "--inv-delta-min", "0.05", "--inv-delta-max", "20", "--steps", "40");
        assertThat(plain.out()).isNotEqualTo(mean.out());
    }

    @Test
    void logGridRunsFromMinToMaxWithAConstantRatio() {
        CliRunner r = rdf("--grid", "log");
        assertThat(r.exitCode()).as(r.err()).isZero();
        double[] s = r.out().lines().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[0])).toArray();
        assertThat(s).hasSize(60);
        assertThat(s[0]).isEqualTo(1.0);
        assertThat(s[59]).isEqualTo(300.0);
        for (int k = 1; k < 60; k++) {
            assertThat(s[k] / s[k - 1]).isCloseTo(Math.pow(300, 1.0 / 59), within(1e-9));
        }
    }

    @Test
    void edgePeakIsWarnedWithTheWayToWidenAndAutoRangeContainsThePeak() {
        // sin(3πx) peaks near 1/δ ≈ 30: a window from 100 up has its maximum on its lower edge
        CliRunner edge = CliRunner.run("rdf", "--x", x.toString(), "--y", y.toString(), "--inv-delta-min", "100",
                "--inv-delta-max", "300", "--steps", "20");
        assertThat(edge.exitCode()).isZero();
        assertThat(edge.err()).contains("lies on the lower edge", "lower 1/δ min below 100");
        CliRunner auto = CliRunner.run("rdf", "--x", x.toString(), "--y", y.toString(), "--inv-delta-min", "auto",
                "--inv-delta-max", "auto", "--steps", "80", "--grid", "log");
        assertThat(auto.exitCode()).as(auto.err()).isZero();
        assertThat(auto.err()).doesNotContain("warning");
        double[] s = auto.out().lines().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[0])).toArray();
        // 200 points on [-1, 1]: median squared distance 0.35 (numpy), neighbours 0.01² apart
        assertThat(s[0]).isCloseTo(0.01 / 0.35, within(0.003));
        assertThat(s[79]).isCloseTo(10 / Math.pow(2.0 / 199, 2), within(10.0));
    }

    @Test
    void printsCsvToStdoutWithoutOut() {
        CliRunner r = rdf();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("inv_delta,lfr,rdf,rdf_normalized\n");
        assertThat(r.out().lines()).hasSize(61);
    }

    @Test
    void readsNpyFilesAndOneHotLabels() throws IOException {
        Path xn = npy(dir.resolve("x.npy"), new double[] {0, 0.1, 0.2, 0.9, 1.0, 1.1}, 6, 1);
        Path yn = dir.resolve("labels.csv");
        Files.writeString(yn, "0\n0\n0\n1\n1\n1\n");
        CliRunner r = CliRunner.run("rdf", "--x", xn.toString(), "--y", yn.toString(), "--one-hot",
                "--inv-delta-min", "0.1", "--inv-delta-max", "100", "--steps", "10");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(11);
    }

    @Test
    void subsamplingUsesTheRequestedNumberOfPointsReproducibly() {
        CliRunner a = rdf("--samples", "100", "--seed", "7");
        CliRunner b = rdf("--samples", "100", "--seed", "7");
        CliRunner all = rdf();
        assertThat(a.exitCode()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(all.out());
    }

    private static Path npy(Path file, double[] values, int rows, int cols) throws IOException {
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
        int total = 10 + header.length() + 1;
        int pad = (64 - total % 64) % 64;
        header = header + " ".repeat(pad) + "\n";
        ByteBuffer buf = ByteBuffer.allocate(10 + header.length() + 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        buf.putShort((short) header.length());
        buf.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (double v : values) {
            buf.putDouble(v);
        }
        return Files.write(file, buf.array());
    }

    @Test
    void onlyAnXFileOfMillionsOfValuesCountsAsABigInputForTheWarmUp(@TempDir Path dir) throws IOException {
        Path small = Files.write(dir.resolve("small.npy"), new byte[1000]);
        Path big = Files.write(dir.resolve("big.npy"), new byte[(int) RdfCommand.BIG_INPUT_BYTES]);

        assertThat(RdfCommand.bigInput(new String[] {"rdf", "--x", big.toString(), "--y", small.toString()})).isTrue();
        assertThat(RdfCommand.bigInput(new String[] {"rdf", "--x=" + big})).isTrue();
        assertThat(RdfCommand.bigInput(new String[] {"rdf", "--y", big.toString(), "--x", small.toString()})).isFalse();
        assertThat(RdfCommand.bigInput(new String[] {"rdf", "--x", dir.resolve("missing.npy").toString()})).isFalse();
        assertThat(RdfCommand.bigInput(new String[] {"rdf", "--x"})).isFalse();
    }
}
