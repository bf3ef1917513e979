package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.results.RunCatalog;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderWriter;
import org.deepfreq.results.RunRecord;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fair_acc.dataset.DataSet;

/** The runs browser's ViewModel with same-thread executors: listing, opening, comparing, renaming, deleting. */
class RunsViewModelTest {

    @TempDir
    Path runs;

    private final List<RunRecord> opened = new ArrayList<>();
    private Path busyFolder;
    private RunsViewModel vm;

    @BeforeEach
    void catalog() {
        vm = new RunsViewModel(new RunCatalog(runs), opened::add, dir -> dir.equals(busyFolder), Runnable::run,
                Runnable::run);
    }

    /** A run whose split {@code deep} peaks at 1/δ = peakBase + epoch, over {@code epochs} epochs. */
    private Path run(String name, int hidden, int epochs, double peakBase, RunStatus status) {
        ExperimentConfig c = Presets.named("mnist-dnn-demo").config();
        RunFolderWriter w = new RunFolderWriter(new RunFolder(runs.resolve(name)), c, Map.of(), List.of());
        double[] grid = {1, 2, 3, 4, 5, 6, 7, 8};
        for (int e = 0; e <= epochs; e++) {
            List<SplitRdf> splits = new ArrayList<>();
            for (int s = 0; s <= hidden; s++) {
                double peak = peakBase + e + s;
                double[] rdf = new double[grid.length];
                for (int k = 0; k < grid.length; k++) {
                    rdf[k] = Math.exp(-(grid[k] - peak) * (grid[k] - peak));
                }
                splits.add(new SplitRdf(s, s == 0 ? "input" : "h" + s, new RdfResult(grid, rdf.clone(), rdf, rdf)));
            }
            w.epochFinished(new EpochResult(e, 1e-3, e == 0 ? Double.NaN : 1.0 / e, 1, 0.5, 1, 100, splits), null);
        }
        w.onEvent(new RunEvent.StatusChanged(status, status == RunStatus.DIVERGED ? "loss became NaN" : "done"));
        return runs.resolve(name);
    }

