package org.deepfreq.ui;

import java.io.File;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;

/** Asks for a scale (1×–4×) and a file, then exports a node as PNG with title and caption; errors in an alert. */
final class PngExportDialog {

    private PngExportDialog() {
    }

    static void show(Node node, String what, String caption) {
        ChoiceDialog<Integer> scale = new ChoiceDialog<>(2, 1, 2, 3, 4);
        scale.setHeaderText("Export " + what + " as PNG: scale");
        scale.showAndWait().ifPresent(s -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName(what.replaceAll("\\W+", "-") + ".png");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File f = fc.showSaveDialog(node.getScene().getWindow());
            if (f != null) {
                try {
                    PngExport.write(PngExport.render(node, "DeepFreq Studio — " + what, caption, s), f.toPath());
                } catch (RuntimeException ex) {
                    new Alert(Alert.AlertType.ERROR, "Export failed: " + ex.getMessage()).showAndWait();
                }
            }
        });
    }
}
