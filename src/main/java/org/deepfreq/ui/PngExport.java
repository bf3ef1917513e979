package org.deepfreq.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

import org.deepfreq.io.AtomicFiles;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Renders a node (a chart or the whole dashboard) to PNG at 1×–4× scale, with a title above and a caption of
 * the run's key settings below, so every figure can be traced to its config. Call on the FX thread.
 */
public final class PngExport {

    private PngExport() {
    }

    /** The node with title and caption as an image at the given scale. */
    public static WritableImage render(Node node, String title, String caption, double scale) {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("export scale must be between 1 and 4, got " + scale);
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(Color.WHITE);
        WritableImage content = node.snapshot(p, null);
        Label t = new Label(title);
        t.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx; -fx-font-weight: bold;", 16 * scale));
        Label c = new Label(caption);
        c.setWrapText(true);
        c.setMaxWidth(content.getWidth());
        c.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx;", 11 * scale));
        VBox box = new VBox(6 * scale, t, new ImageView(content), c);
        box.setPadding(new Insets(8 * scale));
        box.setStyle("-fx-background-color: white;");
        new Scene(box);
        box.applyCss();
        box.layout();
        SnapshotParameters plain = new SnapshotParameters();
        plain.setFill(Color.WHITE);
        return box.snapshot(plain, null);
    }

    /** Writes the image as PNG with the provenance in its text chunks ({@link FigureMetadata}), atomically. */
    public static void write(WritableImage image, Map<String, String> provenance, Path file) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> FigureMetadata.writePng(buffered, provenance, out));
    }
}
