package org.deepfreq.experiment;

/**
 * A named experiment of the paper with its settings; {@code trains} is false for pure RDF presets.
 *
 * @param name        e.g. "mnist-dnn", "mnist-dnn-demo"
 * @param description what it reproduces and, for demos, what differs from the paper
 */
public record Preset(String name, String description, ExperimentConfig config, boolean trains) {
}
