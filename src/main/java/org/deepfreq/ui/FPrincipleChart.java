package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deepfreq.experiment.PeakErrors;

import io.fair_acc.dataset.spi.DoubleGridDataSet;

/**
 * The F-Principle heat map of a 1-D run (Xu et al.'s {@code hot.png}): the output's relative DFT error
 * |T_k − O_k| / |T_k| at the target's peak frequencies k, epochs across, the peaks up (one row each, lowest
 * frequency at the bottom). Errors above 1 (early epochs, or an output out of phase) are drawn as 1.
 */
final class FPrincipleChart extends ChartData {

    /** Errors above this are drawn as it. */
    static final double CAP = 1;

    static final ChartDescription DESCRIPTION = new ChartDescription("fprinciple", "F-Principle heat map",
            ChartDescription.Placement.FIT, ChartDescription.Source.FIT,
            ChartDescription.Axes.heatmap("epoch", "peak k", "relative error"),
            split -> "Error at the target's DFT peaks", split -> new FPrincipleChart());

    private final DoubleGridDataSet grid;

    private FPrincipleChart() {
        this(new DoubleGridDataSet("relative error", 3));
    }

    private FPrincipleChart(DoubleGridDataSet grid) {
        super(grid);
        this.grid = grid;
        clear();
    }

    @Override
    void update(ChartsModel run) {
        Map<Integer, PeakErrors> byEpoch = run.peakErrors();
        if (byEpoch.isEmpty()) {
            return;
        }
        int[] peaks = byEpoch.values().stream().reduce((a, b) -> b).orElseThrow().frequencies();
        List<Integer> epochs = new ArrayList<>();
        List<PeakErrors> errors = new ArrayList<>();
        byEpoch.forEach((epoch, p) -> {
            if (java.util.Arrays.equals(p.frequencies(), peaks)) {
                epochs.add(epoch);
                errors.add(p);
            }
        });
        if (epochs.size() == 1) { // the renderer needs two columns
            epochs.add(epochs.get(0) + 1);
            errors.add(errors.get(0));
        }
        double[] xs = epochs.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] ys = java.util.Arrays.stream(peaks).asDoubleStream().toArray();
        if (ys.length == 1) { // one row the renderer can draw: the peak's value from k − ½ to k + ½
            ys = new double[] {ys[0] - 0.5, ys[0] + 0.5};
        }
        double[] z = new double[xs.length * ys.length];
        for (int ix = 0; ix < xs.length; ix++) {
            PeakErrors p = errors.get(ix);
            for (int iy = 0; iy < ys.length; iy++) {
                z[iy * xs.length + ix] = Math.min(CAP, p.relativeError(Math.min(iy, p.size() - 1)));
            }
        }
        grid.set(false, new double[][] {xs, ys}, z);
        for (int dim = 0; dim < 3; dim++) {
            grid.recomputeLimits(dim); // the contour renderer ranges its axes from these limits
        }
    }

    /** Back to a 2×2 grid of zeros: the renderer needs a non-empty grid. */
    @Override
    void clear() {
        grid.set(false, new double[][] {{0, 1}, {0, 1}}, new double[4]);
    }
}
