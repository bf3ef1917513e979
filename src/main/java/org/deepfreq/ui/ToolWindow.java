package org.deepfreq.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
}
