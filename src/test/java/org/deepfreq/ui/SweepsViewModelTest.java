package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderWriter;
import org.deepfreq.results.RunRecord;
import org.deepfreq.spectrum.RdfResult;
import org.deepfreq.sweep.CellState;
import org.deepfreq.sweep.SweepCell;
import org.deepfreq.sweep.SweepFile;
import org.deepfreq.sweep.SweepPlan;
import org.deepfreq.sweep.SweepStatus;
import org.deepfreq.sweep.SweepSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fair_acc.dataset.DataSet;

/** The sweeps window's ViewModel on a sweep folder written by the sweep classes, with same-thread delivery. */
class SweepsViewModelTest {

    @TempDir
    Path dir;

    private final List<RunRecord> opened = new ArrayList<>();
    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sweeps-io-test");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    /** A cell run whose training loss is {@code scale / epoch} and whose split h1 peaks at 1/δ = {@code peak}. */
    private void cellRun(SweepCell cell, int epochs, double scale, double peak) {
        RunFolderWriter w = new RunFolderWriter(new RunFolder(dir.resolve(cell.name())), cell.config(),
                org.deepfreq.results.Provenance.UNKNOWN,
                List.of());
        double[] grid = {1, 2, 3, 4};
        for (int e = 1; e <= epochs; e++) {
            double[] rdf = new double[grid.length];
            for (int k = 0; k < grid.length; k++) {
                rdf[k] = grid[k] == peak ? 1 : 0.1;
            }
            w.epochFinished(new EpochResult(e, 1e-3, scale / e, Double.NaN, Double.NaN, 1, 100,
                    List.of(new SplitRdf(1, "h1", new RdfResult(grid, rdf.clone(), rdf, rdf)))), null);
        }
    }

    /**
     * Refreshes on the I/O thread, after whatever it has queued: open() polls there, and with same-thread delivery a
     * refresh on the test thread ran show() at the same time as a poll's (the lists came out doubled or empty).
     */
    private void refreshOnIoThread(SweepsViewModel vm) throws Exception {
        io.submit(vm::refresh).get();
    }

    @Test
    void aSweepFolderShowsItsCellsAndTheSettingsMeanAndSdOverSeeds() throws Exception {
        ExperimentConfig base = Presets.named("depth-1d-demo").config();
        SweepPlan plan = SweepPlan.of("depth-1d-demo", base, Map.of("depth", List.of("1", "2")), 2);
        List<SweepCell> cells = plan.cells();
        cellRun(cells.get(0), 3, 1.0, 2);
        cellRun(cells.get(1), 3, 3.0, 4);
        cellRun(cells.get(2), 2, 2.0, 3);
        SweepSummary.write(dir, cells);
        SweepStatus.Attempt a = new SweepStatus.Attempt(1, "127.0.0.1:5701", 0, 3, "t0", "t1", "completed");
        SweepFile.write(dir, new SweepStatus("id", "depth-1d-demo", plan.vary(), 2, "embedded", "t1", List.of(
                new SweepStatus.Cell(cells.get(0).name(), "depth1", 1, CellState.COMPLETED, 3, "", List.of(a)),
                new SweepStatus.Cell(cells.get(1).name(), "depth1", 2, CellState.COMPLETED, 3, "", List.of(a)),
                new SweepStatus.Cell(cells.get(2).name(), "depth2", 1, CellState.RUNNING, 2, "", List.of(a)),
                new SweepStatus.Cell(cells.get(3).name(), "depth2", 2, CellState.QUEUED, 0, "", List.of()))));

        SweepsViewModel vm = new SweepsViewModel(opened::add, () -> base, dir, null, io, Runnable::run);
        vm.open(dir);
        refreshOnIoThread(vm);

        assertThat(vm.cells()).extracting(SweepStatus.Cell::name).containsExactly("depth1/seed-1", "depth1/seed-2",
                "depth2/seed-1", "depth2/seed-2");
        assertThat(vm.countsProperty().get()).contains("4 cells, 2 done, 1 running, 1 queued");
        assertThat(vm.splitProperty().get()).isEqualTo("h1");
        assertThat(vm.lossBands()).extracting(DataSet::getName).containsExactly("depth1 (n=2)", "depth2 (n=1)");
        io.fair_acc.dataset.DataSetError depth1 = (io.fair_acc.dataset.DataSetError) vm.lossBands().get(0);
        // epoch 2: losses 1/2 and 3/2 -> mean 1, sample sd sqrt(((0.5-1)^2 + (1.5-1)^2) / 1) = 0.7071
        assertThat(depth1.get(DataSet.DIM_X, 1)).isEqualTo(2);
        assertThat(depth1.get(DataSet.DIM_Y, 1)).isCloseTo(1.0, within(1e-9));
        assertThat(depth1.getErrorPositive(DataSet.DIM_Y, 1)).isCloseTo(Math.sqrt(0.5), within(1e-9));
        io.fair_acc.dataset.DataSetError peaks = (io.fair_acc.dataset.DataSetError) vm.peakBands().get(0);
        assertThat(peaks.get(DataSet.DIM_Y, 0)).isCloseTo(3.0, within(1e-9));
        assertThat(peaks.getErrorNegative(DataSet.DIM_Y, 0)).isCloseTo(Math.sqrt(2), within(1e-9));

        vm.openCell(vm.cells().get(3));
        assertThat(vm.messageProperty().get()).contains("has not started yet");
    }

    @Test
    void theAppStartsASweepOfItsCurrentSettingsOnTheEmbeddedMemberAndShowsItsCells() throws Exception {
        ExperimentConfig base = Presets.named("depth-1d-demo").config().withSettings(List.of("epochs=2",
                "samples=60", "train=60", "steps=10"));
        SweepsViewModel vm = new SweepsViewModel(opened::add, () -> base, dir,
                new org.deepfreq.data.DatasetDirectory(dir.resolve("datasets")), io, Runnable::run);
        vm.start(2, "depth", "1,2", "", "");
        assertThat(vm.runningProperty().get()).isTrue();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (vm.runningProperty().get() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(vm.messageProperty().get()).isEqualTo("sweep finished: 4 completed, 0 diverged, 0 failed");
        refreshOnIoThread(vm);
        assertThat(vm.cells()).hasSize(4).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(CellState.COMPLETED);
            assertThat(c.epochs()).isEqualTo(2);
        });
        assertThat(vm.folderProperty().get()).contains("depth-1d-demo-sweep");
        assertThat(vm.lossBands()).extracting(DataSet::getName).containsExactly("depth1 (n=2)", "depth2 (n=2)");
    }
}
