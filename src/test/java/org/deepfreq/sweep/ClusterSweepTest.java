package org.deepfreq.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.Presets;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real members: two worker processes on 127.0.0.1 (separate JVMs, different ports) and a submitter in this JVM.
 * First a sweep of 4 small 1-D cells runs on both; then the same sweep again, with one worker killed (SIGKILL) in the
 * middle of a cell: its cell resumes on the other worker from the last epoch that arrived, with the same losses as
 * the uninterrupted first sweep. Last, with the first worker still up: a member that is not on the list, or that has
 * another secret (so another cluster name), can neither join nor submit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSweepTest {

    /** Small, deterministic cells: 1-D fit, 100 points, a coarse RDF grid; no early stop. */
    static final List<String> SETTINGS = List.of("samples=100", "train=100", "steps=12", "stop-loss=0");

    /**
     * Epochs per cell: enough that a worker killed when its cell's epoch 3 reaches the submitter is still training
     * on an idle machine (with 8, a quiet worker finished the whole cell before the submitter saw epoch 3).
     */
    static final int EPOCHS = 30;

    @TempDir
    static Path dir;
    static Path secretFile;
    static String list;
    static WorkerProcess first;
    static WorkerProcess second;
    static ClusterSpec submitter;
    /**
     * The submitter's ports, one per sweep in turn: a submitter that rejoins at the address of one that has just left
     * could be taken for the old member, and a worker once never answered the new one's listener registration.
     */
    static int[] submitterPorts;
    static int sweeps;
    static String firstAddress;
    static String secondAddress;

    @BeforeAll
    static void startTwoWorkers() throws IOException, InterruptedException {
        secretFile = dir.resolve("secret");
        Files.writeString(secretFile, "test-secret-" + System.nanoTime());
        int p1 = WorkerProcess.freePort();
        int p2 = WorkerProcess.freePort();
        int p3 = WorkerProcess.freePort();
        int p4 = WorkerProcess.freePort();
        submitterPorts = new int[] {p3, p4};
        list = "127.0.0.1:" + p1 + ",127.0.0.1:" + p2 + ",127.0.0.1:" + p3 + ",127.0.0.1:" + p4;
        firstAddress = "127.0.0.1:" + p1;
        secondAddress = "127.0.0.1:" + p2;
        first = WorkerProcess.start(dir.resolve("first.log"), "worker", "--cluster", list, "--port", "" + p1,
                "--slots", "1", "--secret-file", secretFile.toString());
        second = WorkerProcess.start(dir.resolve("second.log"), "worker", "--cluster", list, "--port", "" + p2,
                "--slots", "1", "--secret-file", secretFile.toString());
        assertThat(first.awaitOutput("worker " + firstAddress + ": 1 slot(s)", Duration.ofSeconds(90)))
                .as(first.output()).isTrue();
        assertThat(second.awaitOutput("worker " + secondAddress + ": 1 slot(s)", Duration.ofSeconds(90)))
                .as(second.output()).isTrue();
        assertThat(first.awaitOutput("cluster: member " + secondAddress + " (worker, 1 slot(s)) is in the cluster",
                Duration.ofSeconds(30))).as(first.output()).isTrue();
        submitter = new ClusterSpec(ClusterSpec.parseList(List.of(list)), null, p3, ClusterSecret.resolve(secretFile, null));
    }

    @AfterAll
    static void stopWorkers() throws InterruptedException {
        first.close();
        second.close();
    }

    static SweepPlan plan(int epochs) {
        List<String> settings = new java.util.ArrayList<>(SETTINGS);
        settings.add("epochs=" + epochs);
        return SweepPlan.of(Presets.named("depth-1d-demo"), settings, List.of("depth=1,2"), 2);
    }

    static SweepStatus runSweep(SweepPlan plan, Path out, SweepListener listener) throws InterruptedException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ClusterSpec spec = new ClusterSpec(submitter.members(), null, submitterPorts[sweeps++ % submitterPorts.length],
                submitter.secret());
        try (ClusterMember member = ClusterMember.join(spec, 0, null, new PrintStream(log, true,
                StandardCharsets.UTF_8))) {
            return new SweepRunner(member, plan, out, String.join(",", submitter.members()), Duration.ofSeconds(30),
                    listener, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
        }
    }

    @Test
    @Order(1)
    void fourCellsCompleteOnBothWorkersAndSweepJsonSaysWhere() throws InterruptedException, IOException {
        Path out = dir.resolve("plain");
        SweepStatus status = runSweep(plan(EPOCHS), out, SweepListener.NONE);

        assertThat(status.cells()).hasSize(4).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(CellState.COMPLETED);
            assertThat(c.epochs()).isEqualTo(EPOCHS);
        });
        assertThat(status.cells().stream().map(SweepStatus.Cell::member).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(firstAddress, secondAddress);
        SweepStatus onDisk = SweepFile.read(out);
        assertThat(onDisk.cells()).extracting(SweepStatus.Cell::member)
                .containsExactlyElementsOf(status.cells().stream().map(SweepStatus.Cell::member).toList());
        for (SweepStatus.Cell c : status.cells()) {
            RunRecord run = RunFolderReader.read(new RunFolder(out.resolve(c.name())));
            assertThat(run.epochs()).extracting(EpochResult::epoch).containsExactlyElementsOf(
                    IntStream.rangeClosed(0, EPOCHS).boxed().toList());
            assertThat(out.resolve(c.name()).resolve("checkpoint.zip")).isNotEmptyFile();
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("group,epoch,split,n,peak_mean,peak_sd,train_loss_mean,train_loss_sd");
        assertThat(summary).anyMatch(l -> l.startsWith("depth2," + EPOCHS + ",h2,2,"));
        assertThat(summary).anyMatch(l -> l.startsWith("depth1/seed-2," + EPOCHS + ",h1,1,"));
    }

    @Test
    @Order(2)
    void aWorkerKilledMidCellLosesAtMostTheEpochInProgressAndTheCellContinuesFromItsCheckpoint()
            throws InterruptedException {
        Path reference = dir.resolve("plain");
        Path out = dir.resolve("killed");
        AtomicReference<SweepStatus> latest = new AtomicReference<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicReference<String> killedCell = new AtomicReference<>();
        SweepStatus status = runSweep(plan(EPOCHS), out, new SweepListener() {
            @Override
            public void changed(SweepStatus s) {
                latest.set(s);
            }

            @Override
            public void epoch(SweepCell cell, EpochResult result) {
                SweepStatus s = latest.get();
                boolean onSecond = s != null && s.cells().stream().anyMatch(c -> c.name().equals(cell.name())
                        && c.member().equals(secondAddress));
                if (onSecond && result.epoch() == 3 && killed.compareAndSet(false, true)) {
                    killedCell.set(cell.name());
                    try {
                        second.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });

        assertThat(killed).isTrue();
        assertThat(status.cells()).allSatisfy(c -> assertThat(c.state()).isEqualTo(CellState.COMPLETED));
        SweepStatus.Cell resumed = status.cells().stream().filter(c -> c.name().equals(killedCell.get())).findFirst()
                .orElseThrow();
        assertThat(resumed.attempts()).hasSize(2);
        SweepStatus.Attempt lost = resumed.attempts().get(0);
        SweepStatus.Attempt second = resumed.attempts().get(1);
        assertThat(lost.member()).isEqualTo(secondAddress);
        assertThat(lost.toEpoch()).isGreaterThanOrEqualTo(3);
        assertThat(second.member()).isEqualTo(firstAddress);
        assertThat(second.fromEpoch()).isEqualTo(lost.toEpoch() + 1).isGreaterThan(1);
        for (SweepStatus.Cell c : status.cells()) {
            RunRecord run = RunFolderReader.read(new RunFolder(out.resolve(c.name())));
            RunRecord uninterrupted = RunFolderReader.read(new RunFolder(reference.resolve(c.name())));
            assertThat(run.epochs()).extracting(EpochResult::epoch)
                    .containsExactlyElementsOf(IntStream.rangeClosed(0, EPOCHS).boxed().toList());
            Map<Integer, Double> expected = uninterrupted.epochs().stream()
                    .collect(Collectors.toMap(EpochResult::epoch, EpochResult::trainLoss));
            for (EpochResult e : run.epochs()) {
                assertThat(e.trainLoss()).as("%s epoch %d", c.name(), e.epoch())
                        .isCloseTo(expected.get(e.epoch()), org.assertj.core.data.Percentage.withPercentage(1e-3));
            }
        }
    }

    @Test
    @Order(3)
    void membersOutsideTheListOrWithAnotherSecretCannotJoinOrSubmit() throws IOException, InterruptedException {
        Path otherSecret = dir.resolve("other-secret");
        Files.writeString(otherSecret, "another-secret-" + System.nanoTime());
        int intruderPort = WorkerProcess.freePort();
        String intruder = "127.0.0.1:" + intruderPort;
        // the right secret but not on the worker's list: it meets the worker, sees it is not listed, and leaves;
        // on the list but with another secret: another cluster name, so the worker is never found
        try (WorkerProcess unlisted = WorkerProcess.start(dir.resolve("unlisted.log"), "sweep", "--preset",
                "depth-1d-demo", "--set", "depth=1", "--set", "epochs=2", "--out", dir.resolve("s1").toString(),
                "--cluster", list + "," + intruder, "--port", "" + intruderPort, "--secret-file", secretFile.toString(),
                "--wait-workers", "10");
                WorkerProcess stranger = WorkerProcess.start(dir.resolve("stranger.log"), "sweep", "--preset",
                        "depth-1d-demo", "--set", "depth=1", "--set", "epochs=2", "--out", dir.resolve("s2").toString(),
                        "--cluster", list, "--port", "" + submitterPorts[0], "--secret-file", otherSecret.toString(),
                        "--wait-workers", "5")) {
            assertThat(unlisted.process().waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(unlisted.process().exitValue()).as(unlisted.output()).isEqualTo(2);
            assertThat(unlisted.output()).contains("member " + firstAddress + " does not list this member ("
                    + intruder + ")");
            assertThat(stranger.process().waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(stranger.process().exitValue()).as(stranger.output()).isEqualTo(2);
            assertThat(stranger.output()).contains("no worker of this cluster (" + list + ") joined within 5 s");
        }
        assertThat(first.awaitOutput("cluster: ignoring member " + intruder + ": not in --cluster",
                Duration.ofSeconds(5))).as(first.output()).isTrue();
        assertThat(first.output()).doesNotContain("refused cell").doesNotContain("cell base/");
        assertThat(dir.resolve("s1").resolve("sweep.json")).doesNotExist();
        assertThat(first.process().isAlive()).isTrue();
    }
}
