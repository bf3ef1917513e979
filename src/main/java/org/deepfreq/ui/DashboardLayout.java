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
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The one dashboard layout, used by the window and by {@code figure --chart dashboard}: the split panels in a grid
 * that fits their number at the top ({@link #splitColumns}) with the 1-D fit panel beside them, and the charts of the
 * whole run that have something to show in one row below, of equal widths, every chart visible at once. (ChartFX
 * read-locks a chart's data sets in the pre-layout phase and releases them after layout, so charts hidden in
 * unselected tabs kept their locks and blocked the next update.)
 */
final class DashboardLayout {

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

    /**
     * Columns of the split grid for {@code panels} panels: one row up to three, two rows up to eight (four panels
     * as 2 × 2, six as 3 × 2), then rows of at most four; so at most one cell stays empty up to eight panels.
     */
    static int splitColumns(int panels) {
        int rows = panels <= 3 ? 1 : panels <= 8 ? 2 : (panels + 3) / 4;
        return Math.max(1, (panels + rows - 1) / rows);
    }

    /** Gives the split grid's columns and rows for {@code panels} panels equal shares of its size. */
    static void fitSplitGrid(GridPane grid, int panels) {
        int columns = splitColumns(panels);
        int rows = Math.max(1, (panels + columns - 1) / columns);
        List<ColumnConstraints> cc = new java.util.ArrayList<>();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints one = new ColumnConstraints();
            one.setPercentWidth(100.0 / columns);
            cc.add(one);
        }
        List<RowConstraints> rc = new java.util.ArrayList<>();
        for (int r = 0; r < rows; r++) {
            RowConstraints one = new RowConstraints();
            one.setPercentHeight(100.0 / rows);
            rc.add(one);
        }
        grid.getColumnConstraints().setAll(cc);
        grid.getRowConstraints().setAll(rc);
    }

    /** Puts the {@code index}-th of {@code panels} split panels in its cell. */
    static void placeSplitPanel(Node panel, int index, int panels) {
        int columns = splitColumns(panels);
        GridPane.setConstraints(panel, index % columns, index / columns);
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

    /**
     * Split grid and fit panel on top, the run's charts in a row below; the top takes 62 % of the height. A run chart
     * is in the row while its {@code shown} value holds, and the shown ones share the width equally.
     */
    static SplitPane arrange(GridPane splitGrid, VBox fitPanel, List<? extends Node> runCharts,
            List<? extends ObservableBooleanValue> shown) {
        GridPane lower = new GridPane();
        lower.setHgap(6);
        lower.getChildren().setAll(runCharts);
        runCharts.forEach(DashboardLayout::grow);
        Runnable columns = () -> {
            int column = 0;
            for (int i = 0; i < runCharts.size(); i++) {
                Node n = runCharts.get(i);
                n.setVisible(shown.get(i).get());
                n.setManaged(n.isVisible());
                GridPane.setConstraints(n, n.isVisible() ? column++ : 0, 0);
            }
            List<ColumnConstraints> cc = new java.util.ArrayList<>();
            for (int c = 0; c < column; c++) {
                ColumnConstraints one = new ColumnConstraints();
                one.setPercentWidth(100.0 / column);
                cc.add(one);
            }
            lower.getColumnConstraints().setAll(cc);
        };
        shown.forEach(s -> s.addListener((obs, was, is) -> columns.run()));
        columns.run();
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
