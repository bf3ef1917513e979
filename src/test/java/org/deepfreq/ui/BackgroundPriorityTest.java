package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Background threads are lowered below the UI thread, which, like the renderers, keeps its priority (Linux). */
class BackgroundPriorityTest {

    @Test
    void aWorkerThreadRunsTenNiceStepsBelowTheUiThreadWhileTheUiThreadAndARendererKeepTheirs() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        BackgroundPriority priority = BackgroundPriority.forCallingThread();
        assertThat(priority).isNotNull();
        String ui = BackgroundPriority.threadId();
        int uiNice = nice(ui);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<String> worker = new CompletableFuture<>();
        CompletableFuture<String> renderer = new CompletableFuture<>();
        startWaiting("training-worker", worker, done);
        startWaiting("QuantumRenderer-test", renderer, done);
        try {
            String workerId = worker.get(10, TimeUnit.SECONDS);
            String rendererId = renderer.get(10, TimeUnit.SECONDS);
            int rendererNice = nice(rendererId);

            priority.lowerNewThreads();

            assertThat(nice(workerId)).isEqualTo(Math.min(19, uiNice + 10));
            assertThat(nice(ui)).isEqualTo(uiNice);
            assertThat(nice(rendererId)).isEqualTo(rendererNice);
        } finally {
            done.countDown();
        }
    }

    @Test
    void aThreadStartedJustBeforeALookIsAskedForIsLoweredWithoutWaitingForTheNextPeriodicLook() throws Exception {
        // the app asks for a look right after the FX thread starts a run's thread, which inherits its priority
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        BackgroundPriority priority = BackgroundPriority.forCallingThread();
        int uiNice = nice(BackgroundPriority.threadId());
        assumeTrue(uiNice < 19, "a thread can be lowered below this one");
        ScheduledExecutorService daemon = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch done = new CountDownLatch(1);
        try {
            Runnable lookNow = BackgroundPriority.looks(priority, daemon, 1, TimeUnit.HOURS);
            daemon.submit(() -> { }).get(10, TimeUnit.SECONDS); // after the first look: the next one is an hour away
            CompletableFuture<String> worker = new CompletableFuture<>();
            startWaiting("training-run", worker, done);
            String workerId = worker.get(10, TimeUnit.SECONDS);
            assertThat(nice(workerId)).as("started at the starting thread's priority").isEqualTo(uiNice);

            lookNow.run();
            daemon.submit(() -> { }).get(10, TimeUnit.SECONDS);

            assertThat(nice(workerId)).isEqualTo(Math.min(19, uiNice + 10));
        } finally {
            done.countDown();
            daemon.shutdownNow();
        }
    }

    @Test
    void chartFxsScreenCoordinateWorkersKeepTheirPriorityBecauseTheFxThreadWaitsForThem() throws Exception {
        // ChartFX names its pool's threads "daemonised_chartfx_thread_#N"; Linux keeps the first 15 characters
        Thread chartFx = io.fair_acc.dataset.utils.CachedDaemonThreadFactory.getInstance().newThread(() -> { });
        String shortened = chartFx.getName().substring(0, Math.min(15, chartFx.getName().length()));
        assertThat(BackgroundPriority.isKept(shortened)).as(shortened).isTrue();
        assertThat(BackgroundPriority.isKept("training-worke")).isFalse();
    }

    @Test
    void theJitCompilersAreLoweredWithTheTrainingWhileTheGarbageCollectorKeepsItsPriority() {
        // their compilations of training and RDF code took a core from the renderer for the first seconds of a run
        assertThat(BackgroundPriority.isKept("C2 CompilerThre")).isFalse();
        assertThat(BackgroundPriority.isKept("C1 CompilerThre")).isFalse();
        assertThat(BackgroundPriority.isKept("GC Thread#0")).isTrue();
        assertThat(BackgroundPriority.isKept("QuantumRenderer")).isTrue();
    }

    private static void startWaiting(String name, CompletableFuture<String> id, CountDownLatch done) {
        Thread t = new Thread(() -> {
            try {
                id.complete(BackgroundPriority.threadId());
                done.await();
            } catch (IOException | InterruptedException e) {
                id.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    /** Field 19 of /proc/self/task/TID/stat (after the parenthesised name), as proc(5) documents it. */
    private static int nice(String tid) throws IOException {
        String stat = Files.readString(Path.of("/proc/self/task", tid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[19 - 3]);
    }
}
