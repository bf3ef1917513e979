package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfResult;

import io.fair_acc.chartfx.XYChart;
import javafx.animation.AnimationTimer;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * Draws every chart of the {@link ChartCatalogue} once, on made-up data, under the window's content while the window
 * is idle after opening, so the chart code a run's first epoch needs is loaded and compiled before the user sees it
 * (the first epoch's pulse is otherwise far slower: docs/performance.md). Nothing is visible: the charts are fully
 * transparent, ignore the mouse and leave after {@link #PULSES} pulses.
 *
 * <p>The charts are drawn by the window's own pulses, not by a snapshot of an offscreen scene: ChartFX read-locks a
 * chart's data sets in the layout pass and releases them in the scene's post-layout pulse, which a snapshot never
 * runs (a snapshot left every dashboard chart's locks held, and the next run's first {@code clearData} on the FX
 * thread waited for ever). Nor in a second window: hiding one without a window manager can hang in GTK.
 */
final class ChartWarmUp {

    private static final String SPLIT = "warm-up";
    /** Pulses the charts stay: the first lays out and draws every chart, the next let go of their locks. */
    private static final int PULSES = 3;

    private ChartWarmUp() {
    }

    /** Runs on the FX thread: puts the charts behind everything in {@code host} and calls {@code done} once they left. */
    static void run(StackPane host, Runnable done) {
        HBox box = new HBox();
        box.getChildren().setAll(chartsOnMadeUpData());
        box.setOpacity(0);
        box.setMouseTransparent(true);
        host.getChildren().add(0, box);
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < PULSES) {
                    return;
                }
                stop();
                host.getChildren().remove(box);
                box.getChildren().clear(); // release the charts
                done.run();
            }
        }.start();
    }

    private static List<XYChart> chartsOnMadeUpData() {
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
        return charts;
    }
}
