package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.deepfreq.app.RunFactory;
import org.deepfreq.model.FullyConnectedNetwork;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {

    @TempDir
    Path dir;

    private final RunFactory factory = TinyData.factory();

    @Test
    void lossDropsAndEveryEpochHasTheRdfOfEverySplit() throws InterruptedException {
        TrainingRun run = TinyData.run(dir.resolve("run"), 6);
        List<EpochResult> e = TinyData.epochsOf(run);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(e).extracting(EpochResult::epoch).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(e.get(6).trainLoss()).isLessThan(e.get(0).trainLoss() * 0.7);
        assertThat(e.get(6).valAccuracy()).isGreaterThan(0.8);
        for (EpochResult r : e) {
            assertThat(r.splits()).extracting(SplitRdf::name).containsExactly("input", "h1", "h2");
            for (SplitRdf s : r.splits()) {
                assertThat(s.rdf().lfr()).hasSize(12);
                assertThat(java.util.Arrays.stream(s.rdf().lfr()).boxed()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
            }
        }
    }

    @Test
    void theOutlineKnownBeforeTheFirstEpochMatchesWhatTheEpochsBring() throws InterruptedException {
        TrainingRun run = TinyData.run(dir.resolve("run"), 1);
        RunOutline outline = run.outline();
        List<EpochResult> e = TinyData.epochsOf(run);

        assertThat(outline.splits()).containsExactlyElementsOf(
                e.get(0).splits().stream().map(SplitRdf::name).toList());
        assertThat(outline.accuracy()).isTrue(); // two classes with a validation set
        assertThat(e.get(1).valAccuracy()).isBetween(0.0, 1.0);
        assertThat(outline.fit()).isFalse(); // 4-D inputs
        assertThat(outline.logGrid()).isFalse();
        ExperimentConfig noValidation = TinyData.config(1, 1e-2).with("validation", "0")
                .with("depth", "3").with("grid", "log");
        RunOutline other = factory.create(noValidation, dir.resolve("other")).run().outline();
        assertThat(other.splits()).containsExactly("input", "h1", "h2", "h3");
        assertThat(other.accuracy()).isFalse();
        assertThat(other.logGrid()).isTrue();
    }

    @Test
    void onlyOneTargetRegressedOnOneInputBringsAFitAndOnlyAClassifiedValidationSetAnAccuracy() {
        org.deepfreq.data.FloatMatrix x1 = new org.deepfreq.data.FloatMatrix(3, 1, new float[] {0, 1, 2});
        org.deepfreq.data.FloatMatrix x2 = new org.deepfreq.data.FloatMatrix(3, 2, new float[6]);
        org.deepfreq.data.LabeledDataset curve = new org.deepfreq.data.LabeledDataset("curve", x1, x1, null,
                new int[] {1}, List.of());
        org.deepfreq.data.LabeledDataset plane = new org.deepfreq.data.LabeledDataset("plane", x2, x1, null,
                new int[] {2}, List.of());
        org.deepfreq.data.LabeledDataset classes = TinyData.classes("c", 4, 1);
        assertThat(EpochEvaluation.hasFit(curve)).isTrue();
        assertThat(EpochEvaluation.hasFit(plane)).isFalse();
        assertThat(EpochEvaluation.hasFit(classes)).isFalse();
        assertThat(EpochEvaluation.measuresAccuracy(new org.deepfreq.data.TrainValidation(classes, classes))).isTrue();
        assertThat(EpochEvaluation.measuresAccuracy(new org.deepfreq.data.TrainValidation(classes, null))).isFalse();
        assertThat(EpochEvaluation.measuresAccuracy(new org.deepfreq.data.TrainValidation(curve, curve))).isFalse();
    }

    @Test
    void learningRateChangesExactlyAtEpochBoundaries() throws InterruptedException {
        ExperimentConfig c = TinyData.config(5, 1e-2).with("lr", "1e-2@1,1e-3@3,1e-4@5");
        List<EpochResult> e = TinyData.epochsOf(factory.create(c, dir.resolve("run")).run());
        assertThat(e).extracting(EpochResult::learningRate).containsExactly(1e-2, 1e-2, 1e-2, 1e-3, 1e-3, 1e-4);
    }

    @Test
    void stopAtLossStopsTheRun() throws InterruptedException {
        ExperimentConfig c = TinyData.config(50, 1e-2).with("stop-loss", "0.2");
        TrainingRun run = factory.create(c, dir.resolve("run")).run();
        List<EpochResult> e = TinyData.epochsOf(run);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(e.get(e.size() - 1).trainLoss()).isLessThan(0.2);
        assertThat(e.get(e.size() - 2).trainLoss()).isGreaterThanOrEqualTo(0.2);
        assertThat(e.size() - 1).isLessThan(50);
    }

    @Test
    void sameSeedGivesIdenticalMetrics() throws InterruptedException {
        List<EpochResult> a = TinyData.epochsOf(TinyData.run(dir.resolve("a"), 3));
        List<EpochResult> b = TinyData.epochsOf(TinyData.run(dir.resolve("b"), 3));
        assertThat(b).extracting(EpochResult::trainLoss).containsExactlyElementsOf(
                a.stream().map(EpochResult::trainLoss).toList());
        assertThat(b.get(3).splits().get(2).rdf().lfr()).containsExactly(a.get(3).splits().get(2).rdf().lfr());
    }

    @Test
    void resnetRunMeasuresTheLearningComponentEveryEpochAndIsReproducible() throws InterruptedException {
        for (boolean residual : new boolean[] {true, false}) {
            List<EpochResult> a = TinyData.epochsOf(factory.create(TinyData.resnetConfig(3, residual),
                    dir.resolve("a" + residual)).run());
            List<EpochResult> b = TinyData.epochsOf(factory.create(TinyData.resnetConfig(3, residual),
                    dir.resolve("b" + residual)).run());
            assertThat(a).extracting(EpochResult::epoch).containsExactly(0, 1, 2, 3);
            assertThat(a.get(3).trainLoss()).isLessThan(a.get(0).trainLoss());
            assertThat(a.get(3).valAccuracy()).isGreaterThan(0.75);
            for (EpochResult r : a) {
                assertThat(r.splits()).extracting(SplitRdf::name).containsExactly("input", "features", "fc1", "fc2");
                // the features' RDF is the central difference of its LFR on the uniform grid, and its peak the grid
                // value of the largest RDF (values, not "a peak lies within its own grid")
                SplitRdf f = r.splits().get(1);
                double[] s = f.rdf().invDelta();
                double[] lfr = f.rdf().lfr();
                double h = s[1] - s[0];
                int best = 0;
                for (int k = 1; k < s.length - 1; k++) {
                    assertThat(f.rdf().rdf()[k]).isCloseTo((lfr[k + 1] - lfr[k - 1]) / (2 * h),
                            org.assertj.core.api.Assertions.within(1e-9));
                }
                for (int k = 1; k < s.length; k++) {
                    best = f.rdf().rdf()[k] > f.rdf().rdf()[best] ? k : best;
                }
                assertThat(f.peakInvDelta()).isEqualTo(s[best]);
            }
            assertThat(b).extracting(EpochResult::trainLoss).containsExactlyElementsOf(
                    a.stream().map(EpochResult::trainLoss).toList());
            assertThat(dir.resolve("a" + residual).resolve("checkpoint.zip")).isNotEmptyFile();
        }
    }

    @Test
    void divergenceStopsWithStatusDivergedAndKeepsFinishedEpochs() throws InterruptedException {
        ExperimentConfig c = TinyData.config(20, 1e-2).with("lr", "1e-2@1,1e30@3");
        TrainingRun run = factory.create(c, dir.resolve("run")).run();
        List<String> messages = new CopyOnWriteArrayList<>();
        run.addListener(e -> {
            if (e instanceof RunEvent.StatusChanged s) {
                messages.add(s.message());
            }
        });
        List<EpochResult> e = TinyData.epochsOf(run);
        assertThat(run.status()).isEqualTo(RunStatus.DIVERGED);
        assertThat(messages.get(messages.size() - 1)).contains("loss became", "Lower the learning rate")
                .doesNotContain("diverged");
        assertThat(e).extracting(EpochResult::epoch).startsWith(0, 1, 2);
        RunRecord record = RunFolderReader.read(new RunFolder(dir.resolve("run")));
        assertThat(record.status()).isEqualTo(RunStatus.DIVERGED);
        assertThat(record.epochs()).hasSize(e.size());
    }

    @Test
    void cancelMidEpochKeepsFinishedEpochsAndResumeContinuesAtTheNext() throws Exception {
        Path folder = dir.resolve("run");
        TrainingRun run = factory.create(TinyData.config(40, 1e-2), folder).run();
        CountDownLatch twoEpochs = new CountDownLatch(3);
        run.addListener(e -> {
            if (e instanceof RunEvent.EpochFinished) {
                twoEpochs.countDown();
            }
            if (e instanceof RunEvent.Progress p && p.epoch() == 3 && p.batchesDone() == 2) {
                run.cancel();
            }
        });
        run.start();
        assertThat(twoEpochs.await(1, TimeUnit.MINUTES)).isTrue();
        assertThat(run.awaitTermination(Duration.ofMinutes(1))).isTrue();
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);

        RunRecord record = RunFolderReader.read(new RunFolder(folder));
        assertThat(record.epochs()).extracting(EpochResult::epoch).containsExactly(0, 1, 2);
        assertThat(record.epochs().get(2).splits()).hasSize(3);
        assertThat(Files.readAllLines(folder.resolve("rdf.csv"))).hasSize(1 + 3 * 3 * 12);
        assertThat(FullyConnectedNetwork.load(folder.resolve("checkpoint.zip")).parameterCount())
                .isEqualTo(4 * 16 + 16 + 16 * 16 + 16 + 16 * 2 + 2);

        TrainingRun resumed = factory.resume(folder).run();
        List<EpochResult> more = new CopyOnWriteArrayList<>();
        resumed.addListener(e -> {
            if (e instanceof RunEvent.EpochFinished f) {
                more.add(f.result());
                if (f.result().epoch() == 4) {
                    resumed.cancel();
                }
            }
        });
        resumed.start();
        assertThat(resumed.awaitTermination(Duration.ofMinutes(1))).isTrue();
        assertThat(more).extracting(EpochResult::epoch).startsWith(3, 4);
        assertThat(RunFolderReader.read(new RunFolder(folder)).epochs()).extracting(EpochResult::epoch)
                .startsWith(0, 1, 2, 3, 4);
    }

    @Test
    void aResumeRemovesTheTemporaryFilesAKilledCheckpointWriteLeftBehind() throws Exception {
        Path folder = dir.resolve("killed");
        TrainingRun first = TinyData.run(folder, 2);
        TinyData.epochsOf(first);
        Files.writeString(folder.resolve("status.json"), Files.readString(folder.resolve("status.json"))
                .replace("COMPLETED", "CANCELLED")); // as if killed after its last checkpoint
        // what a SIGKILL inside Checkpoint.write leaves: our temporary zip and the zip file system's own
        for (String name : List.of(".checkpoint.zip.tmp", "zipfstmp123456789.tmp", ".status.json42.tmp")) {
            Files.writeString(folder.resolve(name), "partial");
        }
        Files.writeString(folder.resolve("notes.tmp"), "the user's"); // not a name a writer uses: kept

        assertThatThrownBy(() -> TinyData.factory().resume(folder)).hasMessageContaining("already finished all 2 epochs");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                    .containsExactly("notes.tmp");
        }
    }

    @Test
    void pauseStepAndRdfChangesWhilePaused() throws Exception {
        TrainingRun run = TinyData.run(dir.resolve("run"), 30);
        List<EpochResult> e = new CopyOnWriteArrayList<>();
        List<RunStatus> statuses = new CopyOnWriteArrayList<>();
        run.addListener(ev -> {
            if (ev instanceof RunEvent.EpochFinished f) {
                e.add(f.result());
            } else if (ev instanceof RunEvent.StatusChanged s) {
                statuses.add(s.status());
            }
        });
        run.stepOneEpoch();
        waitFor(() -> run.status() == RunStatus.PAUSED);
        assertThat(e).extracting(EpochResult::epoch).containsExactly(0, 1);

        run.updateRdfSettings(new RdfSettings(0.1, 10, 7, 32, true));
        waitFor(() -> e.size() == 3);
        assertThat(e.get(2).epoch()).isEqualTo(1);
        assertThat(e.get(2).splits().get(0).rdf().lfr()).hasSize(7);

        run.stepOneEpoch();
        waitFor(() -> e.size() == 4 && run.status() == RunStatus.PAUSED);
        assertThat(e.get(3).epoch()).isEqualTo(2);
        assertThat(e.get(3).splits().get(0).rdf().lfr()).hasSize(7);

        run.cancel();
        assertThat(run.awaitTermination(Duration.ofSeconds(30))).isTrue();
        assertThat(statuses).startsWith(RunStatus.RUNNING, RunStatus.PAUSED).endsWith(RunStatus.CANCELLED);
    }

    @Test
    void configJsonRoundTripsAndOversizedConfigsAreRefused() {
        ExperimentConfig c = TinyData.config(3, 1e-3).with("lr", "1e-3@1,1e-4@41");
        assertThat(ExperimentConfig.fromJson(c.toJson())).isEqualTo(c);
        ExperimentConfig huge = TinyData.config(3, 1e-3).with("width", "16384").with("depth", "40");
        assertThatThrownBy(() -> factory.create(huge, dir.resolve("huge")))
                .hasMessageContaining("estimated memory").hasMessageContaining("GiB exceeds");
        assertThat(dir.resolve("huge")).doesNotExist();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 60 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
