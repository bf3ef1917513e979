package org.deepfreq.experiment;

import java.io.IOException;
import java.util.List;

import org.deepfreq.data.DataFile;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.data.OwnDataset;
import org.deepfreq.model.NetworkSpec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Everything that defines a training run; immutable and JSON-serialisable, saved with every run.
 *
 * @param preset         preset it came from (for display and folder names)
 * @param dataset        data set name, see {@link org.deepfreq.data.DatasetCatalog}
 * @param trainSize      training examples
 * @param validationSize validation examples (0: none)
 * @param network        network shape
 * @param schedule       learning rate per epoch (Adam)
 * @param batchSize      minibatch size
 * @param maxEpochs      epochs at most
 * @param stopAtLoss     stop when the epoch's training loss falls below this (0: never)
 * @param rdf            RDF measurement settings
 * @param seed           seed of initialisation, data split, shuffling and RDF subset
 * @param dataFiles      the user's own data files with their SHA-256 (data sets named {@code file:...}), else empty
 */
public record ExperimentConfig(String preset, String dataset, int trainSize, int validationSize, NetworkSpec network,
        List<LearningRateStep> schedule, int batchSize, int maxEpochs, double stopAtLoss, RdfSettings rdf, long seed,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DataFile> dataFiles) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ExperimentConfig {
        if (trainSize < 2) {
            throw new IllegalArgumentException("training set size must be at least 2, got " + trainSize);
        }
        if (validationSize < 0) {
            throw new IllegalArgumentException("validation set size must be 0 or more, got " + validationSize);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("max epochs must be at least 1, got " + maxEpochs);
        }
        if (stopAtLoss < 0 || Double.isNaN(stopAtLoss)) {
            throw new IllegalArgumentException("stop-at-loss must be 0 (off) or positive, got " + stopAtLoss);
        }
        if (rdf.samples() > trainSize) {
            throw new IllegalArgumentException("RDF sample count " + rdf.samples() + " exceeds the training set size "
                    + trainSize + ": lower samples or raise train");
        }
        schedule = LearningRateSchedule.validated(schedule);
        dataFiles = dataFiles == null ? List.of() : List.copyOf(dataFiles);
    }

    /** A config on a data set with no files of the user's own (or whose files {@link #withDataFilesPinned} pins). */
    public ExperimentConfig(String preset, String dataset, int trainSize, int validationSize, NetworkSpec network,
            List<LearningRateStep> schedule, int batchSize, int maxEpochs, double stopAtLoss, RdfSettings rdf, long seed) {
        this(preset, dataset, trainSize, validationSize, network, schedule, batchSize, maxEpochs, stopAtLoss, rdf, seed,
                List.of());
    }

    public double learningRateAt(int epoch) {
        return LearningRateSchedule.rateAt(schedule, epoch);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("config cannot be serialised: " + e.getMessage(), e);
        }
    }

    public static ExperimentConfig fromJson(String json) {
        try {
            return JSON.readValue(json, ExperimentConfig.class);
        } catch (IOException e) {
            throw new InvalidDataException("config.json cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + "); it must be written by DeepFreq Studio", e);
        }
    }

    /**
     * A copy with one setting changed, as given on the command line ({@code --set key=value}). Keys: dataset, train,
     * validation, depth, width, activation, loss (mse|cross_entropy), architecture (fully_connected|resnet18),
     * blocks (ResNet basic blocks kept, 1..8), residual (true|false: skip connections), lr (schedule), batch, epochs, stop-loss,
     * inv-delta-min, inv-delta-max (a number, or auto: chosen from the distances at epoch 0), steps, samples,
     * normalize, distance (sum|mean), grid (uniform|log), rdf-every (K or auto: after which epochs the RDF is measured),
     * init (xavier|lecun-normal|he|uniform-fan-in), seed.
     */
    public ExperimentConfig with(String key, String value) {
        NetworkSpec n = network;
        RdfSettings r = rdf;
        if (NetworkSpec.KEYS.contains(key)) {
            return withNetwork(n.with(key, value));
        }
        try {
            if (RdfSettings.KEYS.contains(key)) {
                return withRdf(r.with(key, value));
            }
            return switch (key) {
                case "dataset" -> withDataset(value);
                case "train" -> new ExperimentConfig(preset, dataset, Integer.parseInt(value), validationSize, n, schedule,
                        batchSize, maxEpochs, stopAtLoss, r, seed, dataFiles);
                case "validation" -> new ExperimentConfig(preset, dataset, trainSize, Integer.parseInt(value), n, schedule,
                        batchSize, maxEpochs, stopAtLoss, r, seed, dataFiles);
                case "lr" -> new ExperimentConfig(preset, dataset, trainSize, validationSize, n,
                        LearningRateSchedule.parse(value), batchSize, maxEpochs, stopAtLoss, r, seed, dataFiles);
                case "batch" -> new ExperimentConfig(preset, dataset, trainSize, validationSize, n, schedule,
                        Integer.parseInt(value), maxEpochs, stopAtLoss, r, seed, dataFiles);
                case "epochs" -> new ExperimentConfig(preset, dataset, trainSize, validationSize, n, schedule, batchSize,
                        Integer.parseInt(value), stopAtLoss, r, seed, dataFiles);
                case "stop-loss" -> new ExperimentConfig(preset, dataset, trainSize, validationSize, n, schedule,
                        batchSize, maxEpochs, Double.parseDouble(value), r, seed, dataFiles);
                case "seed" -> new ExperimentConfig(preset, dataset, trainSize, validationSize, n, schedule, batchSize,
                        maxEpochs, stopAtLoss, r, Long.parseLong(value), dataFiles);
                default -> throw new IllegalArgumentException("unknown setting '" + key + "': use one of dataset, train, "
                        + "validation, depth, width, activation, loss, architecture, blocks, residual, lr, batch, "
                        + "epochs, stop-loss, inv-delta-min, "
                        + "inv-delta-max, steps, samples, normalize, distance, grid, rdf-every, init, seed");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + "=" + value + " is not a number", e);
        }
    }

    /**
     * Whether this (requested) config describes the same experiment as {@code stored}, the config of a run created
     * from it: equal, except that ends of the 1/δ range requested as auto take the numbers the run chose.
     */
    public boolean sameExperimentAs(ExperimentConfig stored) {
        RdfSettings r = rdf;
        RdfSettings s = stored.rdf();
        RdfSettings resolved = r.withRange(r.autoMin() ? s.invDeltaMin() : r.invDeltaMin(),
                r.autoMax() ? s.invDeltaMax() : r.invDeltaMax());
        return withRdf(resolved).equals(stored);
    }

    /**
     * This config on another data set. The user's own files ({@code file:X,Y}) are named by their absolute paths and
     * pinned by their SHA-256 as they are now; one line when a file cannot be read.
     */
    public ExperimentConfig withDataset(String name) {
        List<DataFile> files = OwnDataset.isOwn(name) ? OwnDataset.pin(name) : List.of();
        String named = files.isEmpty() ? name
                : OwnDataset.PREFIX + String.join(",", files.stream().map(DataFile::path).toList());
        return new ExperimentConfig(preset, named, trainSize, validationSize, network, schedule, batchSize, maxEpochs,
                stopAtLoss, rdf, seed, files);
    }

    /** This config with its own data files pinned (see {@link #withDataset}) if they are not yet. */
    public ExperimentConfig withDataFilesPinned() {
        return OwnDataset.isOwn(dataset) && dataFiles.isEmpty() ? withDataset(dataset) : this;
    }

    /**
     * Refuses with one line, naming the file and what to do, when one of the run's own data files is missing or its
     * content differs from the SHA-256 recorded in this config (a resumed run would train on other data).
     */
    public void requireDataUnchanged() {
        dataFiles.forEach(DataFile::requireUnchanged);
    }

    public ExperimentConfig withNetwork(NetworkSpec spec) {
        return new ExperimentConfig(preset, dataset, trainSize, validationSize, spec, schedule, batchSize, maxEpochs,
                stopAtLoss, rdf, seed, dataFiles);
    }

    /**
     * This config with every {@code KEY=VALUE} applied through {@link #with(String, String)}. Settings that depend on
     * each other (RDF samples and training size) are checked once all are applied, so their order does not matter.
     */
    public ExperimentConfig withSettings(java.util.List<String> keyValues) {
        // RDF samples must not exceed the training size: apply everything else first (with the smallest sample count,
        // valid for any training size), then the samples, so the order of the keys does not matter
        ExperimentConfig c = withRdf(rdf.withSamples(2)); // every other RDF setting (grid, automatic ends) is kept
        String samples = Integer.toString(rdf.samples());
        for (String s : keyValues) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set needs KEY=VALUE, got '" + s + "'");
            }
            String key = s.substring(0, eq).trim();
            String value = s.substring(eq + 1).trim();
            if (key.equals("samples")) {
                samples = value;
            } else {
                c = c.with(key, value);
            }
        }
        return c.with("samples", samples);
    }

    public ExperimentConfig withRdf(RdfSettings settings) {
        return new ExperimentConfig(preset, dataset, trainSize, validationSize, network, schedule, batchSize, maxEpochs,
                stopAtLoss, settings, seed, dataFiles);
    }
}
