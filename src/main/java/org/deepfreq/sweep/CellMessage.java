package org.deepfreq.sweep;

import java.io.Serializable;

/** What a worker streams back while it trains a cell, on the sweep's topic; {@code attempt} tells stale ones apart. */
public sealed interface CellMessage extends Serializable {

    String sweep();

    String cell();

    int attempt();

    /**
     * One finished epoch as JSON, the {@code checkpoint.zip} after it, and the provenance (backend, versions) of the
     * member that trained it, as JSON.
     */
    record Epoch(String sweep, String cell, int attempt, String member, String epochJson, byte[] checkpoint,
            String provenanceJson) implements CellMessage {
        private static final long serialVersionUID = 1L;
    }

    /** For 1-D runs, after an epoch: the DFT spectra and the fit, as JSON. */
    record Spectrum(String sweep, String cell, int attempt, String spectrumJson, String fitJson) implements CellMessage {
        private static final long serialVersionUID = 1L;
    }
}
