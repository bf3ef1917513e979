package org.deepfreq.reproduce;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.deepfreq.spectrum.RdfEngine;

/**
 * What every experiment of a reproduce run shares: the mode, the output folder (figures and data go
 * there), the RDF engine and a sink for one-line progress messages.
 */
public record ReproduceContext(ReproduceMode mode, Path outDir, RdfEngine engine, Consumer<String> log) {

    public boolean quick() {
        return mode == ReproduceMode.QUICK;
    }
}
