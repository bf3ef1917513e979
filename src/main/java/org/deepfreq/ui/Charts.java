package org.deepfreq.ui;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.EditAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Builds the app's ChartFX charts: labelled axes, zoom/pan, tooltips, legend; lines without markers. */
final class Charts {

    /** Room above the highest and below the lowest value of a line chart's y axis, as a fraction of its range. */
    static final double HEADROOM = 0.06;

    private Charts() {
    }

    static XYChart lines(String title, String xLabel, String yLabel, boolean logY) {
        DefaultNumericAxis x = axis(xLabel);
        DefaultNumericAxis y = axis(yLabel);
        y.setLogAxis(logY);
        y.setAutoRangePadding(HEADROOM); // a curve at its maximum (a normalised RDF at 1) stays off the frame
        XYChart chart = uncached(new SinglePaintChart(x, y));
        chart.setTitle(title);
        ErrorDataSetRenderer r = serial(new ErrorDataSetRenderer());
        r.setDrawMarker(false);
        r.setErrorStyle(ErrorStyle.NONE);
        chart.getRenderers().setAll(r);
        chart.getPlugins().addAll(new Zoomer(), new DataPointTooltip(), new EditAxis());
        chart.setLegendVisible(true);
        chart.setMinSize(200, 160);
        return chart;
    }

    /** Lines with a shaded band of ± the data sets' errors (mean ± sd over seeds). */
    static XYChart bands(String title, String xLabel, String yLabel, boolean logY) {
        XYChart chart = lines(title, xLabel, yLabel, logY);
        ((ErrorDataSetRenderer) chart.getRenderers().get(0)).setErrorStyle(ErrorStyle.ERRORSURFACE);
        return chart;
    }

    /** A heat map of one grid (cell values coloured by the viridis map, its scale on the right). */
    static XYChart heatmap(String title, DataSet grid, String xLabel, String yLabel, String zLabel) {
        return heatmap(title, FXCollections.observableArrayList(grid), xLabel, yLabel, zLabel);
    }

    /**
     * A heat map of the grids in {@code grids}, which it follows as the list changes: empty, the chart shows empty
     * axes, as a line chart without data does.
     */
    static XYChart heatmap(String title, ObservableList<DataSet> grids, String xLabel, String yLabel, String zLabel) {
        DefaultNumericAxis x = axis(xLabel);
        DefaultNumericAxis y = axis(yLabel);
        DefaultNumericAxis z = axis(zLabel);
        z.setSide(Side.RIGHT);
        z.setDimIndex(DataSet.DIM_Z);
        XYChart chart = uncached(new SinglePaintChart(x, y));
        chart.getAxes().add(z);
        chart.setTitle(title);
        ContourDataSetRenderer contour = new ContourDataSetRenderer();
        contour.contourTypeProperty().set(ContourType.HEATMAP);
        contour.setColorGradient(ColourMaps.VIRIDIS_GRADIENT);
        Bindings.bindContent(contour.getDatasets(), grids);
        chart.getRenderers().setAll(contour);
        chart.getPlugins().addAll(new Zoomer(), new EditAxis());
        chart.setLegendVisible(false);
        chart.setMinSize(200, 160);
        return chart;
    }

    /** Switches the chart's x axis between linear and logarithmic (for 1/δ on a log grid). */
    static void logX(XYChart chart, boolean log) {
        if (chart.getXAxis() instanceof DefaultNumericAxis a && a.isLogAxis() != log) {
            a.setLogAxis(log);
        }
    }

    /** Switches the chart's y axis between linear and logarithmic (for a peak 1/δ on a log grid). */
    static void logY(XYChart chart, boolean log) {
        if (chart.getYAxis() instanceof DefaultNumericAxis a && a.isLogAxis() != log) {
            a.setLogAxis(log);
        }
    }

    /**
     * Adds a renderer that draws the data sets of {@code points} as markers only, without lines (the peaks that lie on
     * a grid edge); the renderer follows the list as it changes.
     */
    static void markers(XYChart chart, ObservableList<DataSet> points) {
        Bindings.bindContent(markerRenderer(chart).getDatasets(), points);
    }

    /** Adds and returns a renderer that draws its data sets as markers only, without lines. */
    static ErrorDataSetRenderer markerRenderer(XYChart chart) {
        ErrorDataSetRenderer r = serial(new ErrorDataSetRenderer());
        r.setDrawMarker(true);
        r.setPolyLineStyle(LineStyle.NONE);
        r.setErrorStyle(ErrorStyle.NONE);
        chart.getRenderers().add(r);
        return r;
    }

    /**
     * The renderer computing screen coordinates on the FX thread: ChartFX's parallel path hands every data set to its
     * pool and waits, which on busy cores (training) kept pulses waiting for a pool thread; these curves have at most a
     * few thousand points.
     */
    private static ErrorDataSetRenderer serial(ErrorDataSetRenderer r) {
        r.setParallelImplementation(false);
        return r;
    }

    /**
     * The chart with its plot canvas drawn directly: ChartFX caches it as a bitmap, so every redraw (each epoch) was
     * painted twice, into the cache and from it.
     */
    private static XYChart uncached(XYChart chart) {
        chart.getCanvas().setCache(false);
        GridPatterns.watch(); // its grid patterns survive garbage collections
        return chart;
    }

    /** A numeric axis with its label only: no unit brackets (every quantity here is dimensionless). */
    private static DefaultNumericAxis axis(String label) {
        DefaultNumericAxis a = new ChartAxis(label);
        a.setUnit(null);
        a.setAutoRangeRounding(false);
        return a;
    }
}
