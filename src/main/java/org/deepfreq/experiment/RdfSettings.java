package org.deepfreq.experiment;

import org.deepfreq.spectrum.InverseDeltaGrid;

/**
 * How the RDF of every split is measured after each epoch: the 1/δ grid, the number of (seeded,
 * stratified) training inputs used, and whether each dimension is normalised by its maximum first.
 */
public record RdfSettings(double invDeltaMin, double invDeltaMax, int steps, int samples, boolean normalize) {

    public RdfSettings {
        new InverseDeltaGrid(invDeltaMin, invDeltaMax, steps);
        if (samples < 2) {
            throw new IllegalArgumentException("RDF sample count must be at least 2, got " + samples);
        }
    }

    public InverseDeltaGrid grid() {
        return new InverseDeltaGrid(invDeltaMin, invDeltaMax, steps);
    }
}
