package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.GridKind;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.GridDataSet;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The axes of the dashboard's charts, laid out headless at a dashboard cell's size: log axes keep three labelled ticks
 * over less than two decades and have headroom, and the RDF heat map's 1/δ axis follows a log grid.
 */
class ChartAxesTest extends FxWindowTest {

    /** An epoch with the given losses and, per split, an RDF on the grid from the given function of 1/δ. */
    private static EpochResult epoch(int e, double loss, double[] grid, List<String> splits,
            Function<Double, Double> rdfOf) {
        List<SplitRdf> rdfs = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            double[] rdf = new double[grid.length];
            for (int k = 0; k < grid.length; k++) {
                rdf[k] = rdfOf.apply(grid[k] * (i + 1));
            }
            rdfs.add(new SplitRdf(i, splits.get(i), new RdfResult(grid, rdf, rdf, rdf)));
        }
        return new EpochResult(e, 1e-3, loss, loss * 1.1, Double.NaN, 1, 10, rdfs);
    }

    /** The chart of the description, drawn from the model in a 420×300 window (a dashboard cell), once laid out. */
    private XYChart laidOut(ChartDescription d, ChartsModel model) throws TimeoutException {
        XYChart[] chart = new XYChart[1];
        robot.interact(() -> {
            chart[0] = d.newChart(d.titleFor(null), model.data(d));
            d.matchGrid(chart[0], model.logGrid());
            stage = new Stage();
            stage.setScene(new Scene(chart[0], 420, 300));
            stage.show();
        });
        DefaultNumericAxis y = (DefaultNumericAxis) chart[0].getYAxis();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> y.getLength() > 100 && !y.getTickMarks().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return chart[0];
    }

    private static List<Double> labelled(DefaultNumericAxis axis) {
        List<Double> values = new ArrayList<>();
        for (TickMark t : axis.getTickMarks()) {
            if (t.isVisible() && !t.getText().isBlank()) {
                values.add(t.getValue());
            }
        }
        return values;
    }

    @Test
    void aLossSpanningLessThanTwoDecadesHasAtLeastThreeLabelledTicks() throws TimeoutException {
        double[] grid = {1, 2, 4};
        ChartsModel model = new ChartsModel();
        for (int e = 0; e < 20; e++) {
            model.add(epoch(e, 0.9 - 0.7 * e / 19.0, grid, List.of("input"), s -> 1.0)); // 0.9 → 0.2
        }
        DefaultNumericAxis y = (DefaultNumericAxis) laidOut(LossChart.DESCRIPTION, model).getYAxis();
        assertThat(y.isLogAxis()).isTrue();
        assertThat(y.getMin()).isLessThan(0.2);
        assertThat(y.getMax()).isGreaterThan(0.99); // the validation loss reaches 0.99
        // the 1-2-5 values in [min, max] are 0.2, 0.5 and 1: written out, not computed by the axis' own rule
        List<Double> labels = labelled(y);
        assertThat(labels).hasSizeGreaterThanOrEqualTo(3);
        assertThat(labels).containsExactly(0.2, 0.5, 1.0);
        for (TickMark t : y.getTickMarks()) {
            assertThat(Double.parseDouble(t.getText())).as("label of the tick at %s", t.getValue()).isEqualTo(t.getValue());
        }
    }

    @Test
    void logTicksFallBackToFinerStepsAndThenToEvenSpacing() {
        assertThat(ChartAxis.ticksIn(0.15, 0.95, new double[] {1, 2, 5}).stream().toArray()).containsExactly(0.2, 0.5);
        assertThat(ChartAxis.ticksIn(0.15, 0.95, new double[] {1, 2, 3, 5}).stream().toArray()).containsExactly(0.2, 0.3, 0.5);
        assertThat(ChartAxis.ticksIn(8, 130, new double[] {1, 2, 5}).stream().toArray()).containsExactly(10.0, 20.0, 50.0, 100.0);
        // 0.31 to 0.45 holds one integer multiple of 0.1: ticks every 0.05 then
        assertThat(ChartAxis.linearTicks(0.31, 0.45).stream().toArray()).containsExactly(0.35, 0.4, 0.45);
        assertThat(ChartAxis.linearTicks(0.31, 0.39).stream().toArray()).containsExactly(0.32, 0.34, 0.36, 0.38);
        // a loss that hardly changes: 1.0651274 to 1.0651276 still gets three ticks in range, as round decimals
        double[] flat = ChartAxis.linearTicks(1.0651274, 1.0651276).stream().toArray();
        assertThat(flat).hasSizeGreaterThanOrEqualTo(3).isSorted().doesNotHaveDuplicates();
        assertThat(flat[0]).isGreaterThanOrEqualTo(1.0651274);
        assertThat(flat[flat.length - 1]).isLessThanOrEqualTo(1.0651276);
        for (double v : flat) {
            assertThat(new java.math.BigDecimal(Double.toString(v)).scale()).as("%s", v).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void theRdfPeakAxisOnALogGridHasHeadroomAboveTheHighestCurve() throws TimeoutException {
        double[] grid = new InverseDeltaGrid(0.01, 1e4, 25, GridKind.LOG).values();
        ChartsModel model = new ChartsModel();
        // split i's RDF peaks where 1/δ·(i + 1) = 30: input at 30, h1 at 15, h2 at 10 (on grid points near them)
        for (int e = 0; e < 5; e++) {
            model.add(epoch(e, 1, grid, List.of("input", "h1", "h2"), s -> -Math.abs(Math.log(s / 30))));
        }
        DefaultNumericAxis y = (DefaultNumericAxis) laidOut(PeaksChart.DESCRIPTION, model).getYAxis();
        assertThat(y.isLogAxis()).isTrue();
        double top = model.keptEpochs().get(0).split("input").orElseThrow().peakInvDelta();
        double bottom = model.keptEpochs().get(0).split("h2").orElseThrow().peakInvDelta();
        double decades = Math.log10(top / bottom);
        // 6 % of the decades shown above the input's line and below the lowest, as on a linear axis
        assertThat(Math.log10(y.getMax() / top)).isCloseTo(Charts.HEADROOM * decades, within(1e-9));
        assertThat(Math.log10(bottom / y.getMin())).isCloseTo(Charts.HEADROOM * decades, within(1e-9));
        assertThat(labelled(y)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theHeatMapOfALogGridPutsEachRowAtItsOwn1OverDeltaOnALogAxis() throws TimeoutException {
        InverseDeltaGrid g = new InverseDeltaGrid(1e-2, 1e6, 41, GridKind.LOG); // 5 points per decade
        double[] grid = g.values();
        ChartsModel model = new ChartsModel();
        for (int e = 0; e < 6; e++) {
            model.add(epoch(e, 1, grid, List.of("input"), s -> Math.exp(-Math.pow(Math.log10(s), 2)))); // peak at 1
        }
        model.chosenSplit().set("input");
        XYChart chart = laidOut(HeatmapChart.DESCRIPTION, model);
        DefaultNumericAxis y = (DefaultNumericAxis) chart.getYAxis();
        assertThat(y.isLogAxis()).isTrue();
        double halfRatio = Math.pow(10, 0.5 / 5); // half of a fifth of a decade
        assertThat(y.getMin()).isCloseTo(1e-2 / halfRatio, within(1e-9));
        assertThat(y.getMax() / (1e6 * halfRatio)).isCloseTo(1, within(1e-9));
        // the renderer spreads the 41 rows evenly between the axis ends: row k's centre must show its own 1/δ
        double from = y.getDisplayPosition(y.getMin());
        double to = y.getDisplayPosition(y.getMax());
        for (int k : new int[] {0, 10, 20, 33, 40}) {
            double centre = from + (to - from) * (k + 0.5) / grid.length;
            assertThat(y.getValueForDisplay(centre) / grid[k]).as("row %d", k).isCloseTo(1, within(1e-6));
        }
        // the brightest band of the last epoch, read off the axis, is the RDF's peak at 1/δ = 1 (it read ~8e5 when
        // the rows were spread over a linear axis)
        GridDataSet heat = (GridDataSet) model.data(HeatmapChart.DESCRIPTION).dataSets().get(0);
        int nx = heat.getShape(DataSet.DIM_X);
        int brightest = 0;
        for (int k = 0; k < grid.length; k++) {
            if (heat.get(DataSet.DIM_Z, k * nx + nx - 1) > heat.get(DataSet.DIM_Z, brightest * nx + nx - 1)) {
                brightest = k;
            }
        }
        double band = from + (to - from) * (brightest + 0.5) / grid.length;
        assertThat(y.getValueForDisplay(band)).isCloseTo(1, within(1e-6));
        assertThat(labelled(y)).contains(1e-2, 1.0, 1e6);
    }

    @Test
    void theHeatMapOfAUniformGridCentresItsRowsOnALinearAxis() throws TimeoutException {
        double[] grid = new InverseDeltaGrid(10, 50, 5).values(); // 10, 20, ..., 50
        ChartsModel model = new ChartsModel();
        for (int e = 0; e < 4; e++) {
            model.add(epoch(e, 1, grid, List.of("input"), s -> s));
        }
        model.chosenSplit().set("input");
        DefaultNumericAxis y = (DefaultNumericAxis) laidOut(HeatmapChart.DESCRIPTION, model).getYAxis();
        assertThat(y.isLogAxis()).isFalse();
        assertThat(y.getMin()).isCloseTo(5, within(1e-9));
        assertThat(y.getMax()).isCloseTo(55, within(1e-9));
    }
}
