package org.deepfreq.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.PointsAndTargets;
import org.deepfreq.spectrum.Distance;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The user's own data into the app: File → Open data… and files dropped on the window take the same path,
 * {@link #open}: CSV/.npy files read as {@link PointsAndTargets} (X and Y, or one file with Y last), shown in the
 * filter view with their LFR and RDF, and offered as a training set in the data-set box. Problems with the files are
 * one line in an alert.
 */
final class DataDrop {

    private DataDrop() {
    }

    /** Accepts files dropped on the node and opens them; {@code opened} is told the files that opened. */
    static void install(Node target, Consumer<List<Path>> opened) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty() && openOrExplain(files.stream().map(File::toPath).toList(),
                    target.getScene().getWindow(), opened) != null);
            e.consume();
        });
    }

    /** Asks for one or two files and opens them; {@code opened} is told the files that opened. */
    static void choose(Window owner, Consumer<List<Path>> opened) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open data: X and Y (two files), or one file whose last column is Y");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV or numpy", "*.csv", "*.npy", "*.txt"));
        List<File> files = fc.showOpenMultipleDialog(owner);
        if (files != null) {
            openOrExplain(files.stream().map(File::toPath).toList(), owner, opened);
        }
    }

    /** Opens the files in the filter view and tells {@code opened}; a problem is shown in an alert (then null). */
    static Stage openOrExplain(List<Path> files, Window owner, Consumer<List<Path>> opened) {
        try {
            return open(files, owner, opened);
        } catch (RuntimeException ex) {
            new Alert(Alert.AlertType.ERROR, ex.getMessage()).show();
            return null;
        }
    }

    /** The one path of Open data… and drag-and-drop: read the files, show them in the filter view. */
    static Stage open(List<Path> files, Window owner) {
        return open(files, owner, f -> { });
    }

    /** As {@link #open(List, Window)}; files that opened are passed on (the app offers them as a training set). */
    static Stage open(List<Path> files, Window owner, Consumer<List<Path>> opened) {
        Stage stage = FilterView.show(owner, PointsAndTargets.open(files), false, Distance.SUM);
        opened.accept(files);
        return stage;
    }

    /** The filter view of a 1-D data set (a run's training inputs and targets: its input split), or an alert. */
    static Stage openOrExplain(LabeledDataset data, Window owner) {
        try {
            return FilterView.show(owner, new PointsAndTargets(data.name(), data.features(), data.targetMatrix()),
                    false, Distance.SUM);
        } catch (RuntimeException ex) {
            new Alert(Alert.AlertType.ERROR, ex.getMessage()).show();
            return null;
        }
    }
}
