package org.deepfreq.experiment;

import java.util.List;

/**
 * What a run will report, known before its first epoch: the splits whose RDF it measures (in order), whether each
 * epoch brings a 1-D fit, whether it measures validation accuracy, and whether its 1/δ grid is logarithmic. The app
 * lays out its charts from it while the run is prepared, so that the first epoch only brings data.
 */
public record RunOutline(List<String> splits, boolean fit, boolean accuracy, boolean logGrid) {

    public RunOutline {
        splits = List.copyOf(splits);
    }
}
