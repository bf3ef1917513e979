package org.deepfreq.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.deepfreq.io.FolderLock;
import org.deepfreq.data.DatasetCatalog;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.experiment.AutoRangeChoice;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.experiment.TrainingRun;
import org.deepfreq.model.NetworkSize;
import org.deepfreq.model.Networks;
import org.deepfreq.model.SplitNetwork;
import org.deepfreq.results.Checkpoint;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunFolderWriter;
import org.deepfreq.results.RunRecord;
import org.deepfreq.spectrum.RdfEngine;

/**
 * Creates training runs that record into run folders: a new run from a config, or the continuation of a
 * stopped or crashed run from its folder. Shared by the CLI and the desktop app.
 *
 * @param catalog where the runs' data sets come from
 * @param runsDir the folder new runs are created in
 * @param engine  the RDF engine the runs measure with
 */
public record RunFactory(DatasetCatalog catalog, Path runsDir, RdfEngine engine) {

    /** A new run of {@code config}, recording into {@code folder} (or a new dated folder under the runs dir). */
    public PreparedRun create(ExperimentConfig config, Path folder) {
        config = config.withDataFilesPinned();
        RunFolder rf = folder != null ? new RunFolder(folder)
                : RunFolder.createName(runsDir, config.preset(), LocalDateTime.now());
        if (Files.exists(rf.config())) {
            throw new IllegalArgumentException(rf.dir() + " already holds a run: use --resume to continue it, or "
                    + "choose another --out folder");
        }
        TrainValidation data = catalog.load(config.dataset(), config.trainSize(), config.validationSize(), config.seed());
        int[] shape = data.train().shape();
        int outputs = data.train().targetMatrix().cols();
        MemoryEstimate.check(config, shape, outputs);
        SplitNetwork net = Networks.create(config.network(), shape, outputs, config.learningRateAt(1), config.seed());
        config = AutoRangeChoice.resolve(config, data, net);
        RunFolderWriter writer = new RunFolderWriter(rf, config, Backend.provenance(), List.of());
        TrainingRun run = new TrainingRun(config, data, net, engine, writer, List.of());
        run.addListener(writer);
        return new PreparedRun(run, rf, List.of());
    }

