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
 * Fault injection with real processes: a {@code train} child is killed with SIGKILL at random instants (every other
 * process with each write step slowed down, so that many kills land inside an epoch's writes), then resumed, again and
 * again until it completes. A kill instant is drawn uniformly over what is left of the process's run, from the moment
 * it prints its run folder line (JVM start and set-up done) to its expected exit, estimated per epoch from the
 * uninterrupted reference run and from every later process that ran to its end (and doubled after a kill that came
 * before any new epoch, so a loaded machine does not keep every kill in the same place). After every kill the folder must
 * read back as epochs 0..E of its checkpoint, each equal to the same epoch of an uninterrupted run with the same seed;
 * at the end every table must equal the uninterrupted run's byte for byte (timing columns aside).
 * {@code -Ddeepfreq.killTest.instants=N} sets the number of kills (the suite uses a few; the long manual run 200 or
 * more), {@code -Ddeepfreq.killTest.seed=S} replays one sequence.
 */
class KillAndResumeTest {

    private static final int INSTANTS = Integer.getInteger("deepfreq.killTest.instants", 4);
    private static final long SEED = Long.getLong("deepfreq.killTest.seed", System.nanoTime());
    private static final long PAUSE_MS = 15;
    /** Pause of every write step of the process that holds a folder while a second writer is refused (minutes). */
    private static final long HOLD_PAUSE_MS = 2000;
    /** Write steps of one epoch (checkpoint: network, record, rename; four appends; fit.csv and status.json moves). */
    private static final int WRITE_STEPS_PER_EPOCH = 9;
    private static final int EPOCHS = 12;
    private static final List<String> TRAIN = List.of("train", "--preset", "depth-1d-demo", "--set", "depth=1", "--set",
            "epochs=" + EPOCHS, "--set", "stop-loss=0", "--set", "samples=40", "--set", "steps=16");
    private static final List<String> TABLES = List.of("metrics.csv", "rdf.csv", "peaks.csv", "spectrum.csv", "fit.csv");

    @TempDir
    Path dir;

    private int kills;
    private int killsInsideWrites;
    private int killsBeforeFirstCheckpoint;
    private int killsBeforeFirstEpochLine;

    @Test
    void aRunKilledAtRandomInstantsResumesToExactlyTheUninterruptedRun() throws Exception {
        long started = System.nanoTime();
        Path reference = dir.resolve("reference");
        Process ref = start(train(reference), dir.resolve("reference.log"), 0);
        long refStart = awaitRunStart(ref, dir.resolve("reference.log"));
        assertThat(ref.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(ref.exitValue()).as(log(dir.resolve("reference.log"))).isZero();
        RunRecord expected = RunFolderReader.read(new RunFolder(reference));
        assertThat(expected.epochs()).hasSize(EPOCHS + 1);
        // seconds per epoch from the run folder line to the exit, per pause setting (index 0: no pause, 1: paused);
        // the paused estimate starts from the unpaused one plus the pauses and is replaced by what unkilled runs show
        double[] perEpoch = new double[2];
        perEpoch[0] = (System.nanoTime() - refStart) / 1e9 / (EPOCHS + 1);
        perEpoch[1] = perEpoch[0] + WRITE_STEPS_PER_EPOCH * PAUSE_MS / 1000.0;

        // a writer slowed down so much that it is still alive while a second process tries the same folder
        Path held = dir.resolve("held");
        Process holder = start(train(held), dir.resolve("held.log"), HOLD_PAUSE_MS);
        awaitRunStart(holder, dir.resolve("held.log"));
        assertThat(holder.isAlive()).as(log(dir.resolve("held.log"))).isTrue();
        secondWriterIsRefused(held, holder.pid());
        holder.destroyForcibly();
        holder.waitFor();

        SplittableRandom random = new SplittableRandom(SEED);
        int chain = 0;
        int attempts = 0;
        while (kills < INSTANTS) {
            Path folder = dir.resolve("chain" + chain);
            List<String> args = train(folder);
            int committed = -1;
            for (int attempt = 0; ; attempt++) {
                int mode = attempts++ % 2;
                Path logFile = dir.resolve("chain" + chain + "-" + attempt + ".log");
                Process p = start(args, logFile, mode == 1 ? PAUSE_MS : 0);
                long runStart = awaitRunStart(p, logFile);
                // the kill instant: uniform over what is left of this attempt, from its run folder line to its exit
                int epochsLeft = EPOCHS - committed;
                long killAt = runStart + (long) (random.nextDouble() * perEpoch[mode] * epochsLeft * 1e9);
                long wait = killAt - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                if (!p.isAlive() || kills >= INSTANTS || committed == EPOCHS) {
                    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
                    if (committed == EPOCHS) { // killed after the last epoch's checkpoint: resuming only repairs tables
                        assertThat(p.exitValue()).as(log(logFile)).isEqualTo(2);
                        assertThat(log(logFile)).contains("already finished all " + EPOCHS + " epochs");
                    } else {
                        assertThat(p.exitValue()).as(log(logFile)).isZero();
                        perEpoch[mode] = (System.nanoTime() - runStart) / 1e9 / epochsLeft;
                    }
                    break;
                }
                p.destroyForcibly(); // SIGKILL
                p.waitFor();
                kills++;
                killsBeforeFirstEpochLine += log(logFile).lines().anyMatch(l -> l.startsWith("epoch ")) ? 0 : 1;
                int before = committed;
                committed = consistentAndEqualToReference(folder, expected);
                if (committed == before) {
                    // no epoch finished before the kill: the machine is slower than estimated (load), so widen the
                    // window, or every later kill would land in the same place and the chain would never end
                    perEpoch[mode] *= 2;
                }
                args = List.of("train", "--resume", folder.toString());
            }
            for (String table : TABLES) {
                assertThat(withoutTiming(folder.resolve(table))).as(folder + "/" + table)
                        .isEqualTo(withoutTiming(reference.resolve(table)));
            }
            assertThat(Files.readString(folder.resolve("status.json"))).contains("COMPLETED", "\"epochs\" : " + EPOCHS);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
            chain++;
        }
        String summary = String.format(Locale.ROOT, "kill test (seed %d): %d SIGKILL instants in %d chains (%d train "
                + "processes), %d inside an epoch's writes, %d before the first checkpoint, %d before the process printed "
                + "an epoch line; 0 inconsistent folders, 0 diverging resumes; %.0f s%n", SEED, kills, chain, attempts + 3,
                killsInsideWrites, killsBeforeFirstCheckpoint, killsBeforeFirstEpochLine,
                (System.nanoTime() - started) / 1e9);
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

    /** Waits until the child prints its run folder line (its setup is done) and returns when it saw it (nanoTime). */
    private static long awaitRunStart(Process p, Path logFile) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (p.isAlive() && !log(logFile).contains("; run folder ") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    private Process start(List<String> args, Path logFile, long pauseMs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-Ddeepfreq.test.stepPauseMs=" + pauseMs));
        // class-data sharing: the first child (the reference run) records the classes it loads, the others map them
        // (start-up is most of a short child's cost; -Xshare:auto ignores an archive it cannot use)
        Path archive = dir.resolve("children.jsa");
        cmd.add(Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
        cmd.addAll(List.of("-Xshare:auto", "-cp", childClasspath(), "org.deepfreq.Launcher"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile());
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        return pb.start();
    }

    /**
     * The test's class path with the application's classes folder packed into a jar (class-data sharing archives only
     * jars) and without the tests' classes, which a child does not use.
     */
    private String childClasspath() throws IOException {
        Path jar = dir.resolve("app.jar");
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
            } else if (!path.getFileName().toString().equals("test-classes")) {
                if (!Files.exists(jar)) {
                    packInto(path, jar);
                }
                entries.add(0, jar.toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static void packInto(Path classes, Path jar) throws IOException {
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
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
