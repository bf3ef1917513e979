package org.deepfreq.reproduce;

/** How much compute the experiments get. */
public enum ReproduceMode {
    /** Small networks and subsets: the whole report within about 20 minutes on a 2-core CPU. */
    QUICK,
    /** The paper's settings (GPU recommended). */
    FULL
}
