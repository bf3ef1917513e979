package org.deepfreq.sweep;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import org.deepfreq.data.DatasetCatalog;

/**
 * A sweep started from the desktop app: on a daemon thread, on an embedded member (as many cells at once as
 * {@link LocalSlots} allows) or on a named cluster, recording into {@code dir}; {@link #stop()} returns at once.
 */
public final class SweepJob {

    private volatile SweepRunner runner;
    private volatile boolean stopped;

    private SweepJob() {
    }

    /**
     * @param cluster null for the embedded member
     * @param log     one line per cell event (called on the sweep's thread)
     * @param ended   the final line: how the sweep ended, or why it could not run (called on the sweep's thread)
     */
    public static SweepJob start(SweepPlan plan, Path dir, ClusterSpec cluster, DatasetCatalog catalog,
            SweepListener listener, Consumer<String> log, Consumer<String> ended) {
        SweepJob job = new SweepJob();
        Thread t = new Thread(() -> job.run(plan, dir, cluster, catalog, listener, log, ended), "sweep-" + plan.preset());
        t.setDaemon(true);
        t.start();
        return job;
    }

    private void run(SweepPlan plan, Path dir, ClusterSpec cluster, DatasetCatalog catalog, SweepListener listener,
            Consumer<String> log, Consumer<String> ended) {
        PrintStream lines = new PrintStream(new LineSink(log), true, StandardCharsets.UTF_8);
        ClusterMember member = null;
        try {
            String where;
            if (cluster == null) {
                LocalSlots slots = LocalSlots.decide(plan.cells().stream().map(SweepCell::config).toList(), catalog,
                        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
                lines.println("embedded member, " + slots.slots() + " cell(s) at once (" + slots.reason() + ")");
                member = ClusterMember.embedded(slots.slots(), new WorkerContext(catalog, lines), lines);
                where = "embedded";
            } else {
                member = ClusterMember.join(cluster, 0, null, lines);
                where = String.join(",", cluster.members());
            }
            SweepRunner r = new SweepRunner(member, plan, dir, where, Duration.ofSeconds(60), listener, lines);
            runner = r;
            if (stopped) {
                r.stop();
            }
            SweepStatus s = r.run();
            ended.accept(s.done() == s.cells().size() ? "sweep finished: " + s.count(CellState.COMPLETED)
                    + " completed, " + s.count(CellState.DIVERGED) + " diverged, " + s.count(CellState.FAILED)
                    + " failed" : "sweep stopped: " + s.done() + " of " + s.cells().size()
                            + " cells finished; start it again on the same folder to continue");
        } catch (RuntimeException | InterruptedException e) {
            ended.accept("sweep could not run: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        } finally {
            if (member != null) {
                member.close();
            }
        }
    }

    /** Stops the sweep: running cells are cancelled and keep their finished epochs. */
    public void stop() {
        stopped = true;
        SweepRunner r = runner;
        if (r != null) {
            r.stop();
        }
    }

    /** Hands each complete line written to it to a consumer. */
    private static final class LineSink extends OutputStream {
        private final Consumer<String> lines;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        LineSink(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.accept(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            } else {
                bytes.write(b);
            }
        }
    }
}