    /**
     * Continues a run from its folder at the epoch after its checkpoint's; a run killed before its first checkpoint
     * starts again from its seed. Every table is cut back to the checkpoint first. {@code settings} may change only
     * epochs and stop-loss (how long to train), never what the finished epochs were trained with.
     */
    public PreparedRun resume(Path folder, List<String> settings) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidDataException(folder + ": no such run folder; give the folder of an earlier train run");
        }
        RunFolder rf = new RunFolder(folder);
        FolderLock lock = RunFolderWriter.lockRunOrEmpty(rf);
        try {
            return resume(rf, settings, lock);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private PreparedRun resume(RunFolder rf, List<String> settings, FolderLock lock) {
        Path folder = rf.dir();
        RunRecord record = RunFolderReader.read(rf);
        Checkpoint.Contents checkpoint = Checkpoint.read(rf).orElse(null);
        if (checkpoint != null && !checkpoint.hasNetwork()) {
            throw new InvalidDataException(folder + ": this run has no network to continue (it only measured an RDF); "
                    + "run its preset again instead");
        }
        if (checkpoint == null && !record.epochs().isEmpty()) {
            throw new InvalidDataException(rf.checkpoint() + ": checkpoint missing; the run cannot resume: start it "
                    + "again in a new folder");
        }
        ExperimentConfig config = withResumeSettings(record.config(), settings, folder);
        List<EpochResult> history = checkpoint == null ? List.of() : record.epochs();
        int last = history.isEmpty() ? -1 : history.get(history.size() - 1).epoch();
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).epoch() != i) {
                throw new InvalidDataException(folder + ": metrics.csv lacks epoch " + i + " before the checkpoint's "
                        + "epoch " + last + " (rows lost, e.g. in a power cut): the run cannot continue exactly; start "
                        + "it again in a new folder");
            }
        }
        if (last >= config.maxEpochs()) {
            // every epoch is in the checkpoint: bring the tables in line (a kill may have cut the last writes short)
            try (RunFolderWriter writer = new RunFolderWriter(rf, record.config(), Backend.provenance(), history, lock)) {
                if (record.status() != RunStatus.COMPLETED) {
                    writer.onEvent(new RunEvent.StatusChanged(RunStatus.COMPLETED, "finished " + last + " epochs"));
                }
            }
            throw new IllegalArgumentException(folder + " already finished all " + config.maxEpochs()
                    + " epochs: add --set epochs=N (N > " + config.maxEpochs() + ") to train longer");
        }
        config.requireDataUnchanged();
        TrainValidation data = catalog.load(config.dataset(), config.trainSize(), config.validationSize(), config.seed());
        int[] shape = data.train().shape();
        SplitNetwork net = checkpoint == null
                ? Networks.create(config.network(), shape, data.train().targetMatrix().cols(), config.learningRateAt(1),
                        config.seed())
                : Networks.load(config.network(), rf.checkpoint(), shape);
        RunFolderWriter writer = new RunFolderWriter(rf, config, Backend.provenance(), history, lock);
        TrainingRun run = new TrainingRun(config, data, net, engine, writer, history);
        run.addListener(writer);
        return new PreparedRun(run, rf, history);
    }

    /** {@link #resume(Path, List)} with the saved settings. */
    public PreparedRun resume(Path folder) {
        return resume(folder, List.of());
    }

    /** Applies the settings allowed on resume (epochs, stop-loss); refuses any other key with one line. */
    static ExperimentConfig withResumeSettings(ExperimentConfig config, List<String> settings, Path folder) {
        for (String s : settings) {
            String key = s.contains("=") ? s.substring(0, s.indexOf('=')).trim() : s;
            if (!RESUME_KEYS.contains(key)) {
                throw new IllegalArgumentException("--set " + key + " cannot change a run being resumed (its finished "
                        + "epochs were trained with the saved settings); only " + String.join(" and ", RESUME_KEYS)
                        + " can: start a new run with --preset " + config.preset() + " --set " + s + " instead");
            }
        }
        return config.withSettings(settings);
    }

    private static final List<String> RESUME_KEYS = List.of("epochs", "stop-loss");

    /** A run ready to start, its folder and the epochs it already has. */
    public record PreparedRun(TrainingRun run, RunFolder folder, List<EpochResult> history) {
    }

    /** Refuses configs whose estimated memory exceeds what the JVM may use. */
    public static final class MemoryEstimate {

        private MemoryEstimate() {
        }

        /** Estimated bytes of heap and native memory a run of {@code c} needs on examples of this shape. */
        public static long bytes(ExperimentConfig c, int[] shape, int outputs) {
            NetworkSize size = NetworkSize.of(c.network(), shape, outputs);
            long inputs = 1;
            for (int d : shape) {
                inputs *= d;
            }
            long parameterState = size.parameters() * 4 * 4; // weights, gradients, two Adam moments
            long data = 4L * (c.trainSize() + c.validationSize()) * (inputs + outputs) * 2; // float rows + a copy
            long activations = 4L * c.batchSize() * size.activationsPerExample() * 2; // values and gradients
            long rdf = 4L * c.rdf().samples() * size.widestSplit() * 4 + RdfEngine.DEFAULT_MEMORY_BUDGET;
            long inference = 4L * Math.max(c.validationSize(), c.rdf().samples()) * size.activationsPerExample() / 4;
            return parameterState + data + activations + rdf + inference;
        }

        /** Throws with the estimate and how to lower it when the estimate exceeds the JVM's maximum heap. */
        public static void check(ExperimentConfig c, int[] shape, int outputs) {
            long need = bytes(c, shape, outputs);
            long max = Runtime.getRuntime().maxMemory();
            if (need > max) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "estimated memory %.2f GiB exceeds the %.2f GiB the JVM may use: lower train size, width or "
                                + "RDF samples, or raise the heap (DEEPFREQ_JAVA_OPTS=-Xmx8g)", need / 1073741824.0,
                        max / 1073741824.0));
            }
        }
    }
}
