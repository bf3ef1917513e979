package org.deepfreq.sweep;

import org.deepfreq.experiment.ExperimentConfig;

/**
 * One cell of a sweep: a setting (the values of the varied keys) and a seed, trained as one ordinary run into
 * {@code DIR/<setting>/seed-<s>/}.
 *
 * @param name    {@code <setting>/seed-<s>}, the run folder relative to the sweep folder
 * @param setting e.g. {@code depth1} or {@code depth1-width50}; {@code base} when nothing varies
 * @param seed    the run's seed
 * @param config  the complete config of the run
 */
public record SweepCell(String name, String setting, long seed, ExperimentConfig config) {
}
