package org.deepfreq.experiment;

import org.deepfreq.spectrum.RdfResult;

/**
 * The RDF of the effective target of one learning component: the split after layer {@code index}
 * (0 = raw input), named for display (e.g. "input", "h1", "stage4").
 */
public record SplitRdf(int index, String name, RdfResult rdf) {

    public double peakInvDelta() {
        return rdf.peakInvDelta();
    }
}
