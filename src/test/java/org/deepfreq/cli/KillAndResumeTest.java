package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.results.Checkpoint;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection with real processes: a {@code train} child is killed with SIGKILL at random instants (half of the
 * chains with every write step slowed down, so that many kills land inside an epoch's writes), then resumed, again and
 * again until it completes. After every kill the folder must read back as epochs 0..E of its checkpoint, each equal to
 * the same epoch of an uninterrupted run with the same seed; at the end every table must equal the uninterrupted
 * run's byte for byte (timing columns aside). {@code -Ddeepfreq.killTest.instants=N} sets the number of kills (the
 * suite uses a few; the long manual run 200 or more), {@code -Ddeepfreq.killTest.seed=S} replays one sequence.
 */
class KillAndResumeTest {

    private static final int INSTANTS = Integer.getInteger("deepfreq.killTest.instants", 4);
    private static final long SEED = Long.getLong("deepfreq.killTest.seed", System.nanoTime());
    private static final long PAUSE_MS = 15;
    private static final List<String> TRAIN = List.of("train", "--preset", "depth-1d-demo", "--set", "depth=1", "--set",
            "epochs=12", "--set", "stop-loss=0", "--set", "samples=40", "--set", "steps=16");
    private static final List<String> TABLES = List.of("metrics.csv", "rdf.csv", "peaks.csv", "spectrum.csv", "fit.csv");

    @TempDir
    Path dir;

    private int kills;
    private int killsInsideWrites;
    private int killsBeforeFirstCheckpoint;

