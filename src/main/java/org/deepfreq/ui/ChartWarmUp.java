package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfResult;

import io.fair_acc.chartfx.XYChart;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;

/**
 * Draws every chart of the {@link ChartCatalogue} offscreen once, on made-up data, while the window is idle after
 * opening, so the chart code a run's first epoch needs is loaded and compiled before the user sees it (the first
 * epoch's pulse is otherwise far slower: docs/performance.md). Nothing is shown.
 */
final class ChartWarmUp {

    private static final String SPLIT = "warm-up";

    private ChartWarmUp() {
    }

    /** Runs on the FX thread; takes a few hundred milliseconds once. */
    static void run() {
        ChartsModel model = new ChartsModel();
        InverseDeltaGrid grid = new InverseDeltaGrid(1, 60, 60);
        for (int e = 0; e < ChartsModel.MAX_CURVES; e++) {
            double[] lfr = new double[grid.steps()];
            for (int k = 0; k < lfr.length; k++) {
                lfr[k] = 1 / (1 + Math.exp(-(k - e) / 5.0));
            }
            model.add(new EpochResult(e, 1e-3, 1.0 / (e + 1), 1.2 / (e + 1), e / 16.0, 1, 1,
                    List.of(new SplitRdf(0, SPLIT, RdfResult.fromLfr(grid, lfr)))));
        }
        double[] x = new double[64];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = -Math.PI + 2 * Math.PI * i / x.length;
            y[i] = Math.cos(3 * x[i]) + Math.cos(5 * x[i]);
        }
        OneDimensionalFit fit = new OneDimensionalFit(1, x, y, y);
        model.setFit(fit, fit.spectrum());
        model.applyPending(Integer.MAX_VALUE);
        List<XYChart> charts = new ArrayList<>();
        for (ChartDescription d : ChartCatalogue.all()) {
            boolean perSplit = d.placement() == ChartDescription.Placement.SPLIT;
            charts.add(d.newChart(d.id(), perSplit ? model.data(d, SPLIT) : model.data(d)));
        }
        HBox box = new HBox();
        box.getChildren().setAll(charts);
        Scene scene = new Scene(box, 300.0 * charts.size(), 400);
        box.applyCss();
        box.layout();
        box.snapshot(null, null);
        scene.setRoot(new HBox()); // release the charts
    }
}
