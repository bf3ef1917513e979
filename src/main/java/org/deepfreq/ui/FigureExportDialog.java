package org.deepfreq.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;

/**
 * Asks for a file (PNG, SVG or PDF, by the chosen filter or the name's extension) and, for PNG, a scale (1×–4×),
 * then exports a node with title, caption and provenance; errors in an alert.
 */
final class FigureExportDialog {

    private FigureExportDialog() {
    }

    static void show(Node node, String what, String caption, Map<String, String> provenance) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(what.replaceAll("\\W+", "-") + ".png");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG vector figure", "*.svg"),
                new FileChooser.ExtensionFilter("PDF vector figure (one page)", "*.pdf"));
        File f = fc.showSaveDialog(node.getScene().getWindow());
        if (f == null) {
            return;
        }
        Path file = f.toPath();
        if (!f.getName().contains(".") && fc.getSelectedExtensionFilter() != null) {
            file = file.resolveSibling(f.getName() + fc.getSelectedExtensionFilter().getExtensions().get(0).substring(1));
        }
        try {
            VectorExport.FigureFormat format = VectorExport.FigureFormat.of(file);
            Optional<Integer> scale = Optional.of(1);
            if (format == VectorExport.FigureFormat.PNG) {
                ChoiceDialog<Integer> ask = new ChoiceDialog<>(2, 1, 2, 3, 4);
                ask.setHeaderText("Export " + what + " as PNG: scale");
                scale = ask.showAndWait();
            }
            if (scale.isPresent()) {
                export(node, "DeepFreq Studio — " + what, caption, provenance, file, scale.get());
            }
        } catch (RuntimeException ex) {
            new Alert(Alert.AlertType.ERROR, "Export failed: " + ex.getMessage()).showAndWait();
        }
    }

    /** Writes the node as PNG (at the scale), SVG or PDF, by the file's extension (FX thread). */
    static void export(Node node, String title, String caption, Map<String, String> provenance, Path file,
            double scale) {
        if (VectorExport.FigureFormat.of(file) == VectorExport.FigureFormat.PNG) {
            PngExport.write(PngExport.render(node, title, caption, scale), provenance, file);
        } else {
            VectorExport.write(node, title, caption, provenance, file);
        }
    }
}
