package org.deepfreq.ui;

import static org.deepfreq.ui.DashboardView.button;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.deepfreq.results.RunCatalog;

import io.fair_acc.chartfx.XYChart;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The runs window: the run folders as a table (open, compare, rename, delete with confirmation; a multi-seed folder
 * is one row) and the comparison of the chosen runs — the same split's RDF of every run at an epoch picked with a
 * slider, that split's RDF peak over the epochs and the training losses, multi-seed folders as mean ± sd bands.
 * Binds to {@link RunsViewModel}.
 */
public final class RunsView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final RunsViewModel vm;
    private final TableView<RunCatalog.Summary> table = new TableView<>();
    private final XYChart rdfChart = Charts.lines("Normalised RDF at the chosen epoch", "1/δ", "normalised RDF", false);
    private final XYChart peakChart = Charts.bands("RDF peak of the split per epoch", "epoch", "peak 1/δ", false);
    private final XYChart lossChart = Charts.bands("Training loss", "epoch", "training loss", true);
    private final VBox comparisonPane;

    public RunsView(RunsViewModel vm) {
        this.vm = vm;
        this.comparisonPane = comparison();
        setId("runs-view");
        setPadding(new Insets(6));
        setTop(toolbar());
        setCenter(ToolWindow.stacked(runTable(), comparisonPane, 0.35));
        setBottom(ToolWindow.statusLine("runs-message", vm.messageProperty()));
    }

    /** Opens a runs window over {@code owner} and lists the runs; it follows classroom mode like the dashboard. */
    public static void show(Window owner, RunsViewModel vm, ObservableValue<Boolean> classroom) {
        RunsView view = new RunsView(vm);
        ToolWindow.show(owner, "DeepFreq Studio — runs", view, classroom, 1100, 800);
        vm.refresh();
    }

    private HBox toolbar() {
        Button refresh = button("Refresh", "runs-refresh", "List the runs folder again", vm::refresh);
        Button open = button("Open in dashboard", "runs-open", "Show the selected run's settings and every epoch in "
                + "the main window", () -> vm.open(table.getSelectionModel().getSelectedItem()));
        Button compare = button("Compare", "runs-compare", "Overlay the selected runs (Ctrl/Shift-click to choose "
                + "several)", () -> vm.compare(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button rename = button("Rename…", "runs-rename", "Rename the selected run's folder", this::rename);
        Button delete = button("Delete…", "runs-delete", "Delete the selected run's folder after confirmation",
                this::delete);
        Button export = button("Export comparison…", "runs-export", "Both comparison charts, with legend and "
                + "axis labels, as PNG, SVG or PDF", () -> {
                    String caption = vm.comparison().titleProperty().get();
                    FigureExportDialog.show(comparisonPane, "comparison", caption,
                            FigureMetadata.of("DeepFreq Studio — comparison", caption, vm.comparison().runs()));
                });
        var none = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        var notOne = Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1);
        open.disableProperty().bind(notOne.or(vm.busyProperty()));
        rename.disableProperty().bind(notOne.or(vm.busyProperty()));
        delete.disableProperty().bind(notOne.or(vm.busyProperty()));
        compare.disableProperty().bind(none.or(vm.busyProperty()));
        HBox bar = new HBox(6, refresh, open, compare, rename, delete, export);
        bar.setPadding(new Insets(0, 0, 6, 0));
        return bar;
    }

    private TableView<RunCatalog.Summary> runTable() {
        table.setId("runs-table");
        table.setItems(vm.runs());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().setAll(List.of(
                column("run", RunCatalog.Summary::name, 220),
                column("preset", RunCatalog.Summary::preset, 150),
                column("network", RunCatalog.Summary::network, 170),
                column("data", RunCatalog.Summary::dataset, 100),
                column("status", s -> s.status().name().toLowerCase(Locale.ROOT), 90),
                column("epochs", s -> Integer.toString(s.epochs()), 60),
                column("seeds", s -> s.multiSeed() ? Integer.toString(s.seeds()) : "", 50),
                column("last change", s -> WHEN.format(s.modified()), 130)));
        table.setPlaceholder(new Label("no runs in this folder yet"));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private static TableColumn<RunCatalog.Summary, String> column(String title,
            Function<RunCatalog.Summary, String> value, double width) {
        TableColumn<RunCatalog.Summary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private VBox comparison() {
        ComparisonViewModel cmp = vm.comparison();
        ComboBox<String> split = new ComboBox<>(cmp.splits());
        split.setId("compare-split");
        split.valueProperty().bindBidirectional(cmp.splitProperty());
        split.setTooltip(new Tooltip("The split whose effective target's RDF is overlaid"));
        Slider epoch = new Slider(0, 1, 0);
        epoch.setId("compare-epoch");
        epoch.setMajorTickUnit(1);
        epoch.setMinorTickCount(0);
        epoch.setSnapToTicks(true);
        epoch.setShowTickMarks(true);
        epoch.maxProperty().bind(cmp.maxEpochProperty());
        epoch.valueProperty().bindBidirectional(cmp.epochProperty());
        epoch.setTooltip(new Tooltip("Replay: every run at this epoch (a shorter run shows its last epoch)"));
        HBox.setHgrow(epoch, Priority.ALWAYS);
        Label epochLabel = new Label();
        epochLabel.textProperty().bind(Bindings.concat("epoch ", cmp.epochProperty()));
        HBox controls = new HBox(8, new Label("split"), split, new Label("epoch"), epoch, epochLabel);
        rdfChart.titleProperty().bind(cmp.titleProperty());
        Bindings.bindContent(rdfChart.getDatasets(), cmp.rdfCurves());
        Bindings.bindContent(peakChart.getDatasets(), cmp.peakCurves());
        Bindings.bindContent(lossChart.getDatasets(), cmp.lossCurves());
        cmp.logGridProperty().addListener((obs, o, log) -> {
            Charts.logX(rdfChart, log); // 1/δ on a log grid: log axes
            Charts.logY(peakChart, log);
        });
        HBox charts = new HBox(6, rdfChart, peakChart, lossChart);
        for (XYChart c : List.of(rdfChart, peakChart, lossChart)) {
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        VBox.setVgrow(charts, Priority.ALWAYS);
        return new VBox(6, controls, charts);
    }

    private void rename() {
        RunCatalog.Summary run = table.getSelectionModel().getSelectedItem();
        TextInputDialog ask = new TextInputDialog(run.name());
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText("New name for the run folder " + run.name());
        ask.showAndWait().filter(n -> !n.isBlank() && !n.equals(run.name())).ifPresent(n -> vm.rename(run, n));
    }

    private void delete() {
        RunCatalog.Summary run = table.getSelectionModel().getSelectedItem();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Delete the run folder " + run.dir()
                + " with its metrics, RDF tables and checkpoint? This cannot be undone.", ButtonType.CANCEL,
                ButtonType.OK);
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText("Delete " + run.name() + "?");
        ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.delete(run));
    }
}
