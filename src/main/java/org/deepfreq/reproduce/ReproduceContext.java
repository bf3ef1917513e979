package org.deepfreq.reproduce;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.deepfreq.data.DatasetCatalog;
import org.deepfreq.spectrum.RdfEngine;

/**
 * What every experiment of a reproduce run shares: the mode, the output folder (figures, data and the run folders of
 * the training experiments go there), the data sets, the RDF engine, a sink for one-line progress messages and the
 * figure renderer.
 */
public record ReproduceContext(ReproduceMode mode, Path outDir, DatasetCatalog catalog, RdfEngine engine,
        Consumer<String> log, FigureRenderer figures) {

    public boolean quick() {
        return mode == ReproduceMode.QUICK;
    }
}
