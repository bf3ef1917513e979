package org.deepfreq.reproduce;

/** One experiment of the paper that measures one claim. */
public interface ClaimExperiment {

    /** Identifier used by {@code --only}. */
    String id();

    /** Runs the experiment and judges the claim. */
    ClaimResult run(ReproduceContext context);
}