    @Test
    void aRunKilledAtRandomInstantsResumesToExactlyTheUninterruptedRun() throws Exception {
        Path reference = dir.resolve("reference");
        long t0 = System.nanoTime();
        Process ref = start(train(reference), dir.resolve("reference.log"), 0);
        assertThat(ref.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(ref.exitValue()).as(log(dir.resolve("reference.log"))).isZero();
        double runSeconds = (System.nanoTime() - t0) / 1e9;
        RunRecord expected = RunFolderReader.read(new RunFolder(reference));
        assertThat(expected.epochs()).hasSize(13);

        SplittableRandom random = new SplittableRandom(SEED);
        int chain = 0;
        while (kills < INSTANTS) {
            Path folder = dir.resolve("chain" + chain);
            long pause = chain % 2 == 0 ? PAUSE_MS : 0;
            double window = runSeconds + (pause > 0 ? 13 * 8 * pause / 1000.0 : 0);
            List<String> args = train(folder);
            boolean concurrencyChecked = chain > 0;
            boolean allCommitted = false;
            for (int attempt = 0; ; attempt++) {
                Path logFile = dir.resolve("chain" + chain + "-" + attempt + ".log");
                Process p = start(args, logFile, pause);
                awaitRunStart(p, logFile);
                if (!concurrencyChecked && p.isAlive()) {
                    secondWriterIsRefused(folder, p.pid());
                    concurrencyChecked = true;
                }
                Thread.sleep((long) (random.nextDouble() * window * 1000 * 0.8));
                if (!p.isAlive() || kills >= INSTANTS || allCommitted) {
                    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
                    if (allCommitted) { // killed after the last epoch's checkpoint: resuming only repairs the tables
                        assertThat(p.exitValue()).as(log(logFile)).isEqualTo(2);
                        assertThat(log(logFile)).contains("already finished all 12 epochs");
                    } else {
                        assertThat(p.exitValue()).as(log(logFile)).isZero();
                    }
                    break;
                }
                p.destroyForcibly(); // SIGKILL
                p.waitFor();
                kills++;
                allCommitted = consistentAndEqualToReference(folder, expected) == 12;
                args = List.of("train", "--resume", folder.toString());
            }
            for (String table : TABLES) {
                assertThat(withoutTiming(folder.resolve(table))).as(folder + "/" + table)
                        .isEqualTo(withoutTiming(reference.resolve(table)));
            }
            assertThat(Files.readString(folder.resolve("status.json"))).contains("COMPLETED", "\"epochs\" : 12");
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
            chain++;
        }
        String summary = String.format(Locale.ROOT, "kill test (seed %d): %d SIGKILL instants in %d chains, %d inside an "
                + "epoch's writes, %d before the first checkpoint; 0 inconsistent folders, 0 diverging resumes%n", SEED,
                kills, chain, killsInsideWrites, killsBeforeFirstCheckpoint);
        System.out.print(summary);
        Files.writeString(Path.of("target", "kill-test-summary.txt"), summary, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static List<String> train(Path out) {
        List<String> args = new ArrayList<>(TRAIN);
        args.add("--out");
        args.add(out.toString());
        return args;
    }

    /** After a kill: the folder holds exactly epochs 0..E of its checkpoint, each as in the uninterrupted run. */
    private int consistentAndEqualToReference(Path folder, RunRecord expected) throws IOException {
        RunFolder rf = new RunFolder(folder);
        Optional<Checkpoint.Contents> cp = Checkpoint.read(rf);
        int last = cp.map(Checkpoint.Contents::epoch).orElse(-1);
        killsBeforeFirstCheckpoint += last < 0 ? 1 : 0;
        killsInsideWrites += insideWrites(folder, last) ? 1 : 0;
        RunRecord got = RunFolderReader.read(rf);
        assertThat(got.epochs()).extracting(EpochResult::epoch).as("epochs of %s after a kill", folder)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(0, last).boxed().toList());
        for (int e = 0; e <= last; e++) {
            EpochResult a = got.epochs().get(e);
            EpochResult b = expected.epochs().get(e);
            assertThat(new double[] {a.learningRate(), a.trainLoss()}).as("epoch %d of %s", e, folder)
                    .containsExactly(b.learningRate(), b.trainLoss());
            assertThat(a.splits()).hasSameSizeAs(b.splits());
            for (int s = 0; s < a.splits().size(); s++) {
                SplitRdf x = a.splits().get(s);
                SplitRdf y = b.splits().get(s);
                assertThat(x.name()).isEqualTo(y.name());
                assertThat(x.rdf().rdf()).as("RDF of %s, epoch %d", x.name(), e).containsExactly(y.rdf().rdf());
            }
        }
        assertThat(got.spectra()).hasSize(last + 1);
        for (FourierSpectrum s : got.spectra()) {
            assertThat(s.output()).containsExactly(expected.spectra().get(s.epoch()).output());
        }
        return last;
    }

    /** Whether the kill interrupted an epoch's writes: a temporary file, or tables not ending at the checkpoint. */
    private static boolean insideWrites(Path folder, int checkpointEpoch) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            if (files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"))) {
                return true;
            }
        }
        for (String table : List.of("metrics.csv", "rdf.csv", "peaks.csv", "spectrum.csv")) {
            Path f = folder.resolve(table);
            if (!Files.exists(f)) {
                return checkpointEpoch >= 0;
            }
            String text = Files.readString(f);
            if (!text.endsWith("\n")) {
                return true;
            }
            List<String> lines = text.lines().toList();
            String lastRow = lines.get(lines.size() - 1);
            int epoch = lines.size() == 1 ? -1 : Integer.parseInt(lastRow.substring(0, lastRow.indexOf(',')));
            if (epoch != checkpointEpoch) {
                return true;
            }
        }
        return false;
    }

    /** A second train on the same folder, and a resume of it, are refused naming the live writer's PID. */
    private void secondWriterIsRefused(Path folder, long pid) throws Exception {
        Path logFile = dir.resolve("second-writer.log");
        Process second = start(List.of("train", "--resume", folder.toString()), logFile, 0);
        assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(log(logFile)).isEqualTo(2);
        assertThat(log(logFile)).contains("being written by another process (PID " + pid);
    }

    private static void awaitRunStart(Process p, Path logFile) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (p.isAlive() && !log(logFile).contains("; run folder ") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static Process start(List<String> args, Path logFile, long pauseMs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Ddeepfreq.test.stepPauseMs=" + pauseMs, "-cp", System.getProperty("java.class.path"),
                "org.deepfreq.Launcher"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile());
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        return pb.start();
    }

    private static String log(Path logFile) {
        try {
            return Files.exists(logFile) ? Files.readString(logFile) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** A table without the wall-clock columns of metrics.csv (seconds, samples_per_s), which differ between runs. */
    private static List<String> withoutTiming(Path table) throws IOException {
        List<String> lines = Files.readAllLines(table);
        if (!table.getFileName().toString().equals("metrics.csv")) {
            return lines;
        }
        return lines.stream().map(l -> {
            String[] c = l.split(",", -1);
            return String.join(",", java.util.Arrays.copyOf(c, c.length - 2));
        }).toList();
    }
}
