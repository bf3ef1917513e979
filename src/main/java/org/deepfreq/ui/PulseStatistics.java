package org.deepfreq.ui;

import java.util.Locale;

/**
 * Gaps between consecutive FX pulses while a run trains: count, longest, 99th percentile and how many exceed
 * 50 ms (a 1 ms histogram up to one second; longer gaps count in the last bucket, and in the maximum exactly).
 * Fed by an {@code AnimationTimer} on the FX thread; the smoothness measure of docs/performance.md.
 */
public final class PulseStatistics {

    static final double SLOW_MILLIS = 50;
    private final long[] histogram = new long[1001];
    private long first;
    private long last;
    private long longestEnd;
    private long count;
    private long slow;
    private double max;

    /** Forgets everything (a new run starts). */
    public void reset() {
        java.util.Arrays.fill(histogram, 0);
        first = 0;
        last = 0;
        longestEnd = 0;
        count = 0;
        slow = 0;
        max = 0;
    }

    /** A pulse at {@code nanos} (System.nanoTime or the timer's timestamp). */
    public void pulse(long nanos) {
        if (last != 0) {
            double gap = (nanos - last) / 1e6;
            histogram[(int) Math.min(histogram.length - 1, Math.max(0, Math.round(gap)))]++;
            count++;
            if (gap > max) {
                max = gap;
                longestEnd = nanos;
            }
            if (gap > SLOW_MILLIS) {
                slow++;
            }
        } else {
            first = nanos;
        }
        last = nanos;
    }

    public long gaps() {
        return count;
    }

    public double maxMillis() {
        return max;
    }

    /** Seconds from the first pulse to the end of the longest gap (0 without gaps): where to look in a GC log. */
    public double longestEndSeconds() {
        return count == 0 ? 0 : (longestEnd - first) / 1e9;
    }

    /** Gaps longer than 50 ms. */
    public long slowGaps() {
        return slow;
    }

    /** The gap that {@code q} (0..1) of all gaps do not exceed, to the millisecond. */
    public double percentileMillis(double q) {
        long rank = (long) Math.ceil(q * count);
        long seen = 0;
        for (int ms = 0; ms < histogram.length; ms++) {
            seen += histogram[ms];
            if (seen >= rank && seen > 0) {
                return ms;
            }
        }
        return 0;
    }

    /** One line for the log. */
    public String summary() {
        return String.format(Locale.ROOT, "%d FX pulse gaps: longest %.0f ms (ending %.2f s in), 99th percentile %.0f ms, "
                + "median %.0f ms, %d over %.0f ms", count, max, longestEndSeconds(), percentileMillis(0.99),
                percentileMillis(0.5), slow, SLOW_MILLIS);
    }
}
