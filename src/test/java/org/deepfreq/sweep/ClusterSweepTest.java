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
 * the uninterrupted first sweep.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSweepTest {

    /** Small, deterministic cells: 1-D fit, 200 points, a coarse RDF grid; no early stop. */
    static final List<String> SETTINGS = List.of("samples=200", "train=200", "steps=20", "stop-loss=0");

    @TempDir
    static Path dir;
    static WorkerProcess first;
    static WorkerProcess second;
    static ClusterSpec submitter;
    static String firstAddress;
    static String secondAddress;

    @BeforeAll
    static void startTwoWorkers() throws IOException, InterruptedException {
        Path secretFile = dir.resolve("secret");
        Files.writeString(secretFile, "test-secret-" + System.nanoTime());
        int p1 = WorkerProcess.freePort();
        int p2 = WorkerProcess.freePort();
        int p3 = WorkerProcess.freePort();
        String list = "127.0.0.1:" + p1 + ",127.0.0.1:" + p2 + ",127.0.0.1:" + p3;
        firstAddress = "127.0.0.1:" + p1;
        secondAddress = "127.0.0.1:" + p2;
        first = WorkerProcess.start(dir.resolve("first.log"), "worker", "--cluster", list, "--port", "" + p1,
                "--slots", "1", "--secret-file", secretFile.toString());
        assertThat(first.awaitOutput("worker " + firstAddress + ": 1 slot(s)", Duration.ofSeconds(60)))
                .as(first.output()).isTrue();
        second = WorkerProcess.start(dir.resolve("second.log"), "worker", "--cluster", list, "--port", "" + p2,
                "--slots", "1", "--secret-file", secretFile.toString());
        assertThat(second.awaitOutput("worker " + secondAddress + ": 1 slot(s)", Duration.ofSeconds(60)))
                .as(second.output()).isTrue();
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
        try (ClusterMember member = ClusterMember.join(submitter, 0, null, new PrintStream(log, true,
                StandardCharsets.UTF_8))) {
            return new SweepRunner(member, plan, out, String.join(",", submitter.members()), Duration.ofSeconds(30),
                    listener, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
        }
    }

    @Test
    @Order(1)
    void fourCellsCompleteOnBothWorkersAndSweepJsonSaysWhere() throws InterruptedException, IOException {
        Path out = dir.resolve("plain");
        SweepStatus status = runSweep(plan(10), out, SweepListener.NONE);

        assertThat(status.cells()).hasSize(4).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(CellState.COMPLETED);
            assertThat(c.epochs()).isEqualTo(10);
        });
        assertThat(status.cells().stream().map(SweepStatus.Cell::member).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(firstAddress, secondAddress);
        SweepStatus onDisk = SweepFile.read(out);
        assertThat(onDisk.cells()).extracting(SweepStatus.Cell::member)
                .containsExactlyElementsOf(status.cells().stream().map(SweepStatus.Cell::member).toList());
        for (SweepStatus.Cell c : status.cells()) {
            RunRecord run = RunFolderReader.read(new RunFolder(out.resolve(c.name())));
            assertThat(run.epochs()).extracting(EpochResult::epoch).containsExactlyElementsOf(
                    IntStream.rangeClosed(0, 10).boxed().toList());
            assertThat(out.resolve(c.name()).resolve("checkpoint.zip")).isNotEmptyFile();
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("group,epoch,split,n,peak_mean,peak_sd,train_loss_mean,train_loss_sd");
        assertThat(summary).anyMatch(l -> l.startsWith("depth2,10,h2,2,"));
        assertThat(summary).anyMatch(l -> l.startsWith("depth1/seed-2,10,h1,1,"));
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
        SweepStatus status = runSweep(plan(10), out, new SweepListener() {
            @Override
            public void changed(SweepStatus s) {
                latest.set(s);
            }

            @Override
            public void epoch(SweepCell cell, EpochResult result) {
                SweepStatus s = latest.get();
                boolean onSecond = s != null && s.cells().stream().anyMatch(c -> c.name().equals(cell.name())
                        && c.member().equals(secondAddress));
                if (onSecond && result.epoch() == 4 && killed.compareAndSet(false, true)) {
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
        assertThat(lost.toEpoch()).isGreaterThanOrEqualTo(4);
        assertThat(second.member()).isEqualTo(firstAddress);
        assertThat(second.fromEpoch()).isEqualTo(lost.toEpoch() + 1).isGreaterThan(1);
        for (SweepStatus.Cell c : status.cells()) {
            RunRecord run = RunFolderReader.read(new RunFolder(out.resolve(c.name())));
            RunRecord uninterrupted = RunFolderReader.read(new RunFolder(reference.resolve(c.name())));
            assertThat(run.epochs()).extracting(EpochResult::epoch)
                    .containsExactlyElementsOf(IntStream.rangeClosed(0, 10).boxed().toList());
            Map<Integer, Double> expected = uninterrupted.epochs().stream()
                    .collect(Collectors.toMap(EpochResult::epoch, EpochResult::trainLoss));
            for (EpochResult e : run.epochs()) {
                assertThat(e.trainLoss()).as("%s epoch %d", c.name(), e.epoch())
                        .isCloseTo(expected.get(e.epoch()), org.assertj.core.data.Percentage.withPercentage(1e-3));
            }
        }
    }
}
