package org.deepfreq.ui;

import java.util.List;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The one dashboard layout, used by the window and by {@code figure --chart dashboard}: the split panels three per
 * row at the top with the 1-D fit panel beside them, and the charts of the whole run in one row below, of equal
 * widths, every chart visible at once. (ChartFX read-locks a chart's data sets in the pre-layout phase and
 * releases them after layout, so charts hidden in unselected tabs kept their locks and blocked the next update.)
 */
final class DashboardLayout {

    /** Split panels per row. */
    static final int SPLIT_COLUMNS = 3;

    private DashboardLayout() {
    }

    /** The grid the split panels go into. */
    static GridPane splitGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        return grid;
    }

    /** Puts the {@code index}-th split panel in its cell. */
    static void placeSplitPanel(Node panel, int index) {
        GridPane.setConstraints(panel, index % SPLIT_COLUMNS, index / SPLIT_COLUMNS);
        grow(panel);
    }

    /** The 1-D fit charts stacked, shown while {@code visible} holds. */
    static VBox fitPanel(List<? extends Node> charts, ObservableBooleanValue visible) {
        VBox box = new VBox(6);
        box.getChildren().setAll(charts);
        charts.forEach(c -> VBox.setVgrow(c, Priority.ALWAYS));
        box.setPrefWidth(420);
        box.setMinWidth(300);
        box.visibleProperty().bind(visible);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Split grid and fit panel on top, the run's charts in a row below; the top takes 62 % of the height. */
    static SplitPane arrange(GridPane splitGrid, VBox fitPanel, List<? extends Node> runCharts) {
        GridPane lower = new GridPane();
        lower.setHgap(6);
        for (int i = 0; i < runCharts.size(); i++) {
            Node n = runCharts.get(i);
            lower.add(n, i, 0);
            grow(n);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / runCharts.size());
            lower.getColumnConstraints().add(cc);
        }
        HBox.setHgrow(splitGrid, Priority.ALWAYS);
        SplitPane split = new SplitPane(new HBox(6, splitGrid, fitPanel), lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        return split;
    }

    static void grow(Node n) {
        GridPane.setHgrow(n, Priority.ALWAYS);
        GridPane.setVgrow(n, Priority.ALWAYS);
    }
}
