package org.deepfreq.ui;

import java.util.function.Function;

import io.fair_acc.chartfx.XYChart;
import javafx.beans.binding.Bindings;

/**
 * One chart of the {@link ChartCatalogue}, described once for the live dashboard, {@code figure}, PNG export, the
 * warm-up and the report figures: its id (the {@code figure --chart} kind and the export name), where the dashboard
 * places it, what brings its data up to date, its axes and scales, its dashboard title and the data it binds.
 *
 * @param id        {@code figure --chart} kind, lower case
 * @param exportName name in "Export one chart as PNG"
 * @param placement where the dashboard shows it
 * @param source    what updates its data
 * @param axes      axis labels and scales
 * @param title     its dashboard title, given the split it shows (null for charts of the whole run)
 * @param data      a new, empty holder of the data it binds, given the split (null for charts of the whole run)
 */
record ChartDescription(String id, String exportName, Placement placement, Source source, Axes axes,
        Function<String, String> title, Function<String, ChartData> data) {

    /** The label of a 1/δ axis. */
    static final String INV_DELTA = "1/δ";

    /** Where the dashboard shows a chart. */
    enum Placement {
        /** One panel per split, in the grid at the top. */
        SPLIT,
        /** One chart for the whole run, in the row below. */
        RUN,
        /** The side panel shown for 1-D runs only. */
        FIT
    }

    /** What brings a chart's data up to date. */
    enum Source {
        /** Every new epoch. */
        EPOCH,
        /** Every new epoch, and the choice of the split the run's charts show ({@link ChartsModel#chosenSplit}). */
        EPOCH_AND_CHOSEN_SPLIT,
        /** The 1-D fit reported after an epoch. */
        FIT
    }

    /**
     * Axis labels and scales.
     *
     * @param x    x axis label
     * @param y    y axis label
     * @param z    colour axis label of a heatmap (its first data set is a grid), or null for a line chart
     * @param logY logarithmic y axis
     */
    record Axes(String x, String y, String z, boolean logY) {

        static Axes lines(String x, String y) {
            return new Axes(x, y, null, false);
        }

        static Axes logLines(String x, String y) {
            return new Axes(x, y, null, true);
        }

        static Axes heatmap(String x, String y, String colour) {
            return new Axes(x, y, colour, false);
        }

        boolean isHeatmap() {
            return z != null;
        }
    }

    /** The dashboard title for a split (ignored by charts of the whole run). */
    String titleFor(String split) {
        return title.apply(split);
    }

    /** A new, empty holder of this chart's data. */
    ChartData newData(String split) {
        return data.apply(split);
    }

    /** A line chart with this description's axes and no data yet (the dashboard's pooled split panels). */
    XYChart newChart(String chartTitle) {
        if (axes.isHeatmap()) {
            throw new IllegalStateException(id + " is a heatmap: it needs its grid to be created");
        }
        return Charts.lines(chartTitle, axes.x(), axes.y(), axes.logY());
    }

    /** A chart with this description's axes showing the data, which it follows as it changes. */
    XYChart newChart(String chartTitle, ChartData chartData) {
        if (axes.isHeatmap()) {
            return Charts.heatmap(chartTitle, chartData.dataSets(), axes.x(), axes.y(), axes.z());
        }
        XYChart chart = newChart(chartTitle);
        Bindings.bindContent(chart.getDatasets(), chartData.dataSets());
        Charts.markers(chart, chartData.markers());
        return chart;
    }

    /** Log axes for 1/δ (x axis 1/δ, a y axis of peak 1/δ, a heat map's 1/δ rows) when the run's grid is log, linear otherwise. */
    void matchGrid(XYChart chart, boolean logGrid) {
        if (axes.isHeatmap()) {
            if (INV_DELTA.equals(axes.y())) {
                Charts.logY(chart, logGrid); // the rows of a log grid are evenly spaced on a log axis
            }
            return;
        }
        if (INV_DELTA.equals(axes.x())) {
            Charts.logX(chart, logGrid);
        }
        if (axes.y().endsWith(INV_DELTA)) {
            Charts.logY(chart, logGrid);
        }
    }
}
