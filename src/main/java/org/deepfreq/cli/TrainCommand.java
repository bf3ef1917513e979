package org.deepfreq.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.deepfreq.app.AppHome;
import org.deepfreq.app.Backend;
import org.deepfreq.app.RunFactory;
import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Preset;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.experiment.TrainingRun;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderWriter;
import org.deepfreq.reproduce.SineRdfClaim;
import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.spectrum.RdfResult;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code deepfreq train}: trains a preset headless, recording every epoch into a run folder. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a preset headless: one summary line per epoch, results in a run folder.",
            "Presets: mnist-dnn, mnist-dnn-demo, depth-1d, depth-1d-demo, rdf-sin (see 'deepfreq train --list')."})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--preset", paramLabel = "NAME", description = "preset to run")
    String preset;

    @Option(names = "--list", description = "list the presets with their descriptions")
    boolean list;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "change a setting, e.g. --set epochs=5 --set lr=1e-3@1,1e-4@41")
    List<String> settings = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "run folder (default: runs/<time>-<preset>)")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "continue a stopped or crashed run folder")
    Path resume;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data set folder (default: datasets/ of the install)")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        if (list) {
            for (Preset p : Presets.all()) {
                System.out.printf(Locale.ROOT, "%-16s %s%n", p.name(), p.description());
            }
            return 0;
        }
        if (preset == null && resume == null) {
            throw new IllegalArgumentException("give --preset NAME (see --list) or --resume DIR");
        }
        RdfEngine engine = RdfEngine.withDefaults();
        RunFactory factory = new RunFactory(new DatasetDirectory(dataDir != null ? dataDir : AppHome.datasets()),
                AppHome.runs(), engine);
        RunFactory.PreparedRun prepared;
        if (resume != null) {
            prepared = factory.resume(resume);
        } else {
            Preset p = Presets.named(preset);
            ExperimentConfig config = p.config();
            for (String s : settings) {
                int eq = s.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--set needs KEY=VALUE, got '" + s + "'");
                }
                config = config.with(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
            }
            if (!p.trains()) {
                return rdfOnly(config, engine);
            }
            prepared = factory.create(config, out);
        }
        return train(prepared);
    }

    private int train(RunFactory.PreparedRun prepared) throws InterruptedException {
        TrainingRun run = prepared.run();
        ExperimentConfig c = run.config();
        System.out.printf(Locale.ROOT, "%s: %s, %d train / %d validation, %s; run folder %s%n", c.preset(), c.dataset(),
                c.trainSize(), c.validationSize(), Backend.describe(), prepared.folder().dir());
        AtomicReference<String> finalMessage = new AtomicReference<>("");
        ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("epoch")
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        run.addListener(event -> {
            if (event instanceof RunEvent.Progress p && bar != null) {
                bar.maxHint(p.batches());
                bar.stepTo(p.batchesDone());
                bar.setExtraMessage(String.format(Locale.ROOT, " epoch %d, %.0f samples/s", p.epoch(),
                        p.samplesPerSecond()));
            } else if (event instanceof RunEvent.EpochFinished e) {
                System.out.println(summary(e.result(), c.maxEpochs()));
            } else if (event instanceof RunEvent.StatusChanged s && s.status().isTerminal()) {
                finalMessage.set(s.message());
            }
        });
        Thread hook = new Thread(run::cancel, "train-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        run.start();
        while (!run.awaitTermination(Duration.ofSeconds(1))) {
            // wait; the shutdown hook cancels on Ctrl-C and the run keeps its finished epochs
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the JVM is exiting; the run folder is already consistent
        }
        if (bar != null) {
            bar.close();
        }
        run.close();
        RunStatus status = run.status();
        System.out.println(status.name().toLowerCase(Locale.ROOT) + ": " + finalMessage.get());
        return switch (status) {
            case COMPLETED -> 0;
            case CANCELLED -> 130;
            case DIVERGED -> 3;
            default -> 1;
        };
    }

    static String summary(EpochResult e, int maxEpochs) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "epoch %3d/%d  lr %.1e  loss %.4g  val_loss %.4g  val_acc %.3f  %.1f s  peak 1/δ:", e.epoch(), maxEpochs,
                e.learningRate(), e.trainLoss(), e.valLoss(), e.valAccuracy(), e.seconds()));
        for (SplitRdf s : e.splits()) {
            sb.append(String.format(Locale.ROOT, " %s %.4g", s.name(), s.peakInvDelta()));
        }
        return sb.toString();
    }

    /** rdf-sin: no training; the RDF of sin(kπx), k = 1..5, recorded as epoch 0 with one "split" per k. */
    private int rdfOnly(ExperimentConfig config, RdfEngine engine) {
        RunFolder folder = out != null ? new RunFolder(out)
                : RunFolder.createName(AppHome.runs(), config.preset(), java.time.LocalDateTime.now());
        RunFolderWriter writer = new RunFolderWriter(folder, config, Backend.provenance(), List.of());
        List<SplitRdf> curves = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            RdfResult r = engine.compute(SineRdfClaim.request(k));
            curves.add(new SplitRdf(k, "sin" + k + "pix", r));
        }
        EpochResult result = new EpochResult(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, curves);
        writer.epochFinished(result, null);
        writer.onEvent(new RunEvent.StatusChanged(RunStatus.COMPLETED, "RDF of sin(kπx), k = 1..5"));
        System.out.println(summary(result, 0));
        System.out.println("run folder " + folder.dir());
        return 0;
    }
}
