package org.deepfreq.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.deepfreq.app.Backend;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.io.FolderLock;
import org.deepfreq.results.Provenance;
import org.deepfreq.results.RunFolderWriter;
import org.deepfreq.results.RunRecord;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.topic.ITopic;

/**
 * Runs a sweep from the submitting process: hands queued cells to trusted members with free slots, writes every epoch
 * they stream back into the cell's run folder (through {@link RunFolderWriter}, so nothing depends on a shared file
 * system), and keeps {@code sweep.json} and {@code summary.csv} current. A cell whose member leaves is queued again
 * and resumes from its last finished epoch (the checkpoint came with that epoch); a diverged or failed cell is
 * recorded and the others go on. Started again on the same folder, it reuses finished cells and resumes the rest.
 * All state changes happen on the thread that calls {@link #run()}.
 */
public final class SweepRunner {

    /** How long a finished attempt waits for epochs still on their way before its cell is resumed from what arrived. */
    private static final Duration LATE_EPOCHS = Duration.ofSeconds(20);
    private static final Duration SWEEP_JSON_INTERVAL = Duration.ofSeconds(2);

    private final ClusterMember member;
    private final SweepPlan plan;
    private final Path dir;
    private final String clusterDescription;
    private final SweepListener listener;
    private final PrintStream log;
    private final Duration workerWait;
    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final Map<String, CellRun> cells = new LinkedHashMap<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private String id;
    private Instant lastWrite = Instant.EPOCH;
    private boolean dirty;

    /**
     * @param workerWait how long to wait for the first worker before giving up (a named cluster)
     */
    public SweepRunner(ClusterMember member, SweepPlan plan, Path dir, String clusterDescription, Duration workerWait,
            SweepListener listener, PrintStream log) {
        this.member = member;
        this.plan = plan;
        this.dir = dir;
        this.clusterDescription = clusterDescription;
        this.workerWait = workerWait;
        this.listener = listener;
        this.log = log;
    }

    /** The state of one cell while the sweep runs. */
    private static final class CellRun {
        final SweepCell cell;
        CellState state = CellState.QUEUED;
        final List<EpochResult> epochs = new ArrayList<>();
        final List<SweepStatus.Attempt> attempts = new ArrayList<>();
        String message = "";
        RunFolderWriter writer;
        Member member;
        Future<CellOutcome> future;
        /** The outcome of the current attempt, held until its last epoch has arrived. */
        CellOutcome pending;
        Instant pendingSince;
        /** Whether the current attempt is still open (messages and outcome of it count). */
        boolean open;

        CellRun(SweepCell cell) {
            this.cell = cell;
        }

        int lastEpoch() {
            return epochs.isEmpty() ? -1 : epochs.get(epochs.size() - 1).epoch();
        }

        int attempt() {
            return attempts.size();
        }
    }

