package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.data.PointsAndTargets;
import org.deepfreq.spectrum.Distance;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The filter, visible: the target with its low- and high-frequency parts at the 1/δ of a log-scale slider, updated as
 * it moves (curves over x for 1-D inputs, a heat map per part for 2-D ones), beside the data's LFR and RDF with a marker
 * where that 1/δ lies. Binds a {@link FilterViewModel}.
 */
final class FilterView extends BorderPane {

    private final FilterViewModel vm;
    private final Slider slider;
    private final XYChart parts;
    private final List<XYChart> maps = new ArrayList<>();
    private final Map<XYChart, Line> markers = new LinkedHashMap<>();

    FilterView(FilterViewModel vm) {
        this.vm = vm;
        getStyleClass().add("dashboard");
        double lo = Math.log10(vm.grid().min());
        double hi = Math.log10(vm.grid().max());
        slider = new Slider(lo, hi, Math.log10(vm.invDeltaProperty().get()));
        slider.setId("filter-slider");
        slider.setTooltip(new Tooltip("1/δ of the low-pass filter (log scale); arrow keys move it"));
        slider.setBlockIncrement((hi - lo) / 40);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((obs, was, now) -> vm.invDeltaProperty().set(Math.pow(10, now.doubleValue())));
        Label value = new Label();
        value.setMinWidth(130);
        value.textProperty().bind(vm.invDeltaProperty().asString("1/δ = %.3g"));
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        Label caption = new Label("Filter 1/δ");
        caption.setLabelFor(slider);
        HBox bar = new HBox(8, caption, slider, value, status);
        bar.setPadding(new Insets(6));
        setTop(bar);

        XYChart lfr = markedCurve("LFR(1/δ)", "LFR", vm.lfrCurve);
        XYChart rdf = markedCurve("RDF(1/δ), normalised", "RDF / max", vm.rdfCurve);
        if (vm.dimensions() == 1) {
            parts = partCurves();
            setCenter(curvesLayout(lfr, rdf));
        } else {
            parts = null;
            double[] range = vm.targetRange();
            maps.add(partMap("Target y", vm.targetMap, range));
            maps.add(partMap("Low-frequency part y_low", vm.lowMap, range)); // a weighted mean: the target's range
            maps.add(partMap("High-frequency part y − y_low", vm.highMap, null));
            setCenter(mapsLayout(lfr, rdf));
        }
        vm.shownInvDeltaProperty().addListener((obs, was, now) -> placeMarkers());
        // the markers follow the axes too (a resized window, the LFR arriving): after each layout, before drawing
        Runnable follow = this::placeMarkers;
        sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(follow);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(follow);
            }
        });
        getStylesheets().add(FilterView.class.getResource("/org/deepfreq/ui/dashboard.css").toExternalForm());
    }

    /** Target, low and high part over x. */
    private XYChart partCurves() {
        XYChart c = Charts.lines("Target, low- and high-frequency parts · " + vm.name(), "x", "y", false);
        c.getDatasets().addAll(vm.target, vm.low, vm.high);
        // the range grows to hold every part seen but never shrinks: dragging moves the curves, not the axis, whose
        // new labels would cost each frame a layout
        ((DefaultNumericAxis) c.getYAxis()).setAutoGrowRanging(true);
        vm.target.setStyle("-fx-line-color: #777777; -fx-line-width: 1.5;");
        vm.low.setStyle("-fx-line-color: #3b528b; -fx-line-width: 2.5;");
        vm.high.setStyle("-fx-line-color: #e16462; -fx-line-width: 1.2;");
        return c;
    }

    /** A part as a heat map over the plane; {@code zRange} fixes its colour scale (null: its own range). */
    private XYChart partMap(String title, CellCentredGrid map, double[] zRange) {
        XYChart c = Charts.heatmap(title, map, "x₁", "x₂", "y");
        if (zRange != null) {
            DefaultNumericAxis z = (DefaultNumericAxis) c.getAxes().get(2);
            z.setAutoRanging(false);
            z.set(zRange[0], zRange[1]);
        }
        return c;
    }

    /** A curve over the log 1/δ axis with a marker line where the filter is: not a data set, so moving it redraws nothing. */
    private XYChart markedCurve(String title, String yLabel, DoubleDataSet curve) {
        XYChart c = Charts.lines(title, "1/δ", yLabel, false);
        c.setLegendVisible(false);
        c.getDatasets().add(curve);
        ((DefaultNumericAxis) c.getXAxis()).setLogAxis(true); // the grid is logarithmic in 1/δ, and so is the slider
        curve.setStyle("-fx-line-color: #21908c; -fx-line-width: 2;"); // viridis' middle: clear on light and dark
        Line marker = new Line();
        marker.setManaged(false);
        marker.setStroke(Color.web("#cc0000"));
        marker.setStrokeWidth(2);
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        c.getPlotForeground().getChildren().add(marker);
        markers.put(c, marker);
        return c;
    }

    /** Puts each marker at the shown 1/δ on its chart's x axis, full height; hidden before the first filter. */
    private void placeMarkers() {
        double s = vm.shownInvDeltaProperty().get();
        markers.forEach((chart, line) -> {
            double x = chart.getXAxis().getDisplayPosition(s);
            double width = chart.getPlotForeground().getWidth();
            boolean inside = Double.isFinite(x) && x >= 0 && x <= width;
            line.setVisible(inside);
            if (inside) {
                line.setStartX(x);
                line.setEndX(x);
                line.setStartY(0);
                line.setEndY(chart.getPlotForeground().getHeight());
            }
        });
    }

    /** 1-D: the parts wide on the left, LFR above RDF on the right. */
    private GridPane curvesLayout(XYChart lfr, XYChart rdf) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.add(parts, 0, 0, 1, 2);
        grid.add(lfr, 1, 0);
        grid.add(rdf, 1, 1);
        for (Node n : new Node[] {parts, lfr, rdf}) {
            DashboardLayout.grow(n);
        }
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(62);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(38);
        grid.getColumnConstraints().addAll(wide, narrow);
        return grid;
    }

    /** 2-D: the three part maps in a row, LFR and RDF below them. */
    private VBox mapsLayout(XYChart lfr, XYChart rdf) {
        HBox top = new HBox(6);
        top.getChildren().addAll(maps);
        HBox bottom = new HBox(6, lfr, rdf);
        for (Node n : List.of(maps.get(0), maps.get(1), maps.get(2), lfr, rdf)) {
            HBox.setHgrow(n, Priority.ALWAYS);
            DashboardLayout.grow(n);
        }
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        VBox box = new VBox(6, top, bottom);
        box.setPadding(new Insets(0, 6, 6, 6));
        return box;
    }

    FilterViewModel viewModel() {
        return vm;
    }

    Slider slider() {
        return slider;
    }

    /** The parts' line chart (1-D), else null. */
    XYChart partsChart() {
        return parts;
    }

    /** The target, low and high heat maps (2-D), else empty. */
    List<XYChart> partMaps() {
        return List.copyOf(maps);
    }

    /** The marker line on each 1/δ chart. */
    Map<XYChart, Line> markers() {
        return Map.copyOf(markers);
    }

    /** Opens the filter view of the data in its own window; the view model stops when the window closes. */
    static Stage show(Window owner, PointsAndTargets data, boolean normalize, Distance distance) {
        FilterViewModel vm = new FilterViewModel(data, normalize, distance);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Filter · " + data.name());
        FilterView view = new FilterView(vm);
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot().lookup("." + Theme.DARK) != null) {
            view.getStyleClass().add(Theme.DARK); // the theme of the window it was opened from
        }
        stage.setScene(new Scene(view, 1200, 720));
        stage.setOnHidden(e -> vm.close());
        stage.show();
        return stage;
    }
}
