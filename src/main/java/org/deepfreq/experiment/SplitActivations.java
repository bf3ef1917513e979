package org.deepfreq.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.model.SplitNetwork;
import org.deepfreq.model.SplitPoint;
import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.spectrum.RdfRequest;

/**
 * Measures the RDF of the effective target of every learning component: the activations at each split for a
 * fixed set of training inputs, paired with their true targets.
 */
final class SplitActivations {

    private SplitActivations() {
    }

    static List<SplitRdf> measure(SplitNetwork network, FloatMatrix inputs, FloatMatrix targets, RdfSettings settings,
            RdfEngine engine, BooleanSupplier cancelled) {
        List<FloatMatrix> acts = network.activations(inputs);
        List<SplitPoint> splits = network.splitPoints();
        List<SplitRdf> out = new ArrayList<>(splits.size());
        for (int s = 0; s < splits.size(); s++) {
            RdfRequest request = new RdfRequest(acts.get(s), targets, settings.grid(), settings.normalize(),
                    settings.distance());
            out.add(new SplitRdf(splits.get(s).index(), splits.get(s).name(),
                    engine.compute(request, (done, total) -> { }, cancelled)));
        }
        return out;
    }
}
