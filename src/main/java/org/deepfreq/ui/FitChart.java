package org.deepfreq.ui;

import org.deepfreq.experiment.OneDimensionalFit;

import io.fair_acc.dataset.spi.DoubleDataSet;

/** A 1-D run's target and network output over x, after the latest epoch. */
final class FitChart extends ChartData {

    static final ChartDescription DESCRIPTION = new ChartDescription("fit", "1-D fit", ChartDescription.Placement.FIT,
            ChartDescription.Source.FIT, ChartDescription.Axes.lines("x", "y"), split -> "Target and network output",
            split -> new FitChart());

    private final DoubleDataSet target;
    private final DoubleDataSet output;

    private FitChart() {
        this(new DoubleDataSet("target"), new DoubleDataSet("network output"));
    }

    private FitChart(DoubleDataSet target, DoubleDataSet output) {
        super(target, output);
        this.target = target;
        this.output = output;
    }

    @Override
    void update(ChartsModel run) {
        OneDimensionalFit fit = run.latestFit();
        if (fit == null) {
            return;
        }
        target.set(fit.x(), fit.target());
        output.setName("network output, epoch " + fit.epoch());
        output.set(fit.x(), fit.output());
    }

    @Override
    void clear() {
        target.clearData();
        output.clearData();
    }
}
