package org.deepfreq.ui;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;

/**
 * An {@link XYChart} that redraws once per change of its data. ChartFX collects its data sets' change bits before the
 * pulse's CSS pass; bits that pass raises (a data set's new style reaching its node, as {@link ChartData} restyles the
 * curves every epoch) stayed pending and redrew the whole chart a second time in the next pulse, although the redraw
 * after CSS already showed them. They are dropped after each redraw, while the chart still holds its data sets' read
 * locks: a change made before the locks were taken is in the redraw, one made later raises its bits anew once they are
 * released, so no change is lost.
 */
class SinglePaintChart extends XYChart {

    SinglePaintChart(Axis... axes) {
        super(axes);
    }

    @Override
    protected void clearStates() {
        dataSetState.clear(); // before super's, which releases the data sets' read locks
        super.clearStates();
    }
}
