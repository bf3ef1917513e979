package org.deepfreq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.deepfreq.io.FolderLock;
import org.deepfreq.app.AppHome;
import org.deepfreq.app.Backend;
import org.deepfreq.app.RunFactory;
import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.data.LabeledDataset;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Preset;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunService;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.experiment.TrainingRun;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderWriter;
import org.deepfreq.results.SeedSummary;
import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.spectrum.RdfRequest;
import org.deepfreq.spectrum.RdfResult;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deepfreq train}: trains a preset headless, recording every epoch into a run folder. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a preset headless: one summary line per epoch, results in a run folder.",
            "Presets with variants (resnet18-variants, vanishing-gradient, depth-1d and their -demo forms) run "
                    + "them one after another and end with a table; --set blocks=N (or depth=L) runs one.",
            "--seeds N repeats every run with seeds S..S+N-1 into seed-<s>/ folders and writes summary.csv "
                    + "(per epoch and split: n, peak_mean, peak_sd, train_loss_mean, train_loss_sd).",
            "See 'deepfreq train --list' for all presets."})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    PresetOptions presetOptions;

    @Option(names = "--list", description = "list the presets with their descriptions")
    boolean list;

    @Option(names = "--out", paramLabel = "DIR", description = "run folder (default: runs/<time>-<preset>)")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "continue a stopped or crashed run folder")
    Path resume;

    @Option(names = "--seeds", paramLabel = "N", description = "run seeds S..S+N-1 (S = the config's seed) into "
            + "DIR/seed-<s>/ and write DIR/summary.csv (mean and sd per epoch and split); with variants: "
            + "DIR/<variant>/seed-<s>/ and DIR/<variant>/summary.csv")
    Integer seeds;

    @Override
    public Integer call() throws InterruptedException {
        if (list) {
            for (Preset p : Presets.all()) {
                System.out.printf(Locale.ROOT, "%-16s %s%n", p.name(), p.description());
            }
            return 0;
        }
        if (presetOptions.preset == null && resume == null) {
            throw new IllegalArgumentException("give --preset NAME (see --list) or --resume DIR");
        }
        if (resume != null && (presetOptions.preset != null || out != null)) {
            throw new IllegalArgumentException("--resume continues a run with its saved preset and folder: give "
                    + "--resume DIR alone (with --set epochs=N or stop-loss=X to train longer), or --preset without it");
        }
        if (seeds != null && (seeds < 1 || seeds > 1000)) {
            throw new IllegalArgumentException("--seeds must be between 1 and 1000, got " + seeds);
        }
        if (seeds != null && resume != null) {
            throw new IllegalArgumentException("--seeds cannot be combined with --resume: resume each seed-<s> folder "
                    + "on its own, then run the same --seeds command again to rewrite summary.csv");
        }
        RdfEngine engine = RdfEngine.withDefaults();
        RunFactory factory = new RunFactory(new DatasetDirectory(presetOptions.dataDirOrDefault()),
                AppHome.runs(), engine);
        if (resume != null) {
            return train(factory.resume(resume, presetOptions.settings)).exitCode();
        }
        Preset p = Presets.named(presetOptions.preset);
        ExperimentConfig config = presetOptions.config();
        List<String> keys = presetOptions.changedKeys();
        if (!p.trains()) {
            if (seeds != null) {
                throw new IllegalArgumentException(p.name() + " does not train, so its result has no seed: drop --seeds");
            }
            return rdfOnly(p, config, engine);
        }
        if (p.kind() == Preset.Kind.TRAIN || keys.contains(p.sweep().key())) {
            return trainVariant(factory, config, out).exitCode();
        }
        return sweep(factory, p.sweep(), config);
    }

    /** Runs the preset's variants one after another (each in its own folder) and prints a table of them. */
    private int sweep(RunFactory factory, Preset.Sweep sweep, ExperimentConfig base) throws InterruptedException {
        List<ExperimentConfig> configs = sweep.configs(base);
        if (out != null) {
            try (FolderLock lock = lockSweepFolder(out, sweep)) {
                return sweepRuns(factory, sweep, base, configs);
            }
        }
        return sweepRuns(factory, sweep, base, configs);
    }

    private int sweepRuns(RunFactory factory, Preset.Sweep sweep, ExperimentConfig base, List<ExperimentConfig> configs)
            throws InterruptedException {
        System.out.printf(Locale.ROOT, "%s: %d runs, %s = %s%n", base.preset(), configs.size(), sweep.key(),
                String.join(", ", sweep.values()));
        List<String> rows = new ArrayList<>();
        int exit = 0;
        for (int i = 0; i < configs.size(); i++) {
            String variant = sweep.key() + sweep.values().get(i);
            Path folder = out != null ? out.resolve(variant)
                    : RunFolder.createName(AppHome.runs(), base.preset() + "-" + variant, LocalDateTime.now()).dir();
            Outcome o = trainVariant(factory, configs.get(i), folder);
            rows.add(String.format(Locale.ROOT, "%-10s %-10s %6d %12.4g %8.3f %14s  %s", variant,
                    o.status().name().toLowerCase(Locale.ROOT), o.epochs(), o.lastLoss(), o.lastAccuracy(),
                    o.peaks(), folder));
            if (o.status() == RunStatus.CANCELLED) {
                exit = o.exitCode();
                break;
            }
            exit = Math.max(exit, o.exitCode());
        }
        System.out.printf(Locale.ROOT, "%n%-10s %-10s %6s %12s %8s %14s  %s%n", "variant", "status", "epochs",
                "train_loss", "val_acc", "peak 1/δ", "folder");
        rows.forEach(System.out::println);
        return exit;
    }

    /**
     * Locks a sweep's --out folder, which must be new, empty or hold only this sweep's variant folders: a user's
     * folder is never written into.
     */
    private static FolderLock lockSweepFolder(Path dir, Preset.Sweep sweep) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a folder: choose a folder for the sweep's runs");
        }
        if (Files.isDirectory(dir)) {
            List<String> variants = sweep.values().stream().map(v -> sweep.key() + v).toList();
            try (var entries = Files.list(dir)) {
                List<String> foreign = entries.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(FolderLock.FILE) && !variants.contains(n)).sorted().toList();
                if (!foreign.isEmpty()) {
                    throw new IllegalArgumentException(dir + " is not empty and is not a folder of this sweep (it has "
                            + foreign.get(0) + "): its files are never overwritten; choose a new or empty folder");
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
        return FolderLock.acquire(dir, "sweep folder");
    }

    /** One run of {@code config} into {@code folder}, or with --seeds one per seed in its seed folders. */
    private Outcome trainVariant(RunFactory factory, ExperimentConfig config, Path folder) throws InterruptedException {
        if (seeds == null) {
            return train(factory.create(config, folder));
        }
        Path dir = folder != null ? folder
                : RunFolder.createName(AppHome.runs(), config.preset(), LocalDateTime.now()).dir();
        List<Outcome> outcomes = new ArrayList<>();
        for (long s = config.seed(); s < config.seed() + seeds; s++) {
            Path seedDir = dir.resolve(SeedSummary.seedFolderName(s));
            System.out.printf(Locale.ROOT, "seed %d (%d of %d)%n", s, s - config.seed() + 1, seeds);
            Outcome o = train(factory.create(config.with("seed", Long.toString(s)), seedDir));
            outcomes.add(o);
            if (o.status() == RunStatus.CANCELLED) {
                break;
            }
        }
        List<SeedSummary.Row> rows = SeedSummary.write(dir);
        int lastEpoch = rows.stream().mapToInt(SeedSummary.Row::epoch).max().orElse(0);
        StringBuilder peaks = new StringBuilder();
        for (SeedSummary.Row r : rows) {
            if (r.epoch() == lastEpoch) {
                peaks.append(peaks.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%s %.3g±%.2g (n=%d)",
                        r.split(), r.peakMean(), r.peakSd(), r.n()));
            }
        }
        System.out.printf(Locale.ROOT, "%d seed(s) in %s; summary.csv, epoch %d peak 1/δ mean±sd: %s%n",
                outcomes.size(), dir, lastEpoch, peaks);
        Outcome worst = outcomes.stream().max(java.util.Comparator.comparingInt(Outcome::exitCode)).orElseThrow();
        return new Outcome(worst.status(), lastEpoch,
                outcomes.stream().mapToDouble(Outcome::lastLoss).average().orElse(Double.NaN),
                outcomes.stream().mapToDouble(Outcome::lastAccuracy).average().orElse(Double.NaN),
                outcomes.size() + " seeds", worst.signalExit());
    }

    /** How a run ended: status, finished epochs, last train loss and accuracy, last RDF peaks per split. */
    private record Outcome(RunStatus status, int epochs, double lastLoss, double lastAccuracy, String peaks,
            int signalExit) {

        int exitCode() {
            return switch (status) {
                case COMPLETED -> 0;
                case CANCELLED -> signalExit > 0 ? signalExit : 130;
                case DIVERGED -> 3;
                default -> 1;
            };
        }
    }

    private Outcome train(RunFactory.PreparedRun prepared) throws InterruptedException {
        TrainingRun run = prepared.run();
        ExperimentConfig c = run.config();
        System.out.printf(Locale.ROOT, "%s: %s, %d train / %d validation, %s; run folder %s%n", c.preset(), c.dataset(),
                c.trainSize(), c.validationSize(), Backend.describe(), prepared.folder().dir());
        AtomicReference<String> finalMessage = new AtomicReference<>("");
        EdgeWarnings edgeWarnings = new EdgeWarnings(System.out);
        AtomicReference<EpochResult> lastEpoch = new AtomicReference<>(prepared.history().isEmpty() ? null
                : prepared.history().get(prepared.history().size() - 1));
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
                edgeWarnings.report(e.result());
                lastEpoch.set(e.result());
            } else if (event instanceof RunEvent.StatusChanged s && s.status().isTerminal()) {
                finalMessage.set(s.message());
            }
        });
        RunStatus status;
        int signalExit;
        try (StopSignals signals = StopSignals.install(run::cancel)) {
            // a stop signal cancels the run, which abandons its unfinished epoch and keeps the others
            status = RunService.runToCompletion(run);
            if (bar != null) {
                bar.close();
            }
            signalExit = signals.exitCode(0);
            String how = signals.received() ? " (" + signals.name() + ")" : "";
            // the run folder does not record where named data sets were read from: a --data-dir is needed again
            String dataDir = presetOptions.dataDir.given == null ? "" : " --data-dir " + presetOptions.dataDir.given;
            String hint = status == RunStatus.COMPLETED ? "" : "; continue with: deepfreq train --resume "
                    + prepared.folder().dir() + dataDir;
            if (status == RunStatus.DIVERGED) {
                hint = "";
            }
            System.out.println(status.name().toLowerCase(Locale.ROOT) + how + ": " + finalMessage.get() + hint);
        }
        EpochResult e = lastEpoch.get();
        if (e == null) {
            return new Outcome(status, 0, Double.NaN, Double.NaN, "", signalExit);
        }
        StringBuilder peaks = new StringBuilder();
        for (SplitRdf split : e.splits()) {
            peaks.append(peaks.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3g", split.peakInvDelta()));
        }
        return new Outcome(status, e.epoch(), e.trainLoss(), e.valAccuracy(), peaks.toString(), signalExit);
    }

    static String summary(EpochResult e, int maxEpochs) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "epoch %3d/%d  lr %.1e  loss %.4g  val_loss %.4g  val_acc %.3f  %.1f s  peak 1/δ:", e.epoch(), maxEpochs,
                e.learningRate(), e.trainLoss(), e.valLoss(), e.valAccuracy(), e.seconds()));
        for (SplitRdf s : e.splits()) {
            sb.append(String.format(Locale.ROOT, " %s %.4g%s", s.name(), s.peakInvDelta(),
                    s.rdf().peakAtEdge() ? " (edge)" : ""));
        }
        if (e.splits().isEmpty()) {
            sb.append(" not measured (rdf-every)");
        }
        return sb.toString();
    }

    /** rdf-sin: no training; the RDF of sin(kπx), k = 1..5, recorded as epoch 0 with one "split" per k. */
    /** Measures the RDF of an RDF-only preset's targets on its grid and records them as one run folder. */
    private int rdfOnly(Preset p, ExperimentConfig config, RdfEngine engine) {
        RunFolder folder = out != null ? new RunFolder(out)
                : RunFolder.createName(AppHome.runs(), config.preset(), java.time.LocalDateTime.now());
        if (Files.isRegularFile(folder.config())) {
            throw new IllegalArgumentException(folder.dir() + " already holds a run: choose another --out folder");
        }
        List<SplitRdf> curves = new ArrayList<>();
        List<LabeledDataset> targets = p.rdfTargets().of(config);
        for (int i = 0; i < targets.size(); i++) {
            LabeledDataset t = targets.get(i);
            RdfResult r = engine.compute(new RdfRequest(t.features(), t.targets(), config.rdf().grid(),
                    config.rdf().normalize(), config.rdf().distance()));
            curves.add(new SplitRdf(i + 1, t.name(), r));
        }
        EpochResult result = new EpochResult(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, curves);
        try (RunFolderWriter writer = new RunFolderWriter(folder, config, Backend.provenance(), List.of())) {
            writer.epochFinished(result, null);
            writer.onEvent(new RunEvent.StatusChanged(RunStatus.COMPLETED, p.rdfTargets().what()));
        }
        System.out.println(summary(result, 0));
        System.out.println("run folder " + folder.dir());
        return 0;
    }
}
