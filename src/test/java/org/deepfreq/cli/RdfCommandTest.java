package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[3])).max().orElseThrow())
                .isEqualTo(1.0);
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
}
