package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The smoothness statistic: gaps between pulses, their percentiles and the slow ones. */
class PulseStatisticsTest {

    @Test
    void countsGapsBetweenPulsesWithPercentilesAndSlowOnes() {
        PulseStatistics s = new PulseStatistics();
        long t = 1_000_000_000L;
        s.pulse(t);
        for (int i = 0; i < 98; i++) {
            t += 16_000_000L;
            s.pulse(t);
        }
        t += 80_000_000L;
        s.pulse(t);
        t += 2_500_000_000L;
        s.pulse(t);
        assertThat(s.gaps()).isEqualTo(100);
        assertThat(s.maxMillis()).isCloseTo(2500, within(1e-9));
        assertThat(s.slowGaps()).isEqualTo(2);
        assertThat(s.percentileMillis(0.5)).isEqualTo(16);
        assertThat(s.percentileMillis(0.98)).isEqualTo(16);
        assertThat(s.percentileMillis(0.99)).isEqualTo(80);
        // 98 gaps of 16 ms, then 80 ms, then the longest: it ends 1.568 + 0.080 + 2.5 s after the first pulse
        assertThat(s.longestEndSeconds()).isCloseTo(4.148, within(1e-9));
        assertThat(s.summary()).isEqualTo("100 FX pulse gaps: longest 2500 ms (ending 4.15 s in), 99th percentile "
                + "80 ms, median 16 ms, 2 over 50 ms");
        s.reset();
        s.pulse(t + 5);
        assertThat(s.gaps()).isZero();
        assertThat(s.longestEndSeconds()).isZero();
        assertThat(s.percentileMillis(0.99)).isZero();
    }
}
