package org.deepfreq.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.Shuffle;
import org.deepfreq.model.SplitNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The epochs of a run, on the run's thread: the untrained network as epoch 0, then for each epoch Adam over
 * seeded shuffled minibatches ({@link #trainOneEpoch}), its evaluation, the callback that records it, and the end
 * conditions (max epochs, stop-at-loss, divergence, cancel, failure). Pause, step and cancel take effect at
 * minibatch boundaries; a run that ends early keeps every finished epoch.
 */
final class EpochLoop {

    private static final Logger LOG = LoggerFactory.getLogger(EpochLoop.class);

    private final ExperimentConfig config;
    private final LabeledDataset train;
    private final FloatMatrix trainTargets;
    private final SplitNetwork network;
    private final EpochEvaluation evaluation;
    private final EpochCallback callback;
    private final RunState state;
    private final RunEvents events;
    private final EtaEstimate eta;
    private EpochResult last;
    /** The learning rate last handed to the network (NaN: none yet). */
    private double appliedLearningRate = Double.NaN;

    EpochLoop(ExperimentConfig config, LabeledDataset train, FloatMatrix trainTargets, SplitNetwork network,
            EpochEvaluation evaluation, EpochCallback callback, RunState state, RunEvents events, EpochResult last) {
        this.config = config;
        this.train = train;
        this.trainTargets = trainTargets;
        this.network = network;
        this.evaluation = evaluation;
        this.callback = callback;
        this.state = state;
        this.events = events;
        this.last = last;
        this.eta = new EtaEstimate(train.size(), config.maxEpochs());
    }

    /** Runs every remaining epoch and ends the run with its terminal status, whatever happens. */
    void run() {
        try {
            epochs();
        } catch (CancellationException e) {
            state.finish(RunStatus.CANCELLED, last == null ? "stopped before epoch 0 was finished"
                    : "stopped after epoch " + last.epoch() + "; every finished epoch is kept", events);
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.debug("training run failed", e);
            state.finish(RunStatus.FAILED, (e.getMessage() == null ? e.toString() : e.getMessage())
                    + "; " + finishedEpochs() + " finished epoch(s) kept", events);
        }
    }

    private void epochs() {
        if (last == null) {
            double loss = evaluation.trainLoss();
            record(evaluation.evaluate(0, config.learningRateAt(1), loss, 0, 0, state.rdfSettings(), true,
                    state::cancelRequested));
        }
        for (int epoch = last.epoch() + 1; epoch <= config.maxEpochs(); epoch++) {
            TrainedEpoch trained = trainOneEpoch(epoch);
            if (trained == null) {
                return;
            }
            double trainLoss = trained.meanLoss();
            double seconds = (System.nanoTime() - trained.startNanos()) / 1e9;
            RdfSettings rdf = state.rdfSettings();
            // the run's last epoch (its limit, or stop-loss reached) always has an RDF, whatever rdf-every says
            boolean lastEpoch = epoch == config.maxEpochs() || config.stopAtLoss() > 0 && trainLoss < config.stopAtLoss();
            record(evaluation.evaluate(epoch, config.learningRateAt(epoch), trainLoss, seconds,
                    train.size() / seconds, rdf, lastEpoch || rdf.every().measures(epoch, config.maxEpochs()),
                    state::cancelRequested));
            eta.epochTook((System.nanoTime() - trained.startNanos()) / 1e9);
            if (config.stopAtLoss() > 0 && trainLoss < config.stopAtLoss()) {
                state.finish(RunStatus.COMPLETED, String.format(Locale.ROOT,
                        "training loss %.4g fell below %.4g after epoch %d", trainLoss, config.stopAtLoss(), epoch),
                        events);
                return;
            }
            state.epochEnded();
        }
        state.finish(RunStatus.COMPLETED, "finished " + config.maxEpochs() + " epochs", events);
    }

    /** An epoch's mean minibatch loss and when its first minibatch started ({@link System#nanoTime()}). */
    private record TrainedEpoch(double meanLoss, long startNanos) {
    }

    /**
     * Trains {@code epoch} over every training example once, in seeded shuffled minibatches; returns null when a
     * minibatch loss was not finite, having ended the run as DIVERGED.
     */
    private TrainedEpoch trainOneEpoch(int epoch) {
        int n = train.size();
        int batches = (n + config.batchSize() - 1) / config.batchSize();
        double lr = config.learningRateAt(epoch);
        if (lr != appliedLearningRate) { // DL4J rebuilds every layer's updater configuration: skipped when unchanged
            network.setLearningRate(lr);
            appliedLearningRate = lr;
        }
        int[] order = Shuffle.permutation(n, config.seed() * 1_000_003L + epoch);
        long t0 = System.nanoTime();
        double lossSum = 0;
        FloatMatrix lastInputs = null;
        FloatMatrix lastTargets = null;
        for (int b = 0; b < batches; b++) {
            atBatchBoundary();
            int from = b * config.batchSize();
            int[] rows = Arrays.copyOfRange(order, from, Math.min(n, from + config.batchSize()));
            lastInputs = train.features().selectRows(rows);
            lastTargets = trainTargets.selectRows(rows);
            double loss = network.fitBatch(lastInputs, lastTargets);
            if (!Double.isFinite(loss)) {
                return diverged(loss, "in epoch " + epoch + ", batch " + (b + 1), lr);
            }
            lossSum += loss * rows.length;
            double rate = (from + rows.length) / Math.max((System.nanoTime() - t0) / 1e9, 1e-9);
            events.publish(new RunEvent.Progress(epoch, b + 1, batches, rate,
                    eta.remaining(epoch, from + rows.length, rate)));
        }
        // a minibatch's loss is taken before its step, so the epoch's last step is checked here, before it is measured
        double after = lastInputs == null ? 0 : network.loss(lastInputs, lastTargets);
        if (!Double.isFinite(after)) {
            return diverged(after, "after epoch " + epoch, lr);
        }
        return new TrainedEpoch(lossSum / n, t0);
    }

    private TrainedEpoch diverged(double loss, String when, double lr) {
        state.finish(RunStatus.DIVERGED, String.format(Locale.ROOT, "loss became %s %s; %d finished epoch(s) kept. "
                + "Lower the learning rate (now %g).", loss, when, finishedEpochs(), lr), events);
        return null;
    }

    /** Honours cancel, and waits while paused (re-measuring the current network when the RDF settings change). */
    private void atBatchBoundary() {
        if (!state.pauseIfRequested()) {
            return;
        }
        events.publish(new RunEvent.StatusChanged(RunStatus.PAUSED, "paused after " + finishedEpochs() + " epoch(s)"));
        while (state.awaitResumeOrRemeasure()) {
            if (last != null) {
                record(evaluation.remeasure(last, state.rdfSettings(), state::cancelRequested));
            }
        }
        events.publish(new RunEvent.StatusChanged(RunStatus.RUNNING, "resumed"));
    }

    /** Hands a finished epoch to the callback (results, checkpoint), then publishes it and its 1-D fit. */
    private void record(EpochResult result) {
        OneDimensionalFit fit = evaluation.fit(result.epoch());
        FourierSpectrum spectrum = fit == null ? null : fit.spectrum();
        callback.epochFinished(result, fit, spectrum, network);
        last = result;
        events.publish(new RunEvent.EpochFinished(result));
        if (fit != null) {
            events.publish(new RunEvent.SpectrumMeasured(fit, spectrum));
        }
    }

    private int finishedEpochs() {
        return last == null ? 0 : last.epoch();
    }
}
