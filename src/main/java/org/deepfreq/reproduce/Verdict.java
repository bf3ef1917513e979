package org.deepfreq.reproduce;

/** Whether a claim of the paper held in the measured runs. */
public enum Verdict {
    HELD,
    NOT_HELD,
    /**
     * Held when distances are summed over dimensions (the paper's) but not with the dimension-fair mean distance, so
     * the measured effect may be the split's dimension rather than its frequency content.
     */
    HOLDS_ONLY_WITH_SUM,
    /** The experiment could not run here (e.g. its data set is missing); the explanation says why. */
    NOT_RUN;

    /** The verdict in words, as the report prints it. */
    public String text() {
        return switch (this) {
            case HELD -> "held";
            case NOT_HELD -> "did not hold";
            case HOLDS_ONLY_WITH_SUM -> "holds only with distance=sum (not held with the dimension-fair mean)";
            case NOT_RUN -> "not run";
        };
    }
}
