package org.deepfreq.ui;

import java.math.BigDecimal;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;

/**
 * The app's numeric axis: ChartFX's, with two fixes for log scales. ChartFX labels only whole decades, so a loss
 * falling from 0.9 to 0.2 got one label or none: below three decade ticks this axis labels the 1-2-5 steps in range
 * (0.2, 0.5, 1, 2, ...), then 1-2-3-5, then every integer multiple of a decade, and where even those are fewer than
 * three (a range within one such step) the evenly spaced ticks a linear axis would have. And ChartFX
 * pads a log range by multiplying its ends by 1 + padding, a sliver on a range of several decades that left a curve
 * at the maximum on the frame: here the padding is that fraction of the range's decades, as on a linear axis.
 */
final class ChartAxis extends DefaultNumericAxis {

    private static final double[][] MANTISSAS = {{1, 2, 5}, {1, 2, 3, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
    /** Fewer labelled ticks than this and the axis labels finer steps. */
    static final int MIN_TICKS = 3;

    ChartAxis(String label) {
        super(label);
        getCanvas().setCache(false); // see Charts.uncached
    }

    @Override
    protected AxisRange autoRange(double minValue, double maxValue, double length, double labelSize) {
        if (!isLogAxis() || !(minValue > 0) || !(maxValue >= minValue) || Double.isInfinite(maxValue)) {
            return super.autoRange(minValue, maxValue, length, labelSize);
        }
        double[] padded = logPadded(minValue, maxValue, getAutoRangePadding());
        return computeRange(padded[0], padded[1], length, labelSize);
    }

    /**
     * The range [min, max] widened on a log scale by {@code padding} of its decades at each end (by that fraction of
     * one decade when min = max).
     */
    static double[] logPadded(double min, double max, double padding) {
        double decades = Math.log10(max / min);
        double pad = Math.max(padding, 0) * (decades > 0 ? decades : 1);
        double factor = Math.pow(10, pad);
        return new double[] {min / factor, max * factor};
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList ticks) {
        super.calculateMajorTickValues(range, ticks);
        if (!isLogAxis() || ticks.size() >= MIN_TICKS) {
            return;
        }
        for (double[] mantissas : MANTISSAS) {
            DoubleArrayList finer = ticksIn(range.getLowerBound(), range.getUpperBound(), mantissas);
            if (finer.size() > ticks.size()) {
                ticks.setAll(finer);
            }
            if (ticks.size() >= MIN_TICKS) {
                return;
            }
        }
        DoubleArrayList linear = linearTicks(range.getLowerBound(), range.getUpperBound());
        if (linear.size() > ticks.size()) {
            ticks.setAll(linear);
        }
    }

    /** At least three evenly spaced round values (a step of 1, 2 or 5 times a power of ten) within [lower, upper]. */
    static DoubleArrayList linearTicks(double lower, double upper) {
        DoubleArrayList out = new DoubleArrayList();
        if (!(upper > lower) || Double.isInfinite(upper - lower)) {
            return out;
        }
        int top = (int) Math.floor(Math.log10(upper - lower));
        for (int d = top; d >= top - 2; d--) { // a step of 10^(top - 1) always fits nine, but for rounding
            for (int m : new int[] {5, 2, 1}) {
                double step = decimal(m, d);
                out.clear();
                for (long i = (long) Math.floor(lower / step); i <= (long) Math.ceil(upper / step); i++) {
                    double v = decimal(i * m, d); // without i·step's rounding
                    if (v >= lower && v <= upper) {
                        out.add(v);
                    }
                }
                if (out.size() >= MIN_TICKS) {
                    return out;
                }
            }
        }
        return out;
    }

    /** {@code digits}·10^{@code exponent}, the double nearest to that decimal (2e-1, not 2·0.1 = 0.20000000000000004). */
    static double decimal(long digits, int exponent) {
        return BigDecimal.valueOf(digits).scaleByPowerOfTen(exponent).doubleValue();
    }

    /** The values m·10^d within [lower, upper] for the given mantissas m, ascending. */
    static DoubleArrayList ticksIn(double lower, double upper, double[] mantissas) {
        DoubleArrayList out = new DoubleArrayList();
        if (!(lower > 0) || !(upper > lower) || Double.isInfinite(upper)) {
            return out;
        }
        for (int d = (int) Math.floor(Math.log10(lower)); d <= (int) Math.ceil(Math.log10(upper)); d++) {
            for (double m : mantissas) {
                double v = decimal(Math.round(m), d);
                if (v >= lower && v <= upper) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
