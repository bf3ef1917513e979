package org.deepfreq.reproduce;

/**
 * Counts the pairs of items ordered as a claim says: for items sorted by a key (e.g. blocks, ascending), a pair
 * i &lt; j is ordered when its values differ strictly in the claimed direction. A tie is never ordered, so a
 * measure that cannot tell two items apart cannot support a claim about their order.
 */
final class PairOrder {

    private PairOrder() {
    }

    /**
     * Pairs i &lt; j (all of them) with {@code values[j] < values[i]} when {@code decreasing}, else
     * {@code values[j] > values[i]}; items must be given in ascending key order.
     */
    static int ordered(double[] values, boolean decreasing) {
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                n += decreasing ? (values[j] < values[i] ? 1 : 0) : (values[j] > values[i] ? 1 : 0);
            }
        }
        return n;
    }

    /**
     * Like {@link #ordered} for RDF peaks measured on grids of step ratio {@code step[i]} (s_{k+1}/s_k at the peak):
     * a pair counts only when the later peak is lower (or higher) by more than half a grid step of the coarser of
     * the two, {@code √max(step_i, step_j)}. Peaks on adjacent points of one grid are ordered; peaks of runs whose
     * grids differ (automatic ranges) closer than the grids resolve are ties.
     */
    static int orderedBeyondGrid(double[] values, double[] step, boolean decreasing) {
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                double f = Math.sqrt(Math.max(step[i], step[j]));
                n += decreasing ? (values[j] * f < values[i] ? 1 : 0) : (values[j] > values[i] * f ? 1 : 0);
            }
        }
        return n;
    }

    /**
     * Like {@link #concordant}, with peak differences smaller than half a grid step ({@link #orderedBeyondGrid})
     * counted as ties.
     */
    static int concordantBeyondGrid(double[] peaks, double[] step, double[] b) {
        int n = 0;
        for (int i = 0; i < peaks.length; i++) {
            for (int j = i + 1; j < peaks.length; j++) {
                double f = Math.sqrt(Math.max(step[i], step[j]));
                int sa = peaks[j] > peaks[i] * f ? 1 : peaks[j] * f < peaks[i] ? -1 : 0;
                double db = b[j] - b[i];
                n += sa != 0 && sa * db > 0 ? 1 : 0;
            }
        }
        return n;
    }

    /** All pairs of n items. */
    static int pairs(int n) {
        return n * (n - 1) / 2;
    }

    /**
     * Whether at most one pair is out of order or tied: with four items, 5 of 6 pairs ordered (a random order
     * reaches that one time in six).
     */
    static boolean nearlyOrdered(double[] values, boolean decreasing) {
        return ordered(values, decreasing) >= pairs(values.length) - 1;
    }

    /**
     * Pairs i &lt; j whose {@code a} and {@code b} differences have the same strict sign (concordant); a tie in either
     * is not concordant.
     */
    static int concordant(double[] a, double[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                double da = a[j] - a[i];
                double db = b[j] - b[i];
                n += da * db > 0 ? 1 : 0;
            }
        }
        return n;
    }
}
