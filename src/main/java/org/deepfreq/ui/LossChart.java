package org.deepfreq.ui;

import org.deepfreq.experiment.EpochResult;

import io.fair_acc.dataset.spi.DoubleDataSet;

/** Training and validation loss over the epochs, on a log scale. */
final class LossChart extends ChartData {

    static final ChartDescription DESCRIPTION = new ChartDescription("loss", "loss", ChartDescription.Placement.RUN,
            ChartDescription.Source.EPOCH, ChartDescription.Axes.logLines("epoch", "loss"),
            split -> "Loss", split -> new LossChart());

    private final DoubleDataSet train;
    private final DoubleDataSet validation;

    private LossChart() {
        this(new DoubleDataSet("train loss"), new DoubleDataSet("validation loss"));
    }

    private LossChart(DoubleDataSet train, DoubleDataSet validation) {
        super(train, validation);
        this.train = train;
        this.validation = validation;
    }

    @Override
    void update(ChartsModel run) {
        overEpochs(train, run.keptEpochs(), EpochResult::trainLoss);
        overEpochs(validation, run.keptEpochs(), EpochResult::valLoss);
    }

    @Override
    void clear() {
        train.clearData();
        validation.clearData();
    }

    /** The training loss curve (tests). */
    DoubleDataSet train() {
        return train;
    }
}
