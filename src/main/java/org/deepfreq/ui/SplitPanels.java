package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.dataset.DataSet;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.layout.GridPane;

/**
 * The dashboard's split panels: each split chart of the {@link ChartCatalogue} for every split of a
 * {@link ChartsModel}, in the {@link DashboardLayout}'s split grid, following the model's splits and 1/δ grid kind.
 * Panels are pooled and rebound rather than created when a run's first epoch arrives: creating and styling six
 * charts in one pulse was far slower than one frame, so {@link #WAITING_PANELS} exist from the start (empty until
 * the first epoch) and a run with more splits adds the rest. FX thread only.
 */
final class SplitPanels {

    /** Split panels that exist before the first epoch. */
    static final int WAITING_PANELS = 6;
    static final String WAITING = "RDF of a split (waiting for the first epoch)";

    private final ChartsModel charts;
    private final GridPane grid = DashboardLayout.splitGrid();
    /** The split panels shown now, by chart and split. */
    private final Map<String, XYChart> shown = new LinkedHashMap<>();
    private final List<XYChart> pool = new ArrayList<>();
    /** The data each pooled panel is bound to now. */
    private final Map<XYChart, ObservableList<DataSet>> boundData = new IdentityHashMap<>();
    /** The edge-peak markers each pooled panel is bound to now, and the renderer that draws them. */
    private final Map<XYChart, ObservableList<DataSet>> boundMarkers = new IdentityHashMap<>();
    private final Map<XYChart, Renderer> markerRenderers = new IdentityHashMap<>();
    /** What each shown panel draws, for its 1/δ axes. */
    private final Map<XYChart, ChartDescription> described = new IdentityHashMap<>();

    SplitPanels(ChartsModel charts) {
        this.charts = charts;
        charts.splits().addListener((ListChangeListener<String>) c -> rebuild());
        charts.logGridProperty().addListener((obs, o, log) -> described.forEach((c, d) -> d.matchGrid(c, log)));
        rebuild();
    }

    /** The grid the panels are in. */
    GridPane grid() {
        return grid;
    }

    /** The panels shown now by name ("RDF after h2"), in the grid's order. */
    Map<String, XYChart> byName() {
        return Collections.unmodifiableMap(shown);
    }

    /** The RDF chart of a split, or null. */
    XYChart rdfChart(String split) {
        return shown.get(RdfChart.DESCRIPTION.exportName() + " after " + split);
    }

    private void rebuild() {
        shown.clear();
        List<String> splits = List.copyOf(charts.splits());
        List<ChartDescription> kinds = ChartCatalogue.placed(ChartDescription.Placement.SPLIT);
        int panels = splits.isEmpty() ? WAITING_PANELS : splits.size() * kinds.size();
        while (pool.size() < panels) {
            pool.add(newPanel());
        }
        for (int i = 0; i < panels; i++) {
            XYChart chart = pool.get(i);
            ObservableList<DataSet> old = boundData.remove(chart);
            if (old != null) {
                Bindings.unbindContent(chart.getDatasets(), old);
            }
            chart.getDatasets().clear();
            ObservableList<DataSet> marks = markerRenderers.get(chart).getDatasets();
            ObservableList<DataSet> oldMarks = boundMarkers.remove(chart);
            if (oldMarks != null) {
                Bindings.unbindContent(marks, oldMarks);
            }
            marks.clear();
            described.remove(chart);
            if (!splits.isEmpty()) {
                String split = splits.get(i / kinds.size());
                ChartDescription d = kinds.get(i % kinds.size());
                chart.setTitle(d.titleFor(split));
                chart.getXAxis().setName(d.axes().x()); // the pool's panels serve every split chart
                chart.getYAxis().setName(d.axes().y());
                ObservableList<DataSet> data = charts.data(d, split).dataSets();
                Bindings.bindContent(chart.getDatasets(), data);
                boundData.put(chart, data);
                ObservableList<DataSet> edgePeaks = charts.data(d, split).markers();
                Bindings.bindContent(marks, edgePeaks);
                boundMarkers.put(chart, edgePeaks);
                described.put(chart, d);
                d.matchGrid(chart, charts.logGridProperty().get());
                shown.put(d.exportName() + " after " + split, chart);
            } else {
                chart.setTitle(WAITING);
            }
            DashboardLayout.placeSplitPanel(chart, i, panels);
        }
        DashboardLayout.fitSplitGrid(grid, panels);
        // the panels stay in the scene when only their splits change, and get no CSS id: re-adding a chart or
        // changing its id re-styles its whole subtree (docs/performance.md)
        List<XYChart> inGrid = pool.subList(0, panels);
        if (!grid.getChildren().equals(inGrid)) {
            grid.getChildren().setAll(inGrid);
        }
    }

    private XYChart newPanel() {
        XYChart ch = RdfChart.DESCRIPTION.newChart(WAITING);
        ch.setLegendVisible(false);
        markerRenderers.put(ch, Charts.markerRenderer(ch));
        return ch;
    }
}
