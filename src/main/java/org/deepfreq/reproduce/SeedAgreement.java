package org.deepfreq.reproduce;

import java.util.List;
import java.util.Locale;

/**
 * How many seeds agree with a claim, and whether that is enough: at least two thirds of them, rounded up (2 of 3,
 * 4 of 5). A single seed that agrees by chance (one time in six for a perfect order of four variants) then does not
 * make a verdict.
 */
record SeedAgreement(int agreeing, int seeds) {

    static SeedAgreement of(List<Boolean> agree) {
        return new SeedAgreement((int) agree.stream().filter(b -> b).count(), agree.size());
    }

    /** Seeds needed for a claim to hold: ⌈2n/3⌉. */
    static int needed(int seeds) {
        return (2 * seeds + 2) / 3;
    }

    boolean enough() {
        return seeds > 0 && agreeing >= needed(seeds);
    }

    /** "2 of 3 seeds agree (2 needed)". */
    String text() {
        return String.format(Locale.ROOT, "%d of %d seeds agree (%d needed)", agreeing, seeds, needed(seeds));
    }

    /** "mean ± sd" of values with the sample standard deviation. */
    static String meanSd(double[] values, String format) {
        double mean = org.deepfreq.results.SeedSummary.mean(values);
        double sd = org.deepfreq.results.SeedSummary.sd(values);
        return String.format(Locale.ROOT, format + " ± " + format, mean, Double.isNaN(sd) ? 0 : sd);
    }
}
