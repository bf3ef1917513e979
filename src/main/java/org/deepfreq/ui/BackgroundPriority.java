package org.deepfreq.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Keeps the window responsive while training and RDF work use every core: on Linux, every thread of the process
 * except the FX thread, the renderers and the JVM's own (GC, VM thread) runs at a lower OS priority ({@value #NICE}
 * nice steps below the FX thread), so the scheduler hands the FX thread a core as soon as a pulse is due instead of after a
 * time slice of training. Native threads (ND4J's OpenMP and BLAS workers) are included: a daemon looks for new threads
 * once a second, and at once when asked ({@link #lowerNewThreadsSoon}, after a run's thread starts). Elsewhere, or
 * when the C library cannot be reached, it does nothing.
 */
final class BackgroundPriority {

    static final int NICE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    private static final Path TASKS = Path.of("/proc/self/task");
    /**
     * Threads that draw the window, that the FX thread waits for (ChartFX computes screen coordinates and heat-map
     * frames on its own pool, {@code daemonised_chartfx_thread_#N}, while the FX thread waits), or that every thread
     * waits for (GC); names as Linux shortens them (15 chars). The JIT compilers are lowered with the training: in a
     * run's first seconds their compilations of training and RDF code held up the renderer's paints.
     */
    private static final List<String> KEPT = List.of("QuantumRenderer", "InvokeLaterDisp", "Prism Font Disp", "GC Thread",
            "G1 ", "VM Thread", "Reference Handl", "Signal Dispatch", "llvmpipe",
            "gmain", "gdbus", "dconf worker", "daemonised_char");
    private static final int PRIO_PROCESS = 0;

    /** Schedules one look for new threads on the started policy's daemon; nothing before one is started. */
    private static volatile Runnable lookNow = () -> { };

    private final String uiThread;
    private final int lowered;
    /** The threads alive at the last look; a thread id that ended and comes back (Linux reuses them) is new again. */
    private Set<String> seen = new HashSet<>();
    private final LibC libc;

    /** The C library's {@code setpriority(2)}; on Linux a thread id as {@code who} sets that one thread. */
    interface LibC extends Library {
        int setpriority(int which, int who, int prio);

        int getpriority(int which, int who);
    }

    private BackgroundPriority(String uiThread, LibC libc) {
        this.uiThread = uiThread;
        this.libc = libc;
        // relative to the FX thread's own nice value (a window started with `nice` keeps its offset)
        this.lowered = Math.min(19, libc.getpriority(PRIO_PROCESS, Integer.parseInt(uiThread)) + NICE);
    }

    /**
     * Starts lowering background threads, called on the FX thread (which keeps its priority); returns whether it
     * could (Linux with /proc and a reachable C library).
     */
    static boolean startOnFxThread() {
        BackgroundPriority priority = forCallingThread();
        if (priority == null) {
            return false;
        }
        ScheduledExecutorService daemon = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "background-priority");
            t.setDaemon(true);
            return t;
        });
        lookNow = looks(priority, daemon, 1, TimeUnit.SECONDS);
        return true;
    }

    /**
     * Makes {@code daemon} look for new threads at once and then every {@code period}; returns what asks it for one
     * more look at once.
     */
    static Runnable looks(BackgroundPriority priority, ScheduledExecutorService daemon, long period, TimeUnit unit) {
        daemon.scheduleWithFixedDelay(priority::lowerNewThreads, 0, period, unit);
        return () -> daemon.execute(priority::lowerNewThreads);
    }

    /**
     * Looks for new threads now instead of at the next look of the second: called right after the FX thread has
     * started a run's thread (which would otherwise train, and start its RDF workers, at the FX thread's priority for
     * up to a second). Does nothing where no policy was started.
     */
    static void lowerNewThreadsSoon() {
        lookNow.run();
    }

    /** The policy that keeps the calling thread's priority; null where threads' priorities cannot be set. */
    static BackgroundPriority forCallingThread() {
        try {
            if (!Files.isDirectory(TASKS)) {
                return null;
            }
            return new BackgroundPriority(threadId(), Native.loadLibrary("c", LibC.class));
        } catch (IOException | UnsupportedOperationException | LinkageError e) {
            LOG.debug("background threads keep their priority: {}", e.toString());
            return null;
        }
    }

    /**
     * Lowers the calling thread by {@value #NICE} nice steps, where no policy lowers it (a window opened without the
     * app, a test): for a worker that computes while the FX thread draws. Does nothing where priorities cannot be set.
     */
    static void lowerCallingThread() {
        BackgroundPriority self = forCallingThread();
        if (self != null) {
            self.libc.setpriority(PRIO_PROCESS, Integer.parseInt(self.uiThread), self.lowered);
        }
    }

    /** The calling thread's Linux thread id. */
    static String threadId() throws IOException {
        return Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
    }

    /** Lowers every thread not seen before that is not kept at normal priority. */
    void lowerNewThreads() {
        Set<String> alive = new HashSet<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String tid = task.getFileName().toString();
                alive.add(tid);
                if (!seen.contains(tid) && !tid.equals(uiThread) && !isKept(comm(task))) {
                    libc.setpriority(PRIO_PROCESS, Integer.parseInt(tid), lowered);
                }
            }
            seen = alive;
        } catch (IOException | RuntimeException e) {
            LOG.debug("lowering background threads: {}", e.toString()); // threads come and go; try again next time
        }
    }

    static boolean isKept(String threadName) {
        return KEPT.stream().anyMatch(threadName::startsWith);
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return ""; // the thread has ended
        }
    }
}
