package org.deepfreq.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.deepfreq.data.DatasetCatalog;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.experiment.AutoRangeChoice;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.TrainingRun;
import org.deepfreq.model.NetworkSize;
import org.deepfreq.model.Networks;
import org.deepfreq.model.SplitNetwork;
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

    /** Continues a run from its folder at the epoch after its last finished one. */
    public PreparedRun resume(Path folder) {
        RunRecord record = RunFolderReader.read(new RunFolder(folder));
        if (record.epochs().isEmpty()) {
            throw new InvalidDataException(folder + ": the run has no finished epoch to resume from; start it again");
        }
        if (!Files.isRegularFile(record.folder().checkpoint())) {
            throw new InvalidDataException(record.folder().checkpoint() + ": checkpoint missing; the run cannot resume");
        }
        ExperimentConfig config = record.config();
        if (record.lastEpoch() >= config.maxEpochs()) {
            throw new IllegalArgumentException(folder + " already finished all " + config.maxEpochs()
                    + " epochs: raise epochs with --set epochs=N to train longer");
        }
        TrainValidation data = catalog.load(config.dataset(), config.trainSize(), config.validationSize(), config.seed());
        SplitNetwork net = Networks.load(config.network(), record.folder().checkpoint(), data.train().shape());
        RunFolderWriter writer = new RunFolderWriter(record.folder(), config, Backend.provenance(), record.epochs());
        TrainingRun run = new TrainingRun(config, data, net, engine, writer, record.epochs());
        run.addListener(writer);
        return new PreparedRun(run, record.folder(), record.epochs());
    }

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
