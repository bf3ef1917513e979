package org.deepfreq.ui;

import org.deepfreq.experiment.EpochResult;

import io.fair_acc.dataset.spi.DoubleDataSet;

/** Validation accuracy over the epochs (classification runs with a validation set). */
final class AccuracyChart extends ChartData {

    static final ChartDescription DESCRIPTION = new ChartDescription("accuracy", "accuracy",
            ChartDescription.Placement.RUN, ChartDescription.Source.EPOCH,
            ChartDescription.Axes.lines("epoch", "accuracy"), split -> "Validation accuracy", split -> new AccuracyChart());

    private final DoubleDataSet accuracy;

    private AccuracyChart() {
        this(new DoubleDataSet("validation accuracy"));
    }

    private AccuracyChart(DoubleDataSet accuracy) {
        super(accuracy);
        this.accuracy = accuracy;
    }

    @Override
    void update(ChartsModel run) {
        overEpochs(accuracy, run.keptEpochs(), EpochResult::valAccuracy);
    }

    @Override
    void clear() {
        accuracy.clearData();
    }
}
