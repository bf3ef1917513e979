package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CLI's bad inputs and faults, one row each (those of issue 14 and the rdf command's input checks): every one
 * ends with exit code 2 and one line on stderr naming the cause and the fix, without a stack trace, and leaves what
 * was there untouched.
 */
class FaultCasesTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void fixtures() throws Exception {
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            double v = -1 + 2.0 * i / 199;
            x.append(String.format(Locale.ROOT, "%.6f%n", v));
            y.append(String.format(Locale.ROOT, "%.6f%n", Math.sin(3 * v)));
        }
        Files.writeString(dir.resolve("x.csv"), x);
        Files.writeString(dir.resolve("y.csv"), y);
        Files.write(dir.resolve("x-bom.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                x.toString().getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("x-utf16.csv"), x.toString().getBytes(StandardCharsets.UTF_16));
        Files.write(dir.resolve("object.npy"), npy("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }"));
        Files.createDirectories(dir.resolve("folder"));
        Files.writeString(dir.resolve("afile"), "x\n");
        Files.writeString(dir.resolve("target.txt"), "keep\n");
        Files.createSymbolicLink(dir.resolve("link.csv"), dir.resolve("target.txt"));
        new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start().waitFor();
        Files.createDirectories(dir.resolve("mine"));
        Files.writeString(dir.resolve("mine/metrics.csv"), "my,own\n");
        InputFiles small = new InputFiles(dir); // four points, for the rdf command's input checks
        small.csv("x4.csv", "1", "2", "3", "4");
        small.csv("y4.csv", "1", "0", "1", "0");
        small.csv("ragged.csv", "1,2", "3,4", "5", "6,7");
        small.csv("text.csv", "1", "2", "abc", "4");
        small.csv("short.csv", "1", "2", "3");
        small.csv("nan.csv", "1", "NaN", "3", "4");
        small.csv("inf.csv", "1", "2", "Infinity", "4");

        CliRunner r = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "depth=1", "--set", "epochs=2",
                "--set", "samples=40", "--set", "steps=10", "--out", dir.resolve("run").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        copy(dir.resolve("run"), dir.resolve("garbage"));
        Files.writeString(dir.resolve("garbage/metrics.csv"), "garbage\u0000,,\nzz\n");
        copy(dir.resolve("run"), dir.resolve("badcheckpoint"));
        byte[] noise = new byte[4096];
        new java.util.Random(1).nextBytes(noise);
        Files.write(dir.resolve("badcheckpoint/checkpoint.zip"), noise);
        copy(dir.resolve("run"), dir.resolve("rdfgone"));
        Files.delete(dir.resolve("rdfgone/rdf.csv"));
        Files.createDirectories(dir.resolve("nordf"));
        Files.copy(dir.resolve("run/config.json"), dir.resolve("nordf/config.json"));
        Files.copy(dir.resolve("run/metrics.csv"), dir.resolve("nordf/metrics.csv"));
        Files.writeString(dir.resolve("nordf/status.json"), "{\"status\":\"COMPLETED\",\"message\":\"\",\"epochs\":2}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing file                | rdf SMALL --x missing.csv --y y4.csv --out out.csv | missing.csv: file not found",
        "ragged row                  | rdf SMALL --x ragged.csv --y y4.csv --out out.csv | line 3 has 1 values but the first row has 2",
        "non-numeric cell            | rdf SMALL --x text.csv --y y4.csv --out out.csv | line 3, column 1 is not a number ('abc')",
        "row count mismatch          | rdf SMALL --x x4.csv --y short.csv --out out.csv | has 4 rows but",
        "NaN value                   | rdf SMALL --x nan.csv --y y4.csv --out out.csv | NaN or infinite value at row 2",
        "infinite value              | rdf SMALL --x x4.csv --y inf.csv --out out.csv | NaN or infinite value at row 3",
        "1/δ min equal to max        | rdf --inv-delta-min 5 --inv-delta-max 5 --steps 5 --x x4.csv --y y4.csv --out out.csv"
                + " | must be smaller than 1/δ max",
        "1/δ min above max           | rdf --inv-delta-min 9 --inv-delta-max 5 --steps 5 --x x4.csv --y y4.csv --out out.csv"
                + " | must be smaller than 1/δ max",
        "zero 1/δ min                | rdf --inv-delta-min 0 --inv-delta-max 10 --steps 5 --x x4.csv --y y4.csv --out out.csv"
                + " | 1/δ min must be positive",
        "negative 1/δ min            | rdf --inv-delta-min -3 --inv-delta-max 10 --steps 5 --x x4.csv --y y4.csv --out out.csv"
                + " | 1/δ min must be positive",
        "too few steps               | rdf --inv-delta-min 1 --inv-delta-max 10 --steps 2 --x x4.csv --y y4.csv --out out.csv"
                + " | at least 3 steps",
        "too many samples            | rdf SMALL --x x4.csv --y y4.csv --samples 10 --out out.csv | --samples 10 exceeds the 4 points",
        "--out a symbolic link       | rdf GRID --x x.csv --y y.csv --out link.csv   | is a symbolic link, not a regular file",
        "--out a pipe (special file) | rdf GRID --x x.csv --y y.csv --out fifo       | is a device or special file",
        "--x a folder                | rdf GRID --x folder --y y.csv                 | is a folder, not a file",
        "object-dtype .npy           | rdf GRID --x object.npy --y y.csv             | dtype is '|O' (Python objects)",
        "UTF-16 CSV                  | rdf GRID --x x-utf16.csv --y y.csv            | is UTF-16",
        "--x under a file            | rdf GRID --x afile/x.csv --y y.csv            | not a directory",
        "--out under a file          | rdf GRID --x x.csv --y y.csv --out afile/o.csv | not a directory",
        "--steps 100000000           | rdf --inv-delta-min 1 --inv-delta-max 9 --steps 100000000 --x x.csv --y y.csv | GiB",
        "--inv-delta-max 1e40        | rdf --inv-delta-min 1 --inv-delta-max 1e40 --steps 9 --x x.csv --y y.csv | overflows",
        "--out a non-run folder      | train --preset depth-1d-demo --set depth=1 --out mine | is not empty and is not a run folder",
        "--resume with --set width   | train --resume run --set width=3              | cannot change a run being resumed",
        "--resume with --preset      | train --resume run --preset rdf-sin           | give --resume DIR alone",
        "--resume a finished run     | train --resume run                            | add --set epochs=N (N > 2)",
        "checkpoint of random bytes  | train --resume badcheckpoint --set epochs=3   | the checkpoint is damaged",
        "figure --epoch -1           | figure --run run --chart rdf --epoch -1 --out f.png | --epoch must be 0 or more",
        "figure --epoch past the end | figure --run run --chart rdf --epoch 9 --out f.png  | choose 0..2",
        "figure without rdf.csv      | figure --run nordf --chart rdf --out f.png    | has no RDF data",
        "figure, rdf.csv deleted     | figure --run rdfgone --chart rdf --out f.png  | rdf.csv: has no rows for epoch 0",
        "figure on garbage metrics   | figure --run garbage --chart loss --out f.png | not a table this program wrote",
        "reproduce on garbage run    | reproduce --only mnist-dnn --no-figures --out REPRO | not a table this program wrote",
    })
    void faultGivesOneLineAndExitCode2(String name, String command, String message) throws IOException {
        Path repro = dir.resolve("repro");
        Files.createDirectories(repro.resolve("runs"));
        if (!Files.exists(repro.resolve("runs/mnist-dnn-seed1"))) {
            copy(dir.resolve("garbage"), repro.resolve("runs/mnist-dnn-seed1"));
            Files.writeString(repro.resolve("report.md"), "earlier report\n");
        }
        List<String> args = new ArrayList<>();
        for (String a : command.trim().split("\\s+")) {
            switch (a) {
                case "GRID" -> args.addAll(List.of("--inv-delta-min", "1", "--inv-delta-max", "50", "--steps", "9"));
                case "SMALL" -> args.addAll(List.of("--inv-delta-min", "1", "--inv-delta-max", "10", "--steps", "5"));
                case "REPRO" -> args.add(repro.toString());
                default -> args.add(a.endsWith(".csv") || a.endsWith(".npy") || a.endsWith(".png") || List.of("run",
                        "mine", "folder", "fifo", "garbage", "nordf", "rdfgone", "badcheckpoint").contains(a) || a.startsWith("afile")
                        ? dir.resolve(a).toString() : a);
            }
        }
        CliRunner.run(args.toArray(String[]::new)).assertBadInput(message);
        assertThat(Files.readString(dir.resolve("target.txt"))).isEqualTo("keep\n");
        assertThat(Files.isSymbolicLink(dir.resolve("link.csv"))).isTrue();
        assertThat(Files.isRegularFile(dir.resolve("fifo"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.readString(dir.resolve("mine/metrics.csv"))).isEqualTo("my,own\n");
        assertThat(Files.readString(repro.resolve("report.md"))).isEqualTo("earlier report\n");
        assertThat(dir.resolve("f.png")).doesNotExist();
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void aByteOrderMarkOnAHeaderlessCsvKeepsItsFirstRow() throws IOException {
        CliRunner plain = CliRunner.run("rdf", "--inv-delta-min", "1", "--inv-delta-max", "50", "--steps", "9", "--x",
                dir.resolve("x.csv").toString(), "--y", dir.resolve("y.csv").toString());
        CliRunner bom = CliRunner.run("rdf", "--inv-delta-min", "1", "--inv-delta-max", "50", "--steps", "9", "--x",
                dir.resolve("x-bom.csv").toString(), "--y", dir.resolve("y.csv").toString());
        assertThat(bom.exitCode()).as(bom.err()).isZero();
        assertThat(bom.out()).isEqualTo(plain.out()); // 200 of 200 points: a dropped row would change the RDF
    }

    private static byte[] npy(String header) {
        String h = header;
        while ((10 + h.length() + 1) % 64 != 0) {
            h += " ";
        }
        h += "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + h.length() + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        b.putShort((short) h.length());
        b.put(h.getBytes(StandardCharsets.ISO_8859_1));
        return b.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
