package org.deepfreq.experiment;

import java.util.List;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.StratifiedSubset;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.model.SplitNetwork;
import org.deepfreq.spectrum.AutoRange;

/**
 * Fixes the automatic ends of a run's 1/δ range before it starts: from the pairwise distances of every split at
 * epoch 0 (the untrained network) on the run's RDF subset, the lowest lower end and the highest upper end of their
 * {@link AutoRange}s, so every split's window starts where its filter is still the mean and ends where it is the
 * identity. The numbers then stand in the config (and config.json) for the whole run.
 */
public final class AutoRangeChoice {

    private AutoRangeChoice() {
    }

    /** {@code config} with its automatic ends replaced by numbers; unchanged when none is automatic. */
    public static ExperimentConfig resolve(ExperimentConfig config, TrainValidation data, SplitNetwork network) {
        RdfSettings r = config.rdf();
        if (!r.autoRange()) {
            return config;
        }
        FloatMatrix targets = data.train().targetMatrix();
        int[] rows = StratifiedSubset.indices(targets, r.samples(), config.seed());
        List<FloatMatrix> splits = network.activations(data.train().features().selectRows(rows));
        AutoRange range = null;
        for (FloatMatrix split : splits) {
            AutoRange own = AutoRange.of(split, r.normalize(), r.distance());
            range = range == null ? own : range.union(own);
        }
        double min = r.autoMin() ? range.min() : r.invDeltaMin();
        double max = r.autoMax() ? range.max() : r.invDeltaMax();
        if (min >= max) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the automatic 1/δ %s (%.4g) "
                    + "does not fit the fixed %s (%.4g): make both ends auto or change the fixed one",
                    r.autoMin() ? "min" : "max", r.autoMin() ? min : max, r.autoMin() ? "max" : "min",
                    r.autoMin() ? max : min));
        }
        return config.withRdf(r.withRange(min, max));
    }
}
