package org.deepfreq.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps on an embedded member in this JVM: failures stay in their cell, and a stopped sweep continues. */
class SweepRunnerTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private ExperimentConfig small(int epochs) {
        return Presets.named("depth-1d-demo").config().withSettings(List.of("samples=60", "train=60", "steps=10",
                "stop-loss=0", "depth=1", "epochs=" + epochs));
    }

    private SweepStatus run(SweepPlan plan, int slots, SweepListener listener, AtomicReference<SweepRunner> runner)
            throws InterruptedException {
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        try (ClusterMember member = ClusterMember.embedded(slots,
                new WorkerContext(new DatasetDirectory(dir.resolve("datasets")), out), out)) {
            SweepRunner r = new SweepRunner(member, plan, dir.resolve("sweep"), "embedded", Duration.ofSeconds(10),
                    listener, out);
            runner.set(r);
            return r.run();
        }
    }

    @Test
    void aFailedAndADivergedCellAreRecordedAndTheOtherCellsComplete() throws InterruptedException {
        SweepPlan plan = SweepPlan.of("depth-1d-demo", small(3), Map.of("lr", List.of("3e-3", "1e30")), 1);
        ExperimentConfig missing = small(3).with("dataset", "mnist").with("train", "60").with("samples", "60");
        SweepPlan all = new SweepPlan("depth-1d-demo", Map.of("lr", List.of("3e-3", "1e30")), 1, List.of(
                plan.cells().get(0), plan.cells().get(1),
                new SweepCell("mnist/seed-1", "mnist", 1, missing)));

        SweepStatus status = run(all, 2, SweepListener.NONE, new AtomicReference<>());

        Map<String, SweepStatus.Cell> byName = new java.util.HashMap<>();
        status.cells().forEach(c -> byName.put(c.name(), c));
        assertThat(byName.get("lr3e-3/seed-1").state()).isEqualTo(CellState.COMPLETED);
        assertThat(byName.get("lr1e30/seed-1").state()).isEqualTo(CellState.DIVERGED);
        assertThat(byName.get("lr1e30/seed-1").message()).contains("diverged");
        assertThat(byName.get("mnist/seed-1").state()).isEqualTo(CellState.FAILED);
        assertThat(byName.get("mnist/seed-1").message()).contains("mnist").contains("datasets prepare");
        RunRecord failed = RunFolderReader.read(new RunFolder(dir.resolve("sweep").resolve("mnist/seed-1")));
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        RunRecord diverged = RunFolderReader.read(new RunFolder(dir.resolve("sweep").resolve("lr1e30/seed-1")));
        assertThat(diverged.status()).isEqualTo(RunStatus.DIVERGED);
    }

    @Test
    void aStoppedSweepContinuesReusingFinishedCellsAndResumingTheInterruptedOne() throws InterruptedException,
            java.io.IOException {
        SweepPlan plan = SweepPlan.of("depth-1d-demo", small(6), Map.of("width", List.of("20", "30")), 1);
        AtomicReference<SweepRunner> runner = new AtomicReference<>();
        SweepStatus stopped = run(plan, 1, new SweepListener() {
            @Override
            public void changed(SweepStatus s) {
                // the cell states are checked at the end
            }

            @Override
            public void epoch(SweepCell cell, EpochResult result) {
                if (cell.name().startsWith("width30") && result.epoch() == 2) {
                    runner.get().stop();
                }
            }
        }, runner);
        assertThat(stopped.cells().get(0).state()).isEqualTo(CellState.COMPLETED);
        assertThat(stopped.cells().get(1).state()).isEqualTo(CellState.QUEUED);
        int kept = stopped.cells().get(1).epochs();
        assertThat(kept).isGreaterThanOrEqualTo(2);

        SweepStatus continued = run(plan, 1, SweepListener.NONE, new AtomicReference<>());

        assertThat(continued.id()).isEqualTo(stopped.id());
        assertThat(continued.cells()).allSatisfy(c -> assertThat(c.state()).isEqualTo(CellState.COMPLETED));
        assertThat(continued.cells().get(0).attempts()).hasSize(1);
        List<SweepStatus.Attempt> attempts = continued.cells().get(1).attempts();
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).outcome()).startsWith("submitter stopped");
        assertThat(attempts.get(1).fromEpoch()).isEqualTo(kept + 1);
        RunRecord resumed = RunFolderReader.read(new RunFolder(dir.resolve("sweep").resolve("width30/seed-1")));
        assertThat(resumed.epochs()).extracting(EpochResult::epoch)
                .containsExactlyElementsOf(IntStream.rangeClosed(0, 6).boxed().toList());
        assertThat(Files.readString(dir.resolve("sweep").resolve("sweep.json"))).contains("\"from_epoch\" : " + (kept + 1));
    }
}
