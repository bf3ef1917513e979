package org.deepfreq.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.deepfreq.data.Datasets;
import org.deepfreq.data.OwnDataset;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.LearningRateSchedule;
import org.deepfreq.experiment.Preset;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.RdfSchedule;
import org.deepfreq.experiment.RdfSettings;
import org.deepfreq.model.Architecture;
import org.deepfreq.model.InitScheme;
import org.deepfreq.model.LossKind;
import org.deepfreq.model.NetworkSpec;
import org.deepfreq.spectrum.Distance;
import org.deepfreq.spectrum.GridKind;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings panel: preset, data set, model, training and RDF settings as text properties validated as
 * the user types, each with its message; {@link #validProperty()} is false while any field is invalid.
 */
public final class ControlsViewModel {

    public static final List<String> ACTIVATIONS = List.of("tanh", "relu", "sigmoid", "elu", "softplus");

    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>();
    /** The data set: a registered name, a formula {@code expr:F} or own files {@code file:X,Y}, checked as typed. */
    final FieldValidation<String> dataset = new FieldValidation<>(s -> {
        Datasets.check(s);
        return s;
    });
    private final ObservableList<String> datasetChoices = FXCollections.observableArrayList(Datasets.names());
    private final StringProperty activation = new SimpleStringProperty("tanh");
    private final ObjectProperty<LossKind> loss = new SimpleObjectProperty<>(LossKind.MSE);
    private final BooleanProperty normalize = new SimpleBooleanProperty(true);
    private final ObjectProperty<Distance> distance = new SimpleObjectProperty<>(Distance.SUM);
    private final ObjectProperty<GridKind> gridKind = new SimpleObjectProperty<>(GridKind.LOG);
    private final BooleanProperty autoRange = new SimpleBooleanProperty(true);
    private final ObjectProperty<InitScheme> init = new SimpleObjectProperty<>(InitScheme.XAVIER);
    private final ObjectProperty<Architecture> architecture = new SimpleObjectProperty<>(Architecture.FULLY_CONNECTED);
    private final BooleanProperty residual = new SimpleBooleanProperty(true);
    private final BooleanBinding resnet = architecture.isEqualTo(Architecture.RESNET18);

    final FieldValidation<Integer> depth = new FieldValidation<>(s -> FieldValidation.parseInt(s, "depth", 1, 64));
    final FieldValidation<Integer> width = new FieldValidation<>(s -> FieldValidation.parseInt(s,
            architecture.get().widthName(), 1, architecture.get().maxWidth()), architecture);
    final FieldValidation<Integer> blocks = new FieldValidation<>(s -> FieldValidation.parseInt(s, "residual blocks", 1,
            NetworkSpec.RESNET18_BLOCKS));
    final FieldValidation<Integer> trainSize = new FieldValidation<>(
            s -> FieldValidation.parseInt(s, "training examples", 2, 1_000_000));
    final FieldValidation<Integer> validationSize = new FieldValidation<>(
            s -> FieldValidation.parseInt(s, "validation examples", 0, 1_000_000));
    final FieldValidation<String> schedule = new FieldValidation<>(s -> {
        LearningRateSchedule.parse(s);
        return s;
    });
    final FieldValidation<Integer> batch = new FieldValidation<>(s -> FieldValidation.parseInt(s, "batch size", 1, 100_000));
    final FieldValidation<Integer> epochs = new FieldValidation<>(s -> FieldValidation.parseInt(s, "epochs", 1, 100_000));
    final FieldValidation<Double> stopLoss = new FieldValidation<>(s -> {
        double v = FieldValidation.parseDouble(s, "stop-at-loss");
        if (v < 0) {
            throw new IllegalArgumentException("stop-at-loss must be 0 (off) or positive");
        }
        return v;
    });
    final FieldValidation<Long> seed = new FieldValidation<>(s -> {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed must be a whole number");
        }
    });
    final FieldValidation<Double> invDeltaMin;
    final FieldValidation<Double> invDeltaMax;
    private final LogRange invDeltaRange;
    final FieldValidation<Integer> steps = new FieldValidation<>(s -> {
        int v = FieldValidation.parseInt(s, "steps", 3, 10_000);
        return v;
    });
    final FieldValidation<Integer> samples;
    /** After which epochs the RDF is measured: auto or every K-th. */
    final FieldValidation<RdfSchedule> rdfEvery = new FieldValidation<>(RdfSchedule::parse);
    /** Runs of the settings with seeds S, S+1, … one after another (1: a single run). */
    final FieldValidation<Integer> seeds = new FieldValidation<>(s -> FieldValidation.parseInt(s, "seeds", 1, 100));

    private final BooleanBinding valid;

    public ControlsViewModel() {
        invDeltaMax = new FieldValidation<>(s -> {
            double v = FieldValidation.parseDouble(s, "1/δ max");
            if (v <= 0) {
                throw new IllegalArgumentException("1/δ max must be positive");
            }
            return v;
        });
        invDeltaMin = new FieldValidation<>(s -> {
            double v = FieldValidation.parseDouble(s, "1/δ min");
            if (v <= 0) {
                throw new IllegalArgumentException("1/δ min must be positive");
            }
            String max = invDeltaMax.textProperty().get().trim();
            try {
                if (v >= Double.parseDouble(max)) {
                    throw new IllegalArgumentException("1/δ min must be smaller than max (" + max + ")");
                }
            } catch (NumberFormatException ignored) {
                // max has its own message
            }
            return v;
        }, invDeltaMax.textProperty());
        invDeltaRange = new LogRange(invDeltaMin.textProperty(), invDeltaMax.textProperty());
        samples = new FieldValidation<>(s -> {
            int v = FieldValidation.parseInt(s, "samples", 2, 1_000_000);
            try {
                int train = Integer.parseInt(trainSize.textProperty().get().trim());
                if (v > train) {
                    throw new IllegalArgumentException("samples must not exceed the " + train + " training examples");
                }
            } catch (NumberFormatException ignored) {
                // train size has its own message
            }
            return v;
        }, trainSize.textProperty());
        seeds.textProperty().set("1");
        valid = Bindings.createBooleanBinding(() -> fields().stream().allMatch(FieldValidation::isValid),
                fields().stream().map(FieldValidation::messageProperty).toArray(javafx.beans.Observable[]::new));
        preset.addListener((obs, old, p) -> {
            if (p != null) {
                load(p.config());
            }
        });
        preset.set(Presets.named("depth-1d-demo"));
    }

    List<FieldValidation<?>> fields() {
        return List.of(dataset, depth, width, blocks, trainSize, validationSize, schedule, batch, epochs, stopLoss, seed, invDeltaMin,
                invDeltaMax, steps, samples, rdfEvery, seeds);
    }

    /** Fills every field from a config (when a preset is chosen or a run is opened). */
    public void load(ExperimentConfig c) {
        dataset.textProperty().set(c.dataset());
        depth.textProperty().set(Integer.toString(c.network().hiddenLayers()));
        width.textProperty().set(Integer.toString(c.network().width()));
        activation.set(c.network().activation());
        loss.set(c.network().loss());
        architecture.set(c.network().architecture());
        blocks.textProperty().set(Integer.toString(c.network().residualBlocks()));
        residual.set(c.network().residual());
        trainSize.textProperty().set(Integer.toString(c.trainSize()));
        validationSize.textProperty().set(Integer.toString(c.validationSize()));
        schedule.textProperty().set(LearningRateSchedule.format(c.schedule()));
        batch.textProperty().set(Integer.toString(c.batchSize()));
        epochs.textProperty().set(Integer.toString(c.maxEpochs()));
        stopLoss.textProperty().set(fmt(c.stopAtLoss()));
        seed.textProperty().set(Long.toString(c.seed()));
        invDeltaMax.textProperty().set(fmt(c.rdf().invDeltaMax()));
        invDeltaMin.textProperty().set(fmt(c.rdf().invDeltaMin()));
        steps.textProperty().set(Integer.toString(c.rdf().steps()));
        samples.textProperty().set(Integer.toString(c.rdf().samples()));
        rdfEvery.textProperty().set(c.rdf().every().text());
        normalize.set(c.rdf().normalize());
        distance.set(c.rdf().distance());
        gridKind.set(c.rdf().gridKind());
        autoRange.set(c.rdf().autoRange());
        init.set(c.network().init());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
                : Double.toString(v));
    }

    /** The config the fields describe; only call when {@link #validProperty()} is true. */
    public ExperimentConfig toConfig() {
        Preset p = preset.get();
        return new ExperimentConfig(p.name(), dataset.value(), trainSize.value(), validationSize.value(),
                new NetworkSpec(depth.value(), width.value(), activation.get(), loss.get(), architecture.get(),
                        blocks.value(), residual.get(), init.get()),
                LearningRateSchedule.parse(schedule.value()), batch.value(), epochs.value(), stopLoss.value(),
                rdfSettings(), seed.value());
    }

    /** The RDF settings the fields describe; only call when valid. */
    public RdfSettings rdfSettings() {
        return new RdfSettings(invDeltaMin.value(), invDeltaMax.value(), steps.value(), samples.value(), normalize.get(),
                distance.get(), gridKind.get(), autoRange.get(), autoRange.get(), rdfEvery.value());
    }

    /** The 1/δ min and max as a log-scale range (the range slider), in step with the two fields. */
    public LogRange invDeltaRange() {
        return invDeltaRange;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public StringProperty datasetProperty() {
        return dataset.textProperty();
    }

    /** What the data-set box offers: the registered data sets, and the data opened in this session first. */
    public ObservableList<String> datasetChoices() {
        return datasetChoices;
    }

    /** Offers opened files (File → Open data…, drag-and-drop) as a training set ({@code file:X,Y}), newest first. */
    public void offerOwnData(List<Path> files) {
        String name = OwnDataset.name(files);
        datasetChoices.remove(name);
        datasetChoices.add(0, name);
    }

    public StringProperty activationProperty() {
        return activation;
    }

    public ObjectProperty<LossKind> lossProperty() {
        return loss;
    }

    public ObjectProperty<Architecture> architectureProperty() {
        return architecture;
    }

    /** Skip connections of the ResNet blocks (off: the plain "vanishing gradient" network). */
    public BooleanProperty residualProperty() {
        return residual;
    }

    /** True while the model is a ResNet (blocks and skip connections apply). */
    public BooleanBinding resnetProperty() {
        return resnet;
    }

    public BooleanProperty normalizeProperty() {
        return normalize;
    }

    /** Squared distance of the RDF kernel: summed over dimensions (the paper's) or their mean. */
    public ObjectProperty<Distance> distanceProperty() {
        return distance;
    }

    /** Spacing of the 1/δ grid. */
    public ObjectProperty<GridKind> gridKindProperty() {
        return gridKind;
    }

    /** True: both 1/δ ends are chosen from the distances at epoch 0 (the min/max fields are then only fallbacks). */
    public BooleanProperty autoRangeProperty() {
        return autoRange;
    }

    /** Initialisation of the dense layers' weights. */
    public ObjectProperty<InitScheme> initProperty() {
        return init;
    }

    /** How many seeds the next start runs, one after another. */
    public int seedCount() {
        return seeds.isValid() ? seeds.value() : 1;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
