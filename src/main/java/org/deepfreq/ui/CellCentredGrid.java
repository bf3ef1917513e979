package org.deepfreq.ui;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleGridDataSet;

/**
 * A heat map's grid whose x and y limits are the outer edges of its first and last cells, not their centres. ChartFX's
 * heat map spreads the cells evenly between the limits, so with these each cell is centred on its own grid value (with
 * the centres as limits, every cell but the middle one sat off its value, by up to half a cell at the ends). A cell is a
 * step wide, a ratio on a log grid: the axis is then logarithmic (see {@link ChartDescription#matchGrid}).
 */
final class CellCentredGrid extends DoubleGridDataSet {

    CellCentredGrid(String name) {
        super(name, 3);
    }

    @Override
    public DataSet recomputeLimits(int dimIndex) {
        super.recomputeLimits(dimIndex); // ChartFX calls this whenever the data changed
        if (dimIndex < getNGrid() && getShape(dimIndex) > 1) {
            double[] edges = outerEdges(getGridValues(dimIndex));
            getAxisDescription(dimIndex).set(edges[0], edges[1]);
        }
        return this;
    }

    /** Half a step before the first and after the last of ascending grid values; a step is a ratio on a log grid. */
    static double[] outerEdges(double[] values) {
        int n = values.length;
        if (ChartsModel.isLogGrid(values)) {
            double halfRatio = Math.pow(values[n - 1] / values[0], 0.5 / (n - 1));
            return new double[] {values[0] / halfRatio, values[n - 1] * halfRatio};
        }
        double halfStep = (values[n - 1] - values[0]) / (2.0 * (n - 1));
        return new double[] {values[0] - halfStep, values[n - 1] + halfStep};
    }
}
