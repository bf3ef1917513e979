package org.deepfreq.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A secondary window over the dashboard (runs, sweeps) with the dashboard's style, following classroom mode. */
final class ToolWindow {

    private ToolWindow() {
    }

    /** Shows {@code view} in a new window owned by {@code owner}; the classroom listener goes when it is hidden. */
    static Stage show(Window owner, String title, Parent view, ObservableValue<Boolean> classroom, double width,
            double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        view.getStylesheets().add(ToolWindow.class.getResource("/org/deepfreq/ui/dashboard.css").toExternalForm());
        view.getStyleClass().add("dashboard");
        ChangeListener<Boolean> style = (obs, o, on) -> {
            view.getStyleClass().remove("classroom");
            if (on) {
                view.getStyleClass().add("classroom");
            }
        };
        style.changed(classroom, null, classroom.getValue());
        classroom.addListener(style);
        stage.setOnHidden(e -> classroom.removeListener(style));
        stage.setScene(new Scene(view, width, height));
        stage.show();
        return stage;
    }

    /** The body of a tool window: {@code top} above {@code bottom}, the divider at {@code divider} of the height. */
    static SplitPane stacked(Node top, Node bottom, double divider) {
        SplitPane body = new SplitPane(top, bottom);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(divider);
        return body;
    }

    /** A wrapping status line showing {@code text}, with the id tests find it by. */
    static Label statusLine(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setWrapText(true);
        return label;
    }
}
