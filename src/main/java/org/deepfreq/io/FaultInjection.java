package org.deepfreq.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test hooks of the fault-injection suite, off unless a test or a system property turns them on:
 * {@code deepfreq.test.failAtStep=N} makes the N-th write step of the process (counted from 1) throw "No space left on
 * device", and {@code deepfreq.test.stepPauseMs=M} sleeps M ms before every step, widening the window in which a test
 * kills the process in the middle of an epoch's writes.
 */
public final class FaultInjection {

    private static volatile int failAt = Integer.getInteger("deepfreq.test.failAtStep", 0);
    private static volatile long pauseMs = Long.getLong("deepfreq.test.stepPauseMs", 0);
    private static final AtomicInteger STEPS = new AtomicInteger();

    private FaultInjection() {
    }

    /** Sets the hooks for this process (0 turns one off) and restarts the step count. */
    public static void configure(int failAtStep, long stepPauseMs) {
        failAt = failAtStep;
        pauseMs = stepPauseMs;
        STEPS.set(0);
    }

    /** Write steps counted since {@link #configure}. */
    public static int steps() {
        return STEPS.get();
    }

    /** Marks one write step; may pause or fail when a test asked for it. */
    public static void step(String what) throws IOException {
        int n = STEPS.incrementAndGet();
        if (pauseMs > 0) {
            try {
                Thread.sleep(pauseMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (n == failAt) {
            throw new FileSystemException(what, null, "No space left on device (injected at write step " + n + ")");
        }
    }
}
