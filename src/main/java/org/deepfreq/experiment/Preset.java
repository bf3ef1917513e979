package org.deepfreq.experiment;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.deepfreq.data.LabeledDataset;
import org.deepfreq.model.NetworkSpec;

/**
 * A named experiment of the paper with its settings, built once by a {@link Builder} so the name is written once
 * (the config carries it as its {@code preset}).
 *
 * @param name        e.g. "mnist-dnn", "mnist-dnn-demo"
 * @param description what it reproduces and, for demos, what differs from the paper
 * @param kind        train one network, train a sweep of variants, or measure RDFs without training
 * @param config      the settings (for {@link Kind#RDF_ONLY}: the 1/δ grid and the number of points)
 * @param sweep       the variants of a {@link Kind#SWEEP}, null otherwise
 * @param rdfTargets  what a {@link Kind#RDF_ONLY} preset measures, null otherwise
 */
public record Preset(String name, String description, Kind kind, ExperimentConfig config, Sweep sweep,
        RdfTargets rdfTargets) {

    /** What running a preset does. */
    public enum Kind {
        /** Trains one network. */
        TRAIN,
        /** Trains one network per value of a setting, one after another. */
        SWEEP,
        /** Trains nothing: the RDF of fixed targets, recorded as one run folder. */
        RDF_ONLY
    }

    public Preset {
        Objects.requireNonNull(kind, "kind");
        if (!config.preset().equals(name)) {
            throw new IllegalArgumentException("preset " + name + " has a config named " + config.preset());
        }
        if ((kind == Kind.SWEEP) != (sweep != null)) {
            throw new IllegalArgumentException("preset " + name + ": a sweep, and only a sweep, has variants");
        }
        if ((kind == Kind.RDF_ONLY) != (rdfTargets != null)) {
            throw new IllegalArgumentException("preset " + name + ": an RDF-only preset, and only one, has targets");
        }
    }

    /** False for presets that only measure RDFs. */
    public boolean trains() {
        return kind != Kind.RDF_ONLY;
    }

    /** A preset that trains one network. */
    public static Builder train(String name) {
        return new Builder(name, Kind.TRAIN, null, null);
    }

    /** A preset that trains one network per value of {@code sweep}, one after another. */
    public static Builder sweep(String name, Sweep sweep) {
        return new Builder(name, Kind.SWEEP, sweep, null);
    }

    /** A preset that trains nothing and measures the RDF of the given targets. */
    public static Builder rdfOnly(String name, RdfTargets targets) {
        return new Builder(name, Kind.RDF_ONLY, null, targets);
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

    /**
     * The targets an RDF-only preset measures.
     *
     * @param what    what is measured, in words (the run's status message)
     * @param targets the targets, given the preset's config (which says how many points)
     */
    public record RdfTargets(String what, Function<ExperimentConfig, List<LabeledDataset>> targets) {

        public List<LabeledDataset> of(ExperimentConfig config) {
            return targets.apply(config);
        }
    }

    /** Builds a preset: its name once, then its description and settings. */
    public static final class Builder {
        private final String name;
        private final Kind kind;
        private final Sweep sweep;
        private final RdfTargets targets;
        private String description;

        private Builder(String name, Kind kind, Sweep sweep, RdfTargets targets) {
            this.name = name;
            this.kind = kind;
            this.sweep = sweep;
            this.targets = targets;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** The settings; the config is named after the preset. */
        public Preset settings(String dataset, int trainSize, int validationSize, NetworkSpec network,
                List<LearningRateStep> schedule, int batchSize, int maxEpochs, double stopAtLoss, RdfSettings rdf,
                long seed) {
            Objects.requireNonNull(description, "describe preset " + name + " first");
            return new Preset(name, description, kind, new ExperimentConfig(name, dataset, trainSize, validationSize,
                    network, schedule, batchSize, maxEpochs, stopAtLoss, rdf, seed), sweep, targets);
        }

        /** The settings of another config (e.g. another preset's, changed), named after this preset. */
        public Preset settingsOf(ExperimentConfig like) {
            return settings(like.dataset(), like.trainSize(), like.validationSize(), like.network(), like.schedule(),
                    like.batchSize(), like.maxEpochs(), like.stopAtLoss(), like.rdf(), like.seed());
        }
    }
}
