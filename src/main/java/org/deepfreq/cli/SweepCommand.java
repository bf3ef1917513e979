package org.deepfreq.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.experiment.Presets;
import org.deepfreq.sweep.CellState;
import org.deepfreq.sweep.ClusterMember;
import org.deepfreq.sweep.LocalSlots;
import org.deepfreq.sweep.SweepCell;
import org.deepfreq.sweep.SweepListener;
import org.deepfreq.sweep.SweepPlan;
import org.deepfreq.sweep.SweepRunner;
import org.deepfreq.sweep.SweepStatus;
import org.deepfreq.sweep.WorkerContext;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deepfreq sweep}: settings × seeds, on this machine or on a named cluster of workers. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Train every combination of the --vary values (and a preset's own variants) for each of N seeds:"
                + " one run folder per cell in DIR/<setting>/seed-<s>/, DIR/sweep.json (states, and the member each "
                + "attempt ran on) and DIR/summary.csv (per cell and per setting over seeds: n, peak_mean, peak_sd, "
                + "train_loss_mean, train_loss_sd by epoch and split).",
            "Without --cluster an embedded member trains the cells on this machine, with the data sets of --data-dir. "
                    + "With --cluster the cells go to the workers of that cluster ('deepfreq worker'), each with its "
                    + "own data sets; this process only records them.",
            "Run the same command again with the same --out to continue a stopped sweep.",
            "Exit codes: 0 every cell completed, 3 some diverged, 1 some failed, 2 bad input, 130 stopped."})
final class SweepCommand implements Callable<Integer> {

    @Option(names = "--preset", required = true, paramLabel = "NAME", description = "preset of every cell")
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "change a setting of every cell (keys as train)")
    List<String> settings = new ArrayList<>();

    @Option(names = "--vary", paramLabel = "KEY=V1,V2,...", description = "a setting and its values; several --vary "
            + "make the cartesian product")
    List<String> varies = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "1", description = "seeds S..S+N-1 per setting "
            + "(S = the config's seed; default 1 seed)")
    int seeds;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "sweep folder")
    Path out;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--slots", paramLabel = "K", description = "cells at once on the embedded member (default: one "
            + "per two cores, as many as the heap holds)")
    Integer slots;

    @Option(names = "--wait-workers", paramLabel = "SECONDS", defaultValue = "60",
            description = "with --cluster: give up when no worker joins within this time (default 60)")
    int waitWorkers;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() throws InterruptedException {
        SweepPlan plan = SweepPlan.of(Presets.named(preset), settings, varies, seeds);
        ClusterMember member;
        String description;
        if (cluster.named()) {
            member = ClusterMember.join(cluster.spec(), 0, null, System.err);
            description = cluster.description();
        } else {
            DatasetDirectory data = new DatasetDirectory(dataDir.orDefault());
            LocalSlots local = slots != null ? new LocalSlots(slots, "--slots")
                    : LocalSlots.decide(plan.cells().stream().map(SweepCell::config).toList(), data,
                            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
            if (local.slots() < 1) {
                throw new IllegalArgumentException("--slots must be at least 1, got " + local.slots());
            }
            System.err.printf(Locale.ROOT, "sweep: embedded member, %d cell(s) at once (%s)%n", local.slots(),
                    local.reason());
            member = ClusterMember.embedded(local.slots(), new WorkerContext(data, System.err), System.err);
            description = "embedded";
        }
        System.err.printf(Locale.ROOT, "sweep: %s, %d cell(s) (%s × %d seed(s)) into %s%n", plan.preset(),
                plan.cells().size(), plan.vary().isEmpty() ? "one setting" : plan.vary().entrySet().stream()
                        .map(e -> e.getKey() + "=" + String.join(",", e.getValue())).collect(Collectors.joining(" × ")),
                plan.seeds(), out);
        ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("cells")
                .setInitialMax(plan.cells().size()).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        SweepRunner runner = new SweepRunner(member, plan, out, description, Duration.ofSeconds(waitWorkers),
                new SweepListener() {
                    @Override
                    public void changed(SweepStatus s) {
                        if (bar != null) {
                            bar.stepTo(s.done());
                            bar.setExtraMessage(String.format(Locale.ROOT, " done %d, running %d, queued %d", s.done(),
                                    s.count(CellState.RUNNING), s.count(CellState.QUEUED)));
                        }
                    }
                }, System.err);
        Thread hook = new Thread(() -> {
            runner.stop();
            try {
                runner.awaitEnd(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            member.close();
        }, "sweep-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        SweepStatus status;
        try {
            status = runner.run();
        } finally {
            if (bar != null) {
                bar.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                member.close();
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook closes the member once the sweep folder is written
            }
        }
        printTable(status);
        if (status.done() < status.cells().size()) {
            System.out.println("stopped: " + status.done() + " of " + status.cells().size()
                    + " cell(s) finished; run the same command again to continue");
            return 130;
        }
        if (status.count(CellState.FAILED) > 0) {
            return 1;
        }
        return status.count(CellState.DIVERGED) > 0 ? 3 : 0;
    }

    private void printTable(SweepStatus s) {
        System.out.printf(Locale.ROOT, "%-24s %-10s %6s %8s  %s%n", "cell", "state", "epochs", "attempts", "members");
        for (SweepStatus.Cell c : s.cells()) {
            System.out.printf(Locale.ROOT, "%-24s %-10s %6d %8d  %s%s%n", c.name(), c.state().json(), c.epochs(),
                    c.attempts().size(), c.attempts().stream().map(SweepStatus.Attempt::member).distinct()
                            .collect(Collectors.joining(",")), c.state() == CellState.COMPLETED || c.message().isEmpty()
                                    ? "" : "  " + c.message());
        }
        System.out.println("sweep folder " + out + " (sweep.json, summary.csv)");
    }
}
