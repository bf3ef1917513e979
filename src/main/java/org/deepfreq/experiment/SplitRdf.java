package org.deepfreq.experiment;

import java.util.List;

import org.deepfreq.model.ResidualNetwork;
import org.deepfreq.spectrum.RdfResult;

/**
 * The RDF of the effective target of one learning component: the split after layer {@code index}
 * (0 = raw input), named for display (e.g. "input", "h1", "stage4").
 */
public record SplitRdf(int index, String name, RdfResult rdf) {

    /**
     * The split shown or compared when none is chosen: {@code features} (the input of a ResNet's learning component)
     * when the names include it, otherwise the deepest (the last).
     */
    public static String defaultSplit(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no splits to choose from");
        }
        return names.contains(ResidualNetwork.FEATURES) ? ResidualNetwork.FEATURES : names.get(names.size() - 1);
    }

    public double peakInvDelta() {
        return rdf.peakInvDelta();
    }
}
