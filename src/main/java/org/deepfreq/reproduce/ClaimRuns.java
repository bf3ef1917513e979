package org.deepfreq.reproduce;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.deepfreq.app.RunFactory;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunService;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.experiment.TrainingRun;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;

/**
 * Trains the runs of a claim into {@code OUT/runs/<name>}: a finished run folder is reused as it is, an unfinished
 * one (stopped or crashed) is resumed from its checkpoint, so an interrupted {@code reproduce --full} continues where
 * it stopped.
 */
final class ClaimRuns {

    private final ReproduceContext context;
    private final RunFactory factory;

    ClaimRuns(ReproduceContext context) {
        this.context = context;
        this.factory = new RunFactory(context.catalog(), context.outDir().resolve("runs"), context.engine());
    }

    /** The finished run of {@code config} in the folder {@code name}, training or resuming it as needed. */
    RunRecord run(String name, ExperimentConfig config) {
        Path dir = context.outDir().resolve("runs").resolve(name);
        RunFolder folder = new RunFolder(dir);
        RunFactory.PreparedRun prepared;
        if (Files.isRegularFile(folder.config())) {
            RunRecord existing = RunFolderReader.read(folder);
            if (!config.sameExperimentAs(existing.config())) {
                throw new IllegalArgumentException(dir + " holds a run with other settings: remove it or use another "
                        + "--out folder");
            }
            if (existing.status() == RunStatus.COMPLETED || existing.lastEpoch() >= config.maxEpochs()) {
                context.log().accept(name + ": finished earlier, reusing " + dir);
                return existing;
            }
            context.log().accept(name + (existing.lastEpoch() < 0 ? ": starting again (stopped before epoch 0 was "
                    + "finished)" : ": resuming after epoch " + existing.lastEpoch()));
            prepared = factory.resume(dir);
        } else {
            prepared = factory.create(config, dir);
        }
        TrainingRun run = prepared.run();
        run.addListener(e -> {
            if (e instanceof RunEvent.EpochFinished f) {
                EpochResult r = f.result();
                context.log().accept(String.format(Locale.ROOT, "%s: epoch %d/%d loss %.4g val_acc %.3f (%.1f s)",
                        name, r.epoch(), config.maxEpochs(), r.trainLoss(), r.valAccuracy(), r.seconds()));
            }
        });
        try {
            RunService.runToCompletion(run); // progress is logged per epoch
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted; run reproduce again to resume", e);
        }
        RunRecord record = RunFolderReader.read(folder);
        if (record.status() != RunStatus.COMPLETED) {
            throw new IllegalStateException(name + " ended " + record.status().name().toLowerCase(Locale.ROOT) + ": "
                    + record.message());
        }
        return record;
    }
}
