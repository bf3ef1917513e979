package org.deepfreq.experiment;

import java.util.List;

/**
 * A named experiment of the paper with its settings; {@code trains} is false for pure RDF presets.
 *
 * @param name        e.g. "mnist-dnn", "mnist-dnn-demo"
 * @param description what it reproduces and, for demos, what differs from the paper
 * @param sweep       variants run one after another (e.g. blocks = 7, 6, 5, 4), or {@code null} for one run
 */
public record Preset(String name, String description, ExperimentConfig config, boolean trains, Sweep sweep) {

    /** A single-run preset. */
    public Preset(String name, String description, ExperimentConfig config, boolean trains) {
        this(name, description, config, trains, null);
    }

    /**
     * One setting ({@link ExperimentConfig#with(String, String) key}) and the values it takes in consecutive runs.
     */
    public record Sweep(String key, List<String> values) {

        public Sweep {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a sweep over " + key + " needs at least one value");
            }
        }

        /** The config of each variant, in order. */
        public List<ExperimentConfig> configs(ExperimentConfig base) {
            return values.stream().map(v -> base.with(key, v)).toList();
        }
    }
}
