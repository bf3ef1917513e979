package org.deepfreq.cli;

import org.deepfreq.spectrum.InverseDeltaGrid;

import picocli.CommandLine.Option;

/** The 1/δ grid options shared by commands. */
final class GridOptions {

    @Option(names = "--inv-delta-min", required = true, paramLabel = "A", description = "smallest 1/δ (> 0)")
    double min;

    @Option(names = "--inv-delta-max", required = true, paramLabel = "B", description = "largest 1/δ (> A)")
    double max;

    @Option(names = "--steps", required = true, paramLabel = "K", description = "grid points, uniform in 1/δ (≥ 3)")
    int steps;

    InverseDeltaGrid toGrid() {
        return new InverseDeltaGrid(min, max, steps);
    }
}