    @Test
    void listsTheRunsAndSaysWhenThereAreNone() {
        vm.refresh();
        assertThat(vm.runs()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("no runs yet");
        run("a", 2, 3, 1, RunStatus.COMPLETED);
        run("b", 2, 1, 1, RunStatus.CANCELLED);
        vm.refresh();
        assertThat(vm.runs()).extracting(RunCatalog.Summary::name).containsExactlyInAnyOrder("a", "b");
        assertThat(vm.messageProperty().get()).isEqualTo("2 runs");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void openingARunHandsEveryRecordedEpochToTheDashboard() {
        run("crashed", 2, 3, 1, RunStatus.DIVERGED);
        vm.refresh();
        vm.open(vm.runs().get(0));
        assertThat(opened).hasSize(1);
        RunRecord r = opened.get(0);
        assertThat(r.status()).isEqualTo(RunStatus.DIVERGED);
        assertThat(r.message()).isEqualTo("loss became NaN");
        assertThat(r.epochs()).extracting(EpochResult::epoch).containsExactly(0, 1, 2, 3);
        assertThat(r.epochs().get(2).splits()).extracting(SplitRdf::name).containsExactly("input", "h1", "h2");
        assertThat(r.epochs().get(2).splits().get(2).peakInvDelta()).isEqualTo(5.0);
        assertThat(vm.messageProperty().get()).isEqualTo("opened crashed (4 epochs, diverged)");
    }

    @Test
    void comparisonOverlaysTheCommonSplitsAtTheChosenEpochAndReplays() {
        run("deep", 3, 4, 1, RunStatus.COMPLETED);
        run("shallow", 2, 2, 3, RunStatus.CANCELLED);
        vm.refresh();
        vm.compare(List.copyOf(vm.runs()));
        ComparisonViewModel cmp = vm.comparison();
        assertThat(cmp.splits()).containsExactly("input", "h1", "h2");
        assertThat(cmp.splitProperty().get()).isEqualTo("h2");
        assertThat(cmp.maxEpochProperty().get()).isEqualTo(4);
        assertThat(cmp.epochProperty().get()).isEqualTo(4);
        assertThat(cmp.rdfCurves()).hasSize(2);
        assertThat(cmp.lossCurves()).hasSize(2);
        DataSet deep = curveOf(cmp, "deep");
        DataSet shallow = curveOf(cmp, "shallow");
        assertThat(deep.getName()).endsWith("epoch 4");
        assertThat(peakOf(deep)).isEqualTo(7.0); // 1 + epoch 4 + split 2
        assertThat(shallow.getName()).endsWith("epoch 2"); // the shorter run shows its last epoch
        assertThat(peakOf(shallow)).isEqualTo(7.0); // 3 + 2 + 2

        cmp.epochProperty().set(1);
        assertThat(deep.getName()).endsWith("epoch 1");
        assertThat(peakOf(deep)).isEqualTo(4.0);
        cmp.splitProperty().set("input");
        assertThat(peakOf(deep)).isEqualTo(2.0);
        assertThat(peakOf(shallow)).isEqualTo(4.0);
        assertThat(cmp.titleProperty().get()).isEqualTo("Normalised RDF of split input at epoch 1");
        assertThat(curveOf(cmp, "deep")).isSameAs(deep); // updated in place
        assertThat(cmp.lossCurves().get(0).getDataCount() + cmp.lossCurves().get(1).getDataCount()).isEqualTo(6);
        assertThat(cmp.lossCurves().get(0).get(DataSet.DIM_Y, 0)).isCloseTo(1.0, within(1e-9));
    }

    private static DataSet curveOf(ComparisonViewModel cmp, String run) {
        return cmp.rdfCurves().stream().filter(d -> d.getName().startsWith(run + " ")).findFirst().orElseThrow();
    }

    private static double peakOf(DataSet ds) {
        int best = 0;
        for (int i = 1; i < ds.getDataCount(); i++) {
            if (ds.get(DataSet.DIM_Y, i) > ds.get(DataSet.DIM_Y, best)) {
                best = i;
            }
        }
        return ds.get(DataSet.DIM_X, best);
    }

    @Test
    void aMultiSeedFolderIsOneRowAndOpensAndComparesAsMeanAndSdBands() throws java.io.IOException {
        run("three/seed-1", 2, 3, 1, RunStatus.COMPLETED);
        run("three/seed-2", 2, 3, 2, RunStatus.COMPLETED);
        run("three/seed-3", 2, 2, 3, RunStatus.COMPLETED); // one seed a little shorter
        run("single", 2, 3, 1, RunStatus.COMPLETED);
        // summaries and the comparison never parse the DFT spectra (the largest table of a long 1-D run): a damaged
        // spectrum.csv in seed 2 does not stop them
        Files.writeString(runs.resolve("three/seed-2/spectrum.csv"), "garbage\n");
        assertThat(org.deepfreq.results.SeedSummary.write(runs.resolve("three"))).hasSize(4 * 3);
        vm.refresh();
        assertThat(vm.runs()).extracting(RunCatalog.Summary::name).containsExactlyInAnyOrder("three", "single");
        RunCatalog.Summary three = vm.runs().stream().filter(RunCatalog.Summary::multiSeed).findFirst().orElseThrow();
        assertThat(three.seeds()).isEqualTo(3);
        assertThat(three.epochs()).isEqualTo(2); // the fewest epochs any seed holds

        vm.open(three);
        assertThat(opened).extracting(r -> r.folder().dir().getFileName().toString()).containsExactly("seed-1");
        ComparisonViewModel cmp = vm.comparison();
        assertThat(cmp.rdfCurves()).hasSize(3); // each seed's RDF at the epoch
        assertThat(cmp.splitProperty().get()).isEqualTo("h2");
        DataErrorSet band = new DataErrorSet(cmp.peakCurves().get(0));
        // h2 peaks at base + epoch + 2 with bases 1, 2, 3: mean 4 + epoch, sample sd 1; epoch 3 has seeds 1 and 2 only
        for (int e = 0; e <= 2; e++) {
            assertThat(band.x(e)).isEqualTo(e);
            assertThat(band.y(e)).isCloseTo(4 + e, within(1e-12));
            assertThat(band.error(e)).isCloseTo(1.0, within(1e-12));
        }
        assertThat(band.y(3)).isCloseTo(6.5, within(1e-12));
        assertThat(band.error(3)).isCloseTo(Math.sqrt(0.5), within(1e-12));
        DataErrorSet loss = new DataErrorSet(cmp.lossCurves().get(0));
        assertThat(loss.x(0)).isEqualTo(1.0); // epoch 0 has no training loss
        assertThat(loss.y(1)).isCloseTo(0.5, within(1e-12));
        assertThat(loss.error(1)).isZero();
        assertThat(cmp.lossCurves().get(0).getName()).isEqualTo("three (mean ± sd of 3 seeds)");

        cmp.splitProperty().set("input");
        assertThat(new DataErrorSet(cmp.peakCurves().get(0)).y(0)).isCloseTo(2.0, within(1e-12));

        vm.compare(List.copyOf(vm.runs()));
        assertThat(cmp.entries()).hasSize(2);
        assertThat(cmp.rdfCurves()).hasSize(4);
        assertThat(cmp.peakCurves()).hasSize(2);
        assertThat(vm.messageProperty().get()).isEqualTo("comparing 2 runs (multi-seed folders: mean ± sd)");
        DataSet singlePeaks = cmp.peakCurves().stream().filter(d -> d.getName().startsWith("single")).findFirst()
                .orElseThrow();
        assertThat(new DataErrorSet(singlePeaks).y(3)).isEqualTo(1 + 3 + 0.0); // split input of the single run
        assertThat(new DataErrorSet(singlePeaks).error(3)).isZero();
        assertThat(cmp.logGridProperty().get()).isFalse(); // the grid 1..8 is uniform
    }

    /** Reads a band's points: x, y and the (symmetric) error. */
    private record DataErrorSet(DataSet ds) {
        double x(int i) {
            return ds.get(DataSet.DIM_X, i);
        }

        double y(int i) {
            return ds.get(DataSet.DIM_Y, i);
        }

        double error(int i) {
            return ((io.fair_acc.dataset.DataSetError) ds).getErrorPositive(DataSet.DIM_Y, i);
        }
    }

    @Test
    void renameAndDeleteRefreshTheListAndRefuseTheTrainingRun() {
        Path a = run("a", 1, 1, 1, RunStatus.COMPLETED);
        run("b", 1, 1, 1, RunStatus.COMPLETED);
        vm.refresh();
        RunCatalog.Summary first = vm.runs().stream().filter(s -> s.name().equals("a")).findFirst().orElseThrow();

        vm.rename(first, "b");
        assertThat(vm.messageProperty().get()).isEqualTo("cannot rename a: a run named 'b' already exists: choose "
                + "another name");
        vm.rename(first, " baseline ");
        assertThat(vm.runs()).extracting(RunCatalog.Summary::name).containsExactlyInAnyOrder("baseline", "b");
        assertThat(a).doesNotExist();

        RunCatalog.Summary b = vm.runs().stream().filter(s -> s.name().equals("b")).findFirst().orElseThrow();
        busyFolder = b.dir();
        vm.delete(b);
        assertThat(vm.messageProperty().get()).isEqualTo("b is training now: stop the run before deleting it");
        assertThat(b.dir()).exists();
        busyFolder = null;
        vm.delete(b);
        assertThat(b.dir()).doesNotExist();
        assertThat(vm.runs()).extracting(RunCatalog.Summary::name).containsExactly("baseline");
        assertThat(Files.exists(runs.resolve("baseline").resolve("metrics.csv"))).isTrue();
    }

    @Test
    void comparingNothingOrUnrelatedRunsSaysWhatToDo() {
        vm.compare(List.of());
        assertThat(vm.messageProperty().get()).isEqualTo("choose one or more runs to compare");
        run("empty", 1, -1, 1, RunStatus.FAILED);
        vm.refresh();
        vm.compare(List.copyOf(vm.runs()));
        assertThat(vm.comparison().splits()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("the chosen runs share no split");
        assertThat(vm.comparison().titleProperty().get()).isEqualTo("the chosen runs share no split");
    }
}
