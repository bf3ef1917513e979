package org.deepfreq.ui;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleGridDataSet;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;

/**
 * Draws one line chart and one heatmap offscreen while the window is idle after opening, so the chart code a
 * run's first epoch needs is loaded and compiled before it is timed by the user's eye: without this the first
 * epoch's pulse took 250–440 ms, later ones stay under 100 ms (README, Performance). Nothing is shown.
 */
final class ChartWarmUp {

    private ChartWarmUp() {
    }

    /** Runs on the FX thread; takes a few hundred milliseconds once. */
    static void run() {
        XYChart lines = Charts.lines("warm-up", "1/δ", "RDF / max", false);
        for (int c = 0; c < ChartsModel.MAX_CURVES; c++) {
            DoubleDataSet ds = new DoubleDataSet("epoch " + c);
            double[] x = new double[60];
            double[] y = new double[60];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
                y[i] = Math.exp(-(i - c) * (i - c) / 50.0);
            }
            ds.set(x, y);
            ds.setStyle(EpochColours.style(c / (ChartsModel.MAX_CURVES - 1.0), c == ChartsModel.MAX_CURVES - 1));
            lines.getDatasets().add(ds);
        }
        DoubleGridDataSet grid = new DoubleGridDataSet("warm-up", 3);
        grid.set(false, new double[][] {{0, 1, 2}, {0, 1}}, new double[] {0, 0.5, 1, 1, 0.5, 0});
        for (int dim = 0; dim < 3; dim++) {
            grid.recomputeLimits(dim);
        }
        HBox box = new HBox(lines, Charts.heatmap("warm-up", grid));
        Scene scene = new Scene(box, 900, 400);
        box.applyCss();
        box.layout();
        box.snapshot(null, null);
        scene.setRoot(new HBox()); // release the charts
    }
}
