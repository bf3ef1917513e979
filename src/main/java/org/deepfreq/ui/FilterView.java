package org.deepfreq.ui;

import org.deepfreq.data.PointsAndTargets;
import org.deepfreq.spectrum.Distance;

import io.fair_acc.chartfx.XYChart;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The filter, visible: the target of a 1-D input with its low- and high-frequency parts at the 1/δ of a log-scale
 * slider, updated as it moves, beside the data's LFR and RDF with a marker where that 1/δ lies. Binds a
 * {@link FilterViewModel}.
 */
final class FilterView extends BorderPane {

    private final FilterViewModel vm;
    private final Slider slider;
    private final XYChart parts;

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

        parts = Charts.lines("Target, low- and high-frequency parts · " + vm.name(), "x", "y", false);
        parts.getDatasets().addAll(vm.target, vm.low, vm.high);
        vm.target.setStyle("-fx-line-color: #777777; -fx-line-width: 1.5;");
        vm.low.setStyle("-fx-line-color: #3b528b; -fx-line-width: 2.5;");
        vm.high.setStyle("-fx-line-color: #e16462; -fx-line-width: 1.2;");
        XYChart lfr = Charts.lines("LFR(1/δ)", "1/δ", "LFR", false);
        lfr.getDatasets().addAll(vm.lfrCurve, vm.lfrMarker);
        XYChart rdf = Charts.lines("RDF(1/δ), normalised", "1/δ", "RDF / max", false);
        rdf.getDatasets().addAll(vm.rdfCurve, vm.rdfMarker);
        for (XYChart c : new XYChart[] {lfr, rdf}) {
            c.setLegendVisible(false);
            // the grid is logarithmic in 1/δ, and so is the slider
            ((io.fair_acc.chartfx.axes.spi.DefaultNumericAxis) c.getXAxis()).setLogAxis(true);
        }
        vm.lfrCurve.setStyle("-fx-line-color: #21908c; -fx-line-width: 2;"); // viridis' middle: clear on light and dark
        vm.rdfCurve.setStyle("-fx-line-color: #21908c; -fx-line-width: 2;");
        vm.lfrMarker.setStyle("-fx-line-color: #cc0000; -fx-line-width: 2;");
        vm.rdfMarker.setStyle("-fx-line-color: #cc0000; -fx-line-width: 2;");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.add(parts, 0, 0, 1, 2);
        grid.add(lfr, 1, 0);
        grid.add(rdf, 1, 1);
        for (javafx.scene.Node n : new javafx.scene.Node[] {parts, lfr, rdf}) {
            DashboardLayout.grow(n);
        }
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints();
        wide.setPercentWidth(62);
        javafx.scene.layout.ColumnConstraints narrow = new javafx.scene.layout.ColumnConstraints();
        narrow.setPercentWidth(38);
        grid.getColumnConstraints().addAll(wide, narrow);
        setCenter(grid);
        getStylesheets().add(FilterView.class.getResource("/org/deepfreq/ui/dashboard.css").toExternalForm());
    }

    FilterViewModel viewModel() {
        return vm;
    }

    Slider slider() {
        return slider;
    }

    XYChart partsChart() {
        return parts;
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
