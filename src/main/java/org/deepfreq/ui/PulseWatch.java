package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Diagnostics for long FX pulse gaps ({@code -Ddeepfreq.pulse.watch=MS}): while the gap since the last pulse is longer
 * than MS, a daemon samples the FX thread's stack every 2 ms and counts where it is; {@link #report()} logs the most
 * frequent places. Off unless the property is set: sampling a stack stops the thread at a safepoint.
 */
final class PulseWatch {

    private static final Logger LOG = LoggerFactory.getLogger(PulseWatch.class);
    private static final int FRAMES = 14;
    private final long thresholdNanos;
    private volatile Thread fx;
    private final Map<String, Integer> places = new HashMap<>();
    private volatile long lastPulse;
    private volatile boolean running = true;

    private PulseWatch(long thresholdNanos) {
        this.thresholdNanos = thresholdNanos;
    }

    /** A started watch (of the thread that calls {@link #pulse}), or null when the property is not set. */
    static PulseWatch startIfAsked() {
        String ms = System.getProperty("deepfreq.pulse.watch");
        if (ms == null) {
            return null;
        }
        PulseWatch watch = new PulseWatch(TimeUnit.MILLISECONDS.toNanos(Long.parseLong(ms)));
        Thread sampler = new Thread(watch::sample, "pulse-watch");
        sampler.setDaemon(true);
        sampler.start();
        return watch;
    }

    void pulse(long nanos) {
        fx = Thread.currentThread();
        lastPulse = System.nanoTime();
    }

    private void sample() {
        while (running) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
            long last = lastPulse;
            Thread thread = fx;
            if (thread != null && last != 0 && System.nanoTime() - last > thresholdNanos) {
                StackTraceElement[] stack = thread.getStackTrace();
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
                    key.append("\n    ").append(stack[i]);
                }
                synchronized (places) {
                    places.merge(key.toString(), 1, Integer::sum);
                }
            }
        }
    }

    void report() {
        List<Map.Entry<String, Integer>> top;
        synchronized (places) {
            top = new ArrayList<>(places.entrySet());
            places.clear();
        }
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        int total = top.stream().mapToInt(Map.Entry::getValue).sum();
        LOG.info("pulse watch: {} samples in long gaps", total);
        top.stream().limit(12).forEach(e -> LOG.info("pulse watch: {} samples at{}", e.getValue(), e.getKey()));
    }
}
