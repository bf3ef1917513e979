package org.deepfreq.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.deepfreq.data.DatasetCatalog;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.TrainingRun;
import org.deepfreq.model.FullyConnectedNetwork;
import org.deepfreq.model.NetworkSpec;
import org.deepfreq.model.SplitNetwork;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunFolderWriter;
import org.deepfreq.results.RunRecord;
import org.deepfreq.spectrum.RdfEngine;

/**
 * Creates training runs that record into run folders: a new run from a config, or the continuation of a
 * stopped or crashed run from its folder. Shared by the CLI and the desktop app.
 */
public final class RunFactory {

    private final DatasetCatalog catalog;
    private final Path runsDir;
    private final RdfEngine engine;

    public RunFactory(DatasetCatalog catalog, Path runsDir, RdfEngine engine) {
        this.catalog = catalog;
        this.runsDir = runsDir;
        this.engine = engine;
    }

    /** A new run of {@code config}, recording into {@code folder} (or a new dated folder under the runs dir). */
    public PreparedRun create(ExperimentConfig config, Path folder) {
        RunFolder rf = folder != null ? new RunFolder(folder)
                : RunFolder.createName(runsDir, config.preset(), LocalDateTime.now());
        if (Files.exists(rf.config())) {
            throw new IllegalArgumentException(rf.dir() + " already holds a run: use --resume to continue it, or "
                    + "choose another --out folder");
        }
        TrainValidation data = catalog.load(config.dataset(), config.trainSize(), config.validationSize(), config.seed());
        int inputs = data.train().features().cols();
        int outputs = data.train().targetMatrix().cols();
        MemoryEstimate.check(config, inputs, outputs);
        SplitNetwork net = FullyConnectedNetwork.create(inputs, outputs, config.network(), config.learningRateAt(1),
                config.seed());
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
        SplitNetwork net = FullyConnectedNetwork.load(record.folder().checkpoint());
        RunFolderWriter writer = new RunFolderWriter(record.folder(), config, Backend.provenance(), record.epochs());
        TrainingRun run = new TrainingRun(config, data, net, engine, writer, record.epochs());
        run.addListener(writer);
        return new PreparedRun(run, record.folder(), record.epochs());
    }

    /** A run ready to start, its folder and the epochs it already has. */
    public record PreparedRun(TrainingRun run, RunFolder folder, List<EpochResult> history) {
    }

    /** Refuses configs whose estimated memory exceeds what the JVM may use. */
    static final class MemoryEstimate {

        private MemoryEstimate() {
        }

        static long bytes(ExperimentConfig c, int inputs, int outputs) {
            NetworkSpec n = c.network();
            long params = (long) inputs * n.width() + (long) (n.hiddenLayers() - 1) * n.width() * n.width()
                    + (long) n.width() * outputs;
            long parameterState = params * 4 * 4; // weights, gradients, two Adam moments
            long data = 4L * (c.trainSize() + c.validationSize()) * (inputs + outputs) * 2; // float rows + a copy
            long activations = 4L * c.batchSize() * n.width() * n.hiddenLayers() * 3;
            long rdf = 4L * c.rdf().samples() * Math.max(inputs, n.width()) * (n.hiddenLayers() + 1)
                    + RdfEngine.DEFAULT_MEMORY_BUDGET;
            long validation = 4L * c.validationSize() * n.width() * 2;
            return parameterState + data + activations + rdf + validation;
        }

        static void check(ExperimentConfig c, int inputs, int outputs) {
            long need = bytes(c, inputs, outputs);
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
