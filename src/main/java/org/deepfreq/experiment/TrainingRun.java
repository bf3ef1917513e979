package org.deepfreq.experiment;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.StratifiedSubset;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.model.SplitNetwork;
import org.deepfreq.spectrum.RdfEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run on its own daemon thread: Adam with the config's per-epoch learning rate, validation
 * loss/accuracy, and after every epoch (and for the untrained network as epoch 0) the RDF of every split's
 * effective target on a fixed, seeded, stratified subset of the training inputs. Pause, step, resume and
 * cancel take effect at minibatch boundaries; a cancelled, diverged or failed run keeps every finished epoch.
 */
public final class TrainingRun implements RunControl {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    /** Wall time of the last finished epoch: training, validation and RDF (0 before the first). */
    private double lastEpochWallSeconds;

    private final ExperimentConfig config;
    private final TrainValidation data;
    private final SplitNetwork network;
    private final RdfEngine engine;
    private final EpochCallback callback;
    private final int firstEpoch;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private RunStatus status = RunStatus.READY;
    private boolean pauseRequested;
    private boolean cancelRequested;
    private boolean stepRequested;
    private boolean remeasureRequested;
    private RdfSettings rdfSettings;
    /** Set once the terminal status event has been delivered to every listener. */
    private boolean ended;
    private EpochResult last;
    private RdfSubset subset;

