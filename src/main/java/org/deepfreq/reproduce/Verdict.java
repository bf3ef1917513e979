package org.deepfreq.reproduce;

/** Whether a claim of the paper held in the measured run. */
public enum Verdict {
    HELD,
    NOT_HELD,
    /** The experiment could not run here (e.g. its data set is missing); the explanation says why. */
    NOT_RUN
}
