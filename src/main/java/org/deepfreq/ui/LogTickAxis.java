package org.deepfreq.ui;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;

/**
 * A numeric axis whose log scale keeps at least three labelled ticks: ChartFX labels only whole decades, so a loss
 * falling from 0.9 to 0.2 had one label or none; over fewer than two decades this axis labels the 1-2-5 steps
 * (1, 2, 5, 10, 20, ...) in range, and every integer multiple of a decade where even those are fewer than three.
 */
final class LogTickAxis extends DefaultNumericAxis {

    private static final double[][] STEPS = {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};

    LogTickAxis(String label) {
        super(label);
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList ticks) {
        super.calculateMajorTickValues(range, ticks);
        if (!isLogAxis() || ticks.size() >= 3) {
            return;
        }
        for (double[] steps : STEPS) {
            DoubleArrayList finer = ticksIn(range.getLowerBound(), range.getUpperBound(), steps);
            if (finer.size() > ticks.size()) {
                ticks.clear();
                for (int i = 0; i < finer.size(); i++) {
                    ticks.add(finer.getDouble(i));
                }
            }
            if (ticks.size() >= 3) {
                return;
            }
        }
    }

    /** The values m·10^d within [lower, upper] for the given mantissas m. */
    static DoubleArrayList ticksIn(double lower, double upper, double[] mantissas) {
        DoubleArrayList out = new DoubleArrayList();
        if (!(lower > 0) || !(upper > lower)) {
            return out;
        }
        for (int d = (int) Math.floor(Math.log10(lower)); d <= (int) Math.ceil(Math.log10(upper)); d++) {
            for (double m : mantissas) {
                double v = m * Math.pow(10, d);
                if (v >= lower * (1 - 1e-12) && v <= upper * (1 + 1e-12)) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