    /**
     * Runs the sweep to the end, or until {@link #stop()}; returns the final {@code sweep.json}. The sweep folder is
     * locked meanwhile.
     */
    public SweepStatus run() throws InterruptedException {
        try (FolderLock lock = FolderLock.acquire(dir, "sweep folder")) {
            restore();
            ITopic<CellMessage> topic = member.hazelcast().getTopic(CellTask.topic(id));
            UUID topicRegistration = topic.addMessageListener(m -> inbox.add(() -> onMessage(m.getMessageObject())));
            UUID membership = member.hazelcast().getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent event) {
                    inbox.add(() -> { });
                }

                @Override
                public void memberRemoved(MembershipEvent event) {
                    inbox.add(() -> onMemberLeft(event.getMember()));
                }
            });
            try {
                writeStatus(true);
                awaitFirstWorker();
                loop();
            } finally {
                topic.removeMessageListener(topicRegistration);
                member.hazelcast().getCluster().removeMembershipListener(membership);
                if (stopRequested) {
                    interruptRunning();
                }
                writeStatus(true);
                SweepSummary.write(dir, plan.cells());
            }
            return status();
        } finally {
            ended.countDown();
        }
    }

    /** Asks the sweep to stop (Ctrl-C): running cells are cancelled, their finished epochs kept for a later run. */
    public void stop() {
        stopRequested = true;
        inbox.add(() -> { });
    }

    /** Waits until {@link #run()} has written its last state after {@link #stop()}. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void loop() throws InterruptedException {
        while (!stopRequested && cells.values().stream().anyMatch(c -> !c.state.done())) {
            dispatch();
            Runnable next = inbox.poll(500, TimeUnit.MILLISECONDS);
            while (next != null && !stopRequested) {
                next.run();
                next = inbox.poll();
            }
            resolveLateOutcomes();
            writeStatus(false);
        }
    }

    private void awaitFirstWorker() throws InterruptedException {
        long deadline = System.nanoTime() + workerWait.toNanos();
        boolean said = false;
        while (member.workers().isEmpty() && !stopRequested) {
            if (System.nanoTime() > deadline) {
                throw new IllegalArgumentException("no worker of this cluster (" + clusterDescription + ") joined within "
                        + workerWait.toSeconds() + " s: start workers with 'deepfreq worker --cluster "
                        + clusterDescription + " --secret-file FILE' using the same secret and member list");
            }
            if (!said) {
                log.println("sweep: waiting for a worker to join (" + clusterDescription + ")");
                said = true;
            }
            Thread.sleep(200);
        }
    }

    /** Sends queued cells to the members with the most free slots. */
    private void dispatch() {
        List<CellRun> queued = cells.values().stream().filter(c -> c.state == CellState.QUEUED).toList();
        if (queued.isEmpty()) {
            return;
        }
        Map<Member, Integer> free = new LinkedHashMap<>();
        for (Member m : member.workers()) {
            long busy = cells.values().stream().filter(c -> c.state == CellState.RUNNING && m.equals(c.member)).count();
            free.put(m, ClusterMember.slots(m) - (int) busy);
        }
        for (CellRun c : queued) {
            Member target = free.entrySet().stream().filter(e -> e.getValue() > 0)
                    .max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey).orElse(null);
            if (target == null) {
                return;
            }
            free.merge(target, -1, Integer::sum);
            send(c, target);
        }
    }

    private void send(CellRun c, Member target) {
        byte[] checkpoint = null;
        String last = null;
        RunFolder folder = folder(c);
        if (c.lastEpoch() >= 0 && Files.isRegularFile(folder.checkpoint())) {
            try {
                checkpoint = Files.readAllBytes(folder.checkpoint());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder.checkpoint() + ": " + e.getMessage(), e);
            }
            last = EpochJson.write(c.epochs.get(c.epochs.size() - 1));
        } else {
            c.epochs.clear();
        }
        int number = c.attempt() + 1;
        String where = ClusterMember.address(target);
        c.attempts.add(new SweepStatus.Attempt(number, where, c.lastEpoch() + 1, c.lastEpoch(), now(), null, "running"));
        c.state = CellState.RUNNING;
        c.member = target;
        c.open = true;
        c.pending = null;
        if (c.writer != null) {
            c.writer.close(); // the run folder's lock: the next attempt's writer takes it
        }
        c.writer = null;
        CellTask task = new CellTask(id, c.cell.name(), number, c.cell.config().toJson(), checkpoint, last,
                member.hazelcast().getCluster().getLocalMember().getUuid().toString());
        IExecutorService executor = member.hazelcast().getExecutorService(ClusterMember.EXECUTOR);
        Future<CellOutcome> future = executor.submitToMember(task, target);
        c.future = future;
        if (!(future instanceof CompletionStage<?>)) {
            throw new IllegalStateException("Hazelcast returned a future without completion callbacks");
        }
        @SuppressWarnings("unchecked")
        CompletionStage<CellOutcome> stage = (CompletionStage<CellOutcome>) future;
        stage.whenComplete((outcome, error) -> inbox.add(() -> onOutcome(c, number, outcome, error)));
        log.println(String.format(Locale.ROOT, "sweep: cell %s -> %s (attempt %d, from epoch %d)", c.cell.name(), where,
                number, c.lastEpoch() + 1));
        changed(c);
    }

    private void onMessage(CellMessage message) {
        CellRun c = cells.get(message.cell());
        if (c == null || !message.sweep().equals(id) || message.attempt() != c.attempt()) {
            return;
        }
        if (message instanceof CellMessage.Epoch e) {
            onEpoch(c, e);
        } else if (message instanceof CellMessage.Spectrum s && c.writer != null) {
            c.writer.onEvent(new RunEvent.SpectrumMeasured(EpochJson.fit(s.fitJson()), EpochJson.spectrum(s.spectrumJson())));
        }
    }

    private void onEpoch(CellRun c, CellMessage.Epoch message) {
        if (!c.open) {
            return;
        }
        EpochResult result = EpochJson.epoch(message.epochJson());
        int expected = c.lastEpoch() + 1;
        if (result.epoch() < expected) {
            return;
        }
        if (result.epoch() > expected) {
            endAttempt(c, "lost epoch " + expected + " of the stream; resumes from epoch " + expected);
            requeue(c);
            return;
        }
        if (c.writer == null) {
            Provenance provenance = Provenance.fromJson(message.provenanceJson()).onMember(message.member());
            c.writer = new RunFolderWriter(folder(c), c.cell.config(), provenance, c.epochs);
        }
        c.writer.epochReceived(result, message.checkpoint());
        c.epochs.add(result);
        SweepStatus.Attempt a = c.attempts.get(c.attempts.size() - 1);
        c.attempts.set(c.attempts.size() - 1, new SweepStatus.Attempt(a.number(), a.member(), a.fromEpoch(),
                result.epoch(), a.started(), a.ended(), a.outcome()));
        dirty = true;
        listener.epoch(c.cell, result);
        if (c.pending != null && c.lastEpoch() >= c.pending.lastEpoch()) {
            finish(c, c.pending);
        }
    }

    private void onOutcome(CellRun c, int attempt, CellOutcome outcome, Throwable error) {
        if (attempt != c.attempt() || !c.open) {
            return;
        }
        if (error != null) {
            endAttempt(c, "lost: " + rootMessage(error));
            requeue(c);
            return;
        }
        if (outcome.retry()) {
            endAttempt(c, outcome.message());
            requeue(c);
            return;
        }
        if (c.lastEpoch() < outcome.lastEpoch()) {
            c.pending = outcome;
            c.pendingSince = Instant.now();
            return;
        }
        finish(c, outcome);
    }

    /** An attempt whose outcome came but whose last epochs never did: resume from what arrived. */
    private void resolveLateOutcomes() {
        for (CellRun c : cells.values()) {
            if (c.pending != null && Duration.between(c.pendingSince, Instant.now()).compareTo(LATE_EPOCHS) > 0) {
                endAttempt(c, "epochs " + (c.lastEpoch() + 1) + ".." + c.pending.lastEpoch() + " never arrived");
                requeue(c);
            }
        }
    }

    private void finish(CellRun c, CellOutcome outcome) {
        RunStatus status = RunStatus.valueOf(outcome.status());
        c.state = switch (status) {
            case COMPLETED -> CellState.COMPLETED;
            case DIVERGED -> CellState.DIVERGED;
            default -> CellState.FAILED;
        };
        c.message = outcome.message();
        endAttempt(c, status.name().toLowerCase(Locale.ROOT));
        if (c.writer == null) {
            c.writer = new RunFolderWriter(folder(c), c.cell.config(), Backend.provenance(), c.epochs);
        }
        c.writer.onEvent(new RunEvent.StatusChanged(status == RunStatus.CANCELLED ? RunStatus.FAILED : status,
                outcome.message()));
        log.println(String.format(Locale.ROOT, "sweep: cell %s %s on %s after epoch %d%s", c.cell.name(),
                c.state.json(), c.member == null ? "?" : ClusterMember.address(c.member), c.lastEpoch(),
                c.state == CellState.COMPLETED ? "" : ": " + c.message));
        SweepSummary.write(dir, plan.cells());
        changed(c);
    }

    private void onMemberLeft(Member gone) {
        for (CellRun c : cells.values()) {
            if (c.open && gone.equals(c.member)) {
                endAttempt(c, "member " + ClusterMember.address(gone) + " left after epoch " + c.lastEpoch());
                log.println("sweep: member " + ClusterMember.address(gone) + " left; cell " + c.cell.name()
                        + " resumes from epoch " + (c.lastEpoch() + 1));
                requeue(c);
            }
        }
    }

    private void endAttempt(CellRun c, String outcome) {
        c.open = false;
        c.pending = null;
        if (c.future != null && !c.future.isDone()) {
            try {
                c.future.cancel(true);
            } catch (HazelcastException e) {
                // the member that ran the attempt has left (TargetNotMemberException): nothing is left to cancel
                log.println("sweep: attempt of cell " + c.cell.name() + " not cancelled: " + e.getMessage());
            }
        }
        SweepStatus.Attempt a = c.attempts.get(c.attempts.size() - 1);
        c.attempts.set(c.attempts.size() - 1, new SweepStatus.Attempt(a.number(), a.member(), a.fromEpoch(),
                c.lastEpoch(), a.started(), now(), outcome));
    }

    private void requeue(CellRun c) {
        c.state = CellState.QUEUED;
        c.member = null;
        changed(c);
    }

    /** On stop: every running attempt ends as interrupted; the cells stay queued for the next run. */
    private void interruptRunning() {
        for (CellRun c : cells.values()) {
            if (c.open) {
                endAttempt(c, "submitter stopped after epoch " + c.lastEpoch());
                c.state = CellState.QUEUED;
                if (c.writer != null) {
                    c.writer.onEvent(new RunEvent.StatusChanged(RunStatus.CANCELLED, "sweep stopped; "
                            + (c.lastEpoch() + 1) + " epoch(s) kept, continued by the same sweep command"));
                }
            }
        }
    }

    private void changed(CellRun c) {
        dirty = true;
        writeStatus(true);
        listener.changed(status());
    }

    private void writeStatus(boolean now) {
        if (!dirty && !now) {
            return;
        }
        if (!now && Duration.between(lastWrite, Instant.now()).compareTo(SWEEP_JSON_INTERVAL) < 0) {
            return;
        }
        SweepFile.write(dir, status());
        lastWrite = Instant.now();
        dirty = false;
    }

    /** The current state, as written to sweep.json. */
    public SweepStatus status() {
        List<SweepStatus.Cell> list = cells.values().stream().map(c -> new SweepStatus.Cell(c.cell.name(),
                c.cell.setting(), c.cell.seed(), c.state, Math.max(0, c.lastEpoch()), c.message, c.attempts)).toList();
        return new SweepStatus(id, plan.preset(), plan.vary(), plan.seeds(), clusterDescription, now(), list);
    }

    /** Reads a sweep folder left by an earlier run of the same sweep: finished cells stay, the others resume. */
    private void restore() {
        Map<String, SweepStatus.Cell> earlier = new LinkedHashMap<>();
        if (SweepFile.isSweep(dir)) {
            SweepStatus old = SweepFile.read(dir);
            List<String> oldNames = old.cells().stream().map(SweepStatus.Cell::name).toList();
            List<String> names = plan.cells().stream().map(SweepCell::name).toList();
            if (!oldNames.equals(names) || !old.preset().equals(plan.preset())) {
                throw new IllegalArgumentException(dir + " holds another sweep (" + old.preset() + ", cells " + oldNames
                        + "): continue it with the command that started it, or choose another --out");
            }
            id = old.id();
            old.cells().forEach(c -> earlier.put(c.name(), c));
        } else {
            id = UUID.randomUUID().toString();
        }
        for (SweepCell cell : plan.cells()) {
            CellRun c = new CellRun(cell);
            SweepStatus.Cell before = earlier.get(cell.name());
            if (before != null) {
                c.attempts.addAll(before.attempts().stream().map(a -> a.ended() != null ? a
                        : new SweepStatus.Attempt(a.number(), a.member(), a.fromEpoch(), a.toEpoch(), a.started(),
                                now(), "submitter stopped")).toList());
            }
            RunFolder folder = folder(c);
            if (Files.isRegularFile(folder.config())) {
                RunRecord record;
                try {
                    record = RunFolderReader.read(folder);
                } catch (InvalidDataException unreadable) {
                    record = null;
                }
                if (record != null && !record.config().equals(cell.config())) {
                    throw new IllegalArgumentException(folder.dir() + " holds a run with other settings than this "
                            + "sweep's cell: continue it with the command that started it, or choose another --out");
                }
                if (record != null) {
                    c.epochs.addAll(record.epochs());
                    c.message = record.message();
                    if (record.status() == RunStatus.COMPLETED) {
                        c.state = CellState.COMPLETED;
                    } else if (record.status() == RunStatus.DIVERGED) {
                        c.state = CellState.DIVERGED;
                    }
                }
            }
            cells.put(cell.name(), c);
        }
        long reused = cells.values().stream().filter(c -> c.state.done()).count();
        long resumed = cells.values().stream().filter(c -> !c.state.done() && c.lastEpoch() >= 0).count();
        if (reused + resumed > 0) {
            log.println(String.format(Locale.ROOT, "sweep: continuing %s: %d cell(s) finished, %d resume, %d start",
                    dir, reused, resumed, cells.size() - reused - resumed));
        }
    }

    private RunFolder folder(CellRun c) {
        return new RunFolder(dir.resolve(c.cell.name()));
    }

    private static String now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
