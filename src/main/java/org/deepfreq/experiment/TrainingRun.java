package org.deepfreq.experiment;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.model.SplitNetwork;
import org.deepfreq.model.SplitPoint;
import org.deepfreq.spectrum.GridKind;
import org.deepfreq.spectrum.RdfEngine;

/**
 * One training run on its own daemon thread: Adam with the config's per-epoch learning rate, validation
 * loss/accuracy, and after every epoch (and for the untrained network as epoch 0) the RDF of every split's
 * effective target. Assembled from its parts: {@link RunState} (run control), {@link EpochLoop} (the epochs),
 * {@link EpochEvaluation} (what is measured after an epoch) and {@link EtaEstimate}; {@link RunService} runs it
 * to completion.
 */
public final class TrainingRun implements RunControl {

    private final ExperimentConfig config;
    private final int trainSize;
    private final RunEvents events = new RunEvents();
    private final RunState state;
    private final EpochLoop loop;
    private final ExecutorService thread;
    private final RunOutline outline;

    /**
     * @param network    the network to train, fresh or restored from a checkpoint
     * @param history    epochs already finished (empty for a new run); training continues after the last
     */
    public TrainingRun(ExperimentConfig config, TrainValidation data, SplitNetwork network, RdfEngine engine,
            EpochCallback callback, List<EpochResult> history) {
        this.config = config;
        this.trainSize = data.train().size();
        checkSamples(config.rdf());
        this.state = new RunState(config.rdf());
        FloatMatrix trainTargets = data.train().targetMatrix();
        EpochEvaluation evaluation = new EpochEvaluation(config, data, trainTargets, network, engine);
        this.loop = new EpochLoop(config, data.train(), trainTargets, network, evaluation, callback, state, events,
                history.isEmpty() ? null : history.get(history.size() - 1));
        this.thread = RunService.daemonThread("training-" + config.preset());
        this.outline = new RunOutline(network.splitPoints().stream().map(SplitPoint::name).toList(),
                EpochEvaluation.hasFit(data.train()), EpochEvaluation.measuresAccuracy(data),
                config.rdf().gridKind() == GridKind.LOG);
    }

    /** What the run will report, before its first epoch (for laying out its charts). */
    public RunOutline outline() {
        return outline;
    }

    public ExperimentConfig config() {
        return config;
    }

    @Override
    public void addListener(RunListener listener) {
        events.add(listener);
    }

    @Override
    public void start() {
        if (!state.begin()) {
            return;
        }
        events.publish(new RunEvent.StatusChanged(RunStatus.RUNNING, "training " + config.preset()));
        thread.submit(loop::run);
        thread.shutdown();
    }

    @Override
    public void pause() {
        state.requestPause();
    }

    @Override
    public void resume() {
        state.requestResume();
    }

    @Override
    public void stepOneEpoch() {
        state.requestStep();
        if (state.status() == RunStatus.READY) {
            start();
        }
    }

    @Override
    public void cancel() {
        state.requestCancel();
        if (state.status() == RunStatus.READY) {
            state.finish(RunStatus.CANCELLED, "stopped before it started", events);
            thread.shutdownNow();
        }
    }

    @Override
    public void updateRdfSettings(RdfSettings settings) {
        checkSamples(settings);
        state.changeRdfSettings(settings);
    }

    @Override
    public RunStatus status() {
        return state.status();
    }

    @Override
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return state.awaitEnd(timeout);
    }

    /** Waits briefly for the run thread to end after a terminal status (for clean shutdown in tests and the CLI). */
    public void close() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void checkSamples(RdfSettings settings) {
        if (settings.samples() > trainSize) {
            throw new IllegalArgumentException("RDF sample count " + settings.samples() + " exceeds the " + trainSize
                    + " training examples");
        }
    }
}
