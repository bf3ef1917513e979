package org.deepfreq.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.StratifiedSubset;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.model.SplitNetwork;
import org.deepfreq.spectrum.RdfEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is measured on the network after an epoch: validation loss and accuracy, the RDF of every split's effective
 * target on a fixed, seeded, stratified subset of the training inputs, and for 1-D regression the fit on the
 * training grid. {@link #evaluate} is the one place that decides what an epoch's record holds.
 */
final class EpochEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(EpochEvaluation.class);

    private final ExperimentConfig config;
    private final TrainValidation data;
    private final FloatMatrix trainTargets;
    private final FloatMatrix valTargets;
    private final SplitNetwork network;
    private final RdfEngine engine;
    private RdfSubset subset;

    /** The inputs and targets whose split activations are measured. */
    private record RdfSubset(FloatMatrix inputs, FloatMatrix targets) {
    }

    EpochEvaluation(ExperimentConfig config, TrainValidation data, FloatMatrix trainTargets, SplitNetwork network,
            RdfEngine engine) {
        this.config = config;
        this.data = data;
        this.trainTargets = trainTargets;
        this.valTargets = data.hasValidation() ? data.validation().targetMatrix() : null;
        this.network = network;
        this.engine = engine;
    }

    /**
     * The record of a finished epoch: the training numbers given, validation measured now, and the RDF measured now
     * when {@code withRdf} (rdf-every), else none.
     */
    EpochResult evaluate(int epoch, double learningRate, double trainLoss, double seconds, double samplesPerSecond,
            RdfSettings rdf, boolean withRdf, BooleanSupplier cancelled) {
        return new EpochResult(epoch, learningRate, trainLoss, validationLoss(), validationAccuracy(), seconds,
                samplesPerSecond, withRdf ? measureRdf(rdf, cancelled) : List.of());
    }

    /** The same epoch with its RDF measured again (new settings while paused); every other number is kept. */
    EpochResult remeasure(EpochResult last, RdfSettings rdf, BooleanSupplier cancelled) {
        return new EpochResult(last.epoch(), last.learningRate(), last.trainLoss(), last.valLoss(), last.valAccuracy(),
                last.seconds(), last.samplesPerSecond(), measureRdf(rdf, cancelled));
    }

    /** Training loss of the current network over the whole training set (the untrained network's epoch 0). */
    double trainLoss() {
        return network.loss(data.train().features(), trainTargets);
    }

    /** Target and output over the training points in ascending x, for 1-D regression; null for other runs. */
    OneDimensionalFit fit(int epoch) {
        LabeledDataset t = data.train();
        if (!hasFit(t)) {
            return null;
        }
        int n = t.size();
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Float.compare(t.features().get(a, 0), t.features().get(b, 0)));
        FloatMatrix out = network.output(t.features());
        double[] x = new double[n];
        double[] target = new double[n];
        double[] output = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = t.features().get(order[i], 0);
            target[i] = t.targets().get(order[i], 0);
            output[i] = out.get(order[i], 0);
        }
        return new OneDimensionalFit(epoch, x, target, output);
    }

    /** RDF of every split on the seeded subset of the settings' size (re-drawn when the size changes). */
    private List<SplitRdf> measureRdf(RdfSettings settings, BooleanSupplier cancelled) {
        if (subset == null || subset.inputs().rows() != settings.samples()) {
            int[] rows = StratifiedSubset.indices(trainTargets, settings.samples(), config.seed());
            subset = new RdfSubset(data.train().features().selectRows(rows), trainTargets.selectRows(rows));
        }
        long t0 = System.nanoTime();
        List<SplitRdf> splits = SplitActivations.measure(network, subset.inputs(), subset.targets(), settings, engine,
                cancelled);
        LOG.info("RDF of {} splits on {} samples ({} grid points): {} s", splits.size(), settings.samples(),
                settings.steps(), String.format(Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9));
        return splits;
    }

    private double validationLoss() {
        return valTargets == null ? Double.NaN : network.loss(data.validation().features(), valTargets);
    }

    /** Whether epochs on this training set bring a 1-D fit: regression of one target on one input. */
    static boolean hasFit(LabeledDataset train) {
        return !train.isClassification() && train.features().cols() == 1 && train.targets().cols() == 1;
    }

    /** Whether epochs on these data measure validation accuracy: a validation set of a classification task. */
    static boolean measuresAccuracy(TrainValidation data) {
        return data.hasValidation() && data.validation().isClassification();
    }

    private double validationAccuracy() {
        if (!measuresAccuracy(data)) {
            return Double.NaN;
        }
        FloatMatrix out = network.output(data.validation().features());
        int[] labels = data.validation().labels();
        int correct = 0;
        for (int i = 0; i < out.rows(); i++) {
            int best = 0;
            for (int m = 1; m < out.cols(); m++) {
                if (out.get(i, m) > out.get(i, best)) {
                    best = m;
                }
            }
            correct += best == labels[i] ? 1 : 0;
        }
        return (double) correct / out.rows();
    }
}
