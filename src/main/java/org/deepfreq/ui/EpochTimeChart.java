package org.deepfreq.ui;

import org.deepfreq.experiment.EpochResult;

import io.fair_acc.dataset.spi.DoubleDataSet;

/**
 * Seconds each epoch's training took (the {@code seconds} column of metrics.csv: from its first minibatch to its
 * last, without the evaluation and RDF after it). Epoch 0 trains nothing and is left out. A run that slows down
 * (a busy machine, a heap near its limit) shows it here epoch by epoch.
 */
final class EpochTimeChart extends ChartData {

    static final ChartDescription DESCRIPTION = new ChartDescription("time", "training time per epoch",
            ChartDescription.Placement.RUN, ChartDescription.Source.EPOCH,
            ChartDescription.Axes.lines("epoch", "seconds"), split -> "Seconds per epoch", split -> new EpochTimeChart());

    private final DoubleDataSet seconds;

    private EpochTimeChart() {
        this(new DoubleDataSet("training seconds"));
    }

    private EpochTimeChart(DoubleDataSet seconds) {
        super(seconds);
        this.seconds = seconds;
    }

    @Override
    void update(ChartsModel run) {
        overEpochs(seconds, run.keptEpochs().stream().filter(e -> e.epoch() > 0).toList(), EpochResult::seconds);
    }

    @Override
    void clear() {
        seconds.clearData();
    }
}
