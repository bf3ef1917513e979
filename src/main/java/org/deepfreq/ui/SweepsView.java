package org.deepfreq.ui;

import static org.deepfreq.ui.DashboardView.button;

import java.io.File;
import java.util.List;

import org.deepfreq.sweep.CellState;
import org.deepfreq.sweep.SweepStatus;

import io.fair_acc.chartfx.XYChart;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The sweeps window: a sweep's cells as a grid of tiles coloured by state (click one to open it in the dashboard),
 * the settings' mean ± sd bands over seeds, and the controls that start a sweep of the current settings. Binds to
 * {@link SweepsViewModel}.
 */
public final class SweepsView extends BorderPane {

    /** Varied keys offered for a sweep from the app (any {@code --set} key works on the command line). */
    static final List<String> VARY_KEYS = List.of("depth", "width", "blocks", "lr", "batch", "activation", "residual");

    private final SweepsViewModel vm;
    private final FlowPane grid = new FlowPane(6, 6);
    private final XYChart lossChart = Charts.bands("Training loss, mean ± sd over seeds", "epoch", "training loss",
            true);
    private final XYChart peakChart = Charts.bands("RDF peak, mean ± sd over seeds", "epoch", "peak 1/δ", false);

    public SweepsView(SweepsViewModel vm) {
        this.vm = vm;
        setId("sweeps-view");
        setPadding(new Insets(6));
        setTop(new VBox(6, toolbar(), startBar()));
        grid.setId("sweep-grid");
        grid.setPadding(new Insets(4));
        vm.cells().addListener((ListChangeListener<SweepStatus.Cell>) c -> rebuildGrid());
        ScrollPane cells = new ScrollPane(grid);
        cells.setFitToWidth(true);
        setCenter(ToolWindow.stacked(cells, bands(), 0.4));
        Label counts = new Label();
        counts.setId("sweep-counts");
        counts.textProperty().bind(vm.countsProperty());
        setBottom(new VBox(2, counts, ToolWindow.statusLine("sweep-message", vm.messageProperty())));
    }

    /** Opens a sweeps window over {@code owner}; it follows classroom mode like the dashboard. */
    public static void show(Window owner, SweepsViewModel vm, ObservableValue<Boolean> classroom) {
        SweepsView view = new SweepsView(vm);
        ToolWindow.show(owner, "DeepFreq Studio — sweeps", view, classroom, 1100, 820);
    }

    private HBox toolbar() {
        Button open = button("Open sweep folder…", "sweep-open", "Choose the --out folder of a sweep (it has "
                + "sweep.json)", () -> {
                    DirectoryChooser dc = new DirectoryChooser();
                    File start = vm.runsDir().toFile();
                    if (start.isDirectory()) {
                        dc.setInitialDirectory(start);
                    }
                    File chosen = dc.showDialog(getScene().getWindow());
                    if (chosen != null) {
                        vm.open(chosen.toPath());
                    }
                });
        Label folder = new Label();
        folder.textProperty().bind(vm.folderProperty());
        HBox bar = new HBox(8, open, folder);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private HBox startBar() {
        Spinner<Integer> seeds = new Spinner<>(1, 50, 3);
        seeds.setId("sweep-seeds");
        seeds.setPrefWidth(70);
        ComboBox<String> key = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(VARY_KEYS));
        key.setId("sweep-vary-key");
        key.setValue("depth");
        TextField values = new TextField("1,2,3");
        values.setId("sweep-vary-values");
        values.setPrefColumnCount(10);
        values.setTooltip(new Tooltip("The values of the varied setting, comma-separated (empty: seeds only)"));
        TextField cluster = new TextField();
        cluster.setId("sweep-cluster");
        cluster.setPromptText("this machine");
        cluster.setPrefColumnCount(16);
        cluster.setTooltip(new Tooltip("Empty: an embedded member trains the cells here. Or HOST:PORT,... of every "
                + "member of a named cluster (this app included, on 127.0.0.1 unless the list says otherwise)"));
        TextField secret = new TextField();
        secret.setId("sweep-secret");
        secret.setPromptText("secret file (or DEEPFREQ_CLUSTER_SECRET)");
        secret.setPrefColumnCount(14);
        Button start = button("Start sweep", "sweep-start", "Sweep the dashboard's current settings: every value "
                + "of the varied setting × the seeds", () -> vm.start(seeds.getValue(), key.getValue(),
                        values.getText(), cluster.getText(), secret.getText()));
        start.disableProperty().bind(vm.runningProperty());
        Button stop = button("Stop sweep", "sweep-stop", "Stop the sweep started here; finished epochs are kept",
                vm::stop);
        stop.disableProperty().bind(vm.runningProperty().not());
        HBox bar = new HBox(6, new Label("seeds"), seeds, new Label("vary"), key, values, new Label("on"), cluster,
                secret, start, stop);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private VBox bands() {
        ComboBox<String> split = new ComboBox<>(vm.splits());
        split.setId("sweep-split");
        split.valueProperty().bindBidirectional(vm.splitProperty());
        split.setTooltip(new Tooltip("The split whose RDF peak is shown"));
        Bindings.bindContent(lossChart.getDatasets(), vm.lossBands());
        Bindings.bindContent(peakChart.getDatasets(), vm.peakBands());
        HBox charts = new HBox(6, lossChart, peakChart);
        HBox.setHgrow(lossChart, Priority.ALWAYS);
        HBox.setHgrow(peakChart, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        return new VBox(6, new HBox(8, new Label("split"), split), charts);
    }

    /** One tile per cell: name, state, epochs and the member of its last attempt; a click opens it. */
    private void rebuildGrid() {
        grid.getChildren().setAll(vm.cells().stream().map(this::tile).toList());
    }

    private Button tile(SweepStatus.Cell cell) {
        Button b = new Button(cell.name() + "\n" + cell.state().json() + " · " + cell.epochs() + " epochs"
                + (cell.member().isEmpty() ? "" : "\n" + cell.member()) + (cell.attempts().size() > 1
                        ? " (" + cell.attempts().size() + " attempts)" : ""));
        b.getStyleClass().add("sweep-cell");
        b.setStyle("-fx-background-color: " + colour(cell.state()) + "; -fx-text-fill: #111; -fx-pref-width: 190;");
        b.setTooltip(new Tooltip(cell.message().isEmpty() ? "click to open in the dashboard" : cell.message()));
        b.setOnAction(e -> vm.openCell(cell));
        return b;
    }

    private static String colour(CellState state) {
        return switch (state) {
            case QUEUED -> "#d9d9d9";
            case RUNNING -> "#9ecae1";
            case COMPLETED -> "#a1d99b";
            case DIVERGED -> "#fdae6b";
            case FAILED -> "#fc9272";
        };
    }
}