    /**
     * @param network    the network to train, fresh or restored from a checkpoint
     * @param history    epochs already finished (empty for a new run); training continues after the last
     */
    public TrainingRun(ExperimentConfig config, TrainValidation data, SplitNetwork network, RdfEngine engine,
            EpochCallback callback, List<EpochResult> history) {
        this.config = config;
        this.data = data;
        this.network = network;
        this.engine = engine;
        this.callback = callback;
        this.rdfSettings = config.rdf();
        this.last = history.isEmpty() ? null : history.get(history.size() - 1);
        this.firstEpoch = last == null ? 1 : last.epoch() + 1;
        if (data.train().size() < config.rdf().samples()) {
            throw new IllegalArgumentException("RDF sample count " + config.rdf().samples()
                    + " exceeds the " + data.train().size() + " training examples");
        }
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "training-" + config.preset());
            t.setDaemon(true);
            return t;
        });
    }

    public ExperimentConfig config() {
        return config;
    }

    @Override
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    @Override
    public void start() {
        lock.lock();
        try {
            if (status != RunStatus.READY) {
                return;
            }
            status = RunStatus.RUNNING;
        } finally {
            lock.unlock();
        }
        publish(new RunEvent.StatusChanged(RunStatus.RUNNING, "training " + config.preset()));
        executor.submit(this::runSafely);
        executor.shutdown();
    }

    @Override
    public void pause() {
        signal(() -> pauseRequested = true);
    }

    @Override
    public void resume() {
        signal(() -> {
            pauseRequested = false;
            stepRequested = false;
        });
    }

    @Override
    public void stepOneEpoch() {
        signal(() -> {
            stepRequested = true;
            pauseRequested = false;
        });
        if (status() == RunStatus.READY) {
            start();
        }
    }

    @Override
    public void cancel() {
        signal(() -> cancelRequested = true);
        if (status() == RunStatus.READY) {
            finish(RunStatus.CANCELLED, "stopped before it started");
            executor.shutdownNow();
        }
    }

    @Override
    public void updateRdfSettings(RdfSettings settings) {
        if (settings.samples() > data.train().size()) {
            throw new IllegalArgumentException("RDF sample count " + settings.samples() + " exceeds the "
                    + data.train().size() + " training examples");
        }
        signal(() -> {
            rdfSettings = settings;
            remeasureRequested = status == RunStatus.PAUSED;
        });
    }

    @Override
    public RunStatus status() {
        lock.lock();
        try {
            return status;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!ended) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void signal(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void runSafely() {
        try {
            train();
        } catch (CancellationException e) {
            finish(RunStatus.CANCELLED, last == null ? "stopped before epoch 0 was finished"
                    : "stopped after epoch " + last.epoch() + "; every finished epoch is kept");
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.debug("training run failed", e);
            finish(RunStatus.FAILED, (e.getMessage() == null ? e.toString() : e.getMessage())
                    + "; " + finishedEpochs() + " finished epoch(s) kept");
        }
    }

    private int finishedEpochs() {
        return last == null ? 0 : last.epoch();
    }

    private void train() {
        LabeledDataset train = data.train();
        FloatMatrix trainTargets = train.targetMatrix();
        FloatMatrix valTargets = data.hasValidation() ? data.validation().targetMatrix() : null;

        if (last == null) {
            double loss = network.loss(train.features(), trainTargets);
            emitEpoch(new EpochResult(0, config.learningRateAt(1), loss, validationLoss(valTargets),
                    validationAccuracy(), 0, 0, measure(trainTargets)));
        }
        int n = train.size();
        int batches = (n + config.batchSize() - 1) / config.batchSize();
        for (int epoch = firstEpoch; epoch <= config.maxEpochs(); epoch++) {
            double lr = config.learningRateAt(epoch);
            network.setLearningRate(lr);
            int[] order = shuffled(n, config.seed() * 1_000_003L + epoch);
            long t0 = System.nanoTime();
            double lossSum = 0;
            for (int b = 0; b < batches; b++) {
                checkpoint(trainTargets);
                int from = b * config.batchSize();
                int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(n, from + config.batchSize()));
                double loss = network.fitBatch(train.features().selectRows(rows), trainTargets.selectRows(rows));
                if (!Double.isFinite(loss)) {
                    finish(RunStatus.DIVERGED, String.format(java.util.Locale.ROOT,
                            "loss became %s in epoch %d, batch %d; %d finished epoch(s) kept. "
                                    + "Lower the learning rate (now %g).", loss, epoch, b + 1, finishedEpochs(), lr));
                    return;
                }
                lossSum += loss * rows.length;
                double seconds = (System.nanoTime() - t0) / 1e9;
                double rate = (from + rows.length) / Math.max(seconds, 1e-9);
                // this epoch's remaining batches at the current rate, then whole epochs as long as the last one took
                // including its validation and RDF (training alone underestimates short epochs many times)
                double thisEpoch = (n - from - rows.length) / rate;
                double perEpoch = lastEpochWallSeconds > 0 ? lastEpochWallSeconds : n / rate;
                publish(new RunEvent.Progress(epoch, b + 1, batches, rate, Duration.ofMillis(
                        (long) ((thisEpoch + (config.maxEpochs() - epoch) * perEpoch) * 1000))));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double trainLoss = lossSum / n;
            boolean lastEpoch = epoch == config.maxEpochs() || config.stopAtLoss() > 0 && trainLoss < config.stopAtLoss();
            emitEpoch(new EpochResult(epoch, lr, trainLoss, validationLoss(valTargets), validationAccuracy(), seconds,
                    n / seconds, lastEpoch || measuredAfter(epoch) ? measure(trainTargets) : List.of()));
            lastEpochWallSeconds = (System.nanoTime() - t0) / 1e9;
            if (config.stopAtLoss() > 0 && trainLoss < config.stopAtLoss()) {
                finish(RunStatus.COMPLETED, String.format(java.util.Locale.ROOT,
                        "training loss %.4g fell below %.4g after epoch %d", trainLoss, config.stopAtLoss(), epoch));
                return;
            }
            lock.lock();
            try {
                if (stepRequested) {
                    stepRequested = false;
                    pauseRequested = true;
                }
            } finally {
                lock.unlock();
            }
        }
        finish(RunStatus.COMPLETED, "finished " + config.maxEpochs() + " epochs");
    }

    /** The inputs and targets whose split activations are measured. */
    private record RdfSubset(FloatMatrix inputs, FloatMatrix targets) {
    }

    /**
     * At a minibatch boundary: honours cancel, and waits while paused (re-measuring the current network when
     * the RDF settings change meanwhile).
     */
    private void checkpoint(FloatMatrix trainTargets) {
        lock.lock();
        try {
            if (cancelRequested) {
                throw new CancellationException();
            }
            if (!pauseRequested) {
                return;
            }
            status = RunStatus.PAUSED;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        publish(new RunEvent.StatusChanged(RunStatus.PAUSED, "paused after " + finishedEpochs() + " epoch(s)"));
        while (true) {
            boolean remeasure;
            lock.lock();
            try {
                while (pauseRequested && !cancelRequested && !remeasureRequested) {
                    changed.awaitUninterruptibly();
                }
                if (cancelRequested) {
                    throw new CancellationException();
                }
                remeasure = remeasureRequested;
                remeasureRequested = false;
                if (!remeasure) {
                    status = RunStatus.RUNNING;
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
            if (!remeasure) {
                publish(new RunEvent.StatusChanged(RunStatus.RUNNING, "resumed"));
                return;
            }
            if (last != null) {
                emitEpoch(new EpochResult(last.epoch(), last.learningRate(), last.trainLoss(), last.valLoss(),
                        last.valAccuracy(), last.seconds(), last.samplesPerSecond(), measure(trainTargets)));
            }
        }
    }

    /** Whether the current settings' rdf-every measures the RDF after this epoch (the last is measured anyway). */
    private boolean measuredAfter(int epoch) {
        lock.lock();
        try {
            return rdfSettings.every().measures(epoch, config.maxEpochs());
        } finally {
            lock.unlock();
        }
    }

    /** RDF of every split on the seeded subset of the current settings' size (re-drawn when the size changes). */
    private List<SplitRdf> measure(FloatMatrix trainTargets) {
        RdfSettings settings;
        lock.lock();
        try {
            settings = rdfSettings;
        } finally {
            lock.unlock();
        }
        if (subset == null || subset.inputs().rows() != settings.samples()) {
            int[] rows = StratifiedSubset.indices(trainTargets, settings.samples(), config.seed());
            subset = new RdfSubset(data.train().features().selectRows(rows), trainTargets.selectRows(rows));
        }
        long t0 = System.nanoTime();
        List<SplitRdf> splits = SplitActivations.measure(network, subset.inputs(), subset.targets(), settings, engine,
                () -> cancelRequestedNow());
        LOG.info("RDF of {} splits on {} samples ({} grid points): {} s", splits.size(), settings.samples(),
                settings.steps(), String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9));
        return splits;
    }

    private boolean cancelRequestedNow() {
        lock.lock();
        try {
            return cancelRequested;
        } finally {
            lock.unlock();
        }
    }

    private double validationLoss(FloatMatrix valTargets) {
        return valTargets == null ? Double.NaN : network.loss(data.validation().features(), valTargets);
    }

    private double validationAccuracy() {
        if (!data.hasValidation() || !data.validation().isClassification()) {
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

    private void emitEpoch(EpochResult result) {
        OneDimensionalFit fit = isOneDimensionalRegression() ? fit(result.epoch()) : null;
        callback.epochFinished(result, fit, network);
        last = result;
        publish(new RunEvent.EpochFinished(result));
        if (fit != null) {
            publish(new RunEvent.SpectrumMeasured(fit, fit.spectrum()));
        }
    }

    private boolean isOneDimensionalRegression() {
        LabeledDataset t = data.train();
        return !t.isClassification() && t.features().cols() == 1 && t.targets().cols() == 1;
    }

    /** Target and output over the training points in ascending x (a uniform grid for the 1-D presets). */
    private OneDimensionalFit fit(int epoch) {
        LabeledDataset t = data.train();
        int n = t.size();
        Integer[] order = new Integer[n];
        java.util.Arrays.setAll(order, i -> i);
        java.util.Arrays.sort(order, (a, b) -> Float.compare(t.features().get(a, 0), t.features().get(b, 0)));
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

    private void finish(RunStatus terminal, String message) {
        lock.lock();
        try {
            if (status.isTerminal()) {
                return;
            }
            status = terminal;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        LOG.info("{}: {}", terminal, message); // the CLI and the app show the message themselves
        publish(new RunEvent.StatusChanged(terminal, message));
        signal(() -> ended = true);
    }

    private void publish(RunEvent event) {
        for (RunListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("run listener failed on {}", event, e);
            }
        }
    }

    private static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rnd = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Waits briefly for the run thread to end after a terminal status (for clean shutdown in tests and the CLI). */
    public void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
