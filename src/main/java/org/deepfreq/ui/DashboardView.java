package org.deepfreq.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.experiment.Preset;
import org.deepfreq.experiment.Presets;
import org.deepfreq.model.Architecture;
import org.deepfreq.model.InitScheme;
import org.deepfreq.spectrum.Distance;
import org.deepfreq.spectrum.GridKind;
import org.deepfreq.model.LossKind;

import io.fair_acc.chartfx.XYChart;
import org.controlsfx.control.RangeSlider;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The main window's content: settings on the left, run bar on top, and every chart of the {@link ChartCatalogue}
 * in the {@link DashboardLayout}. Binds to {@link MainViewModel}.
 */
public final class DashboardView extends BorderPane {

    private final MainViewModel vm;
    private final SplitPanels splitPanels;
    /** What each chart of the whole run draws, for its 1/δ axes. */
    private final Map<XYChart, ChartDescription> described = new java.util.IdentityHashMap<>();
    /** The charts of the whole run and of the fit panel, by export name. */
    private final Map<String, XYChart> runCharts = new LinkedHashMap<>();
    private final VBox advanced = new VBox(4);

    public DashboardView(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("dashboard");
        this.splitPanels = new SplitPanels(vm.charts());
        vm.charts().logGridProperty().addListener((obs, o, log) -> described.forEach((c, d) -> d.matchGrid(c, log)));

        setTop(new VBox(menu(), runBar()));
        ScrollPane left = new ScrollPane(controls());
        left.setFitToWidth(true);
        left.setPrefWidth(310);
        setLeft(left);
        setCenter(chartArea());
        vm.classroomProperty().addListener((obs, o, on) -> {
            if (on) {
                getStyleClass().add("classroom");
            } else {
                getStyleClass().remove("classroom");
            }
        });
        Theme.follow(this, vm.darkProperty());
        advanced.visibleProperty().bind(vm.classroomProperty().not());
        advanced.managedProperty().bind(advanced.visibleProperty());
        getStylesheets().add(DashboardView.class.getResource("/org/deepfreq/ui/dashboard.css").toExternalForm());
        DataDrop.install(this, vm.controls()::offerOwnData);
    }

    private MenuBar menu() {
        MenuItem exportDash = new MenuItem("Export dashboard (PNG, SVG, PDF)…");
        exportDash.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportDash.setOnAction(e -> exportWithDialog(this, "dashboard"));
        MenuItem exportTab = new MenuItem("Export one chart (PNG, SVG, PDF)…");
        exportTab.setOnAction(e -> {
            Map<String, Node> charts = namedCharts();
            ChoiceDialog<String> which = new ChoiceDialog<>(PeaksChart.DESCRIPTION.exportName(), charts.keySet());
            which.setHeaderText("Which chart?");
            which.showAndWait().ifPresent(name -> exportWithDialog(charts.get(name), name));
        });
        MenuItem copy = new MenuItem("Copy dashboard image");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(PngExport.render(this, "DeepFreq Studio", vm.caption(), 1));
            Clipboard.getSystemClipboard().setContent(content);
        });
        MenuItem exportData = new MenuItem("Export data (CSV + JSON)…");
        exportData.setOnAction(e -> {
            javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
            File dir = dc.showDialog(getScene().getWindow());
            if (dir != null) {
                DataExport.write(vm.charts().epochs(), vm.run().config(), dir.toPath());
            }
        });
        MenuItem openData = new MenuItem("Open data (CSV, .npy)…");
        openData.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        openData.setOnAction(e -> DataDrop.choose(getScene().getWindow(), vm.controls()::offerOwnData));
        Menu file = new Menu("File", null, openData, exportDash, exportTab, copy, exportData);
        MenuItem classroom = new MenuItem("Classroom mode");
        classroom.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        classroom.setOnAction(e -> vm.classroomProperty().set(!vm.classroomProperty().get()));
        MenuItem full = new MenuItem("Full screen");
        full.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        full.setOnAction(e -> {
            javafx.stage.Stage s = (javafx.stage.Stage) getScene().getWindow();
            s.setFullScreen(!s.isFullScreen());
        });
        MenuItem filter = new MenuItem("Filter view of the run's data (1-D)…");
        filter.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        filter.setOnAction(e -> vm.trainingData().whenComplete((data, ex) -> javafx.application.Platform.runLater(
                () -> {
                    if (ex != null) {
                        new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                                "Cannot load the run's data: " + ex.getCause().getMessage()).show();
                    } else {
                        DataDrop.openOrExplain(data, getScene().getWindow());
                    }
                })));
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem("Dark theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        Menu view = new Menu("View", null, classroom, full, dark, filter);
        MenuItem browse = new MenuItem("Browse and compare runs…");
        browse.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        browse.setOnAction(e -> RunsView.show(getScene().getWindow(), vm.runs(), vm.classroomProperty()));
        MenuItem sweeps = new MenuItem("Sweeps…");
        sweeps.setOnAction(e -> SweepsView.show(getScene().getWindow(), vm.sweeps(), vm.classroomProperty()));
        Menu runs = new Menu("Runs", null, browse, sweeps);
        MenuItem about = new MenuItem("About DeepFreq Studio");
        about.setOnAction(e -> AboutDialog.show(getScene().getWindow(), vm.run().backendProperty().get()));
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        Menu help = new Menu("Help", null, keys, about);
        MenuBar bar = new MenuBar(file, runs, view, help);
        keys.setOnAction(e -> Shortcuts.show(getScene().getWindow(), bar));
        return bar;
    }

    private VBox runBar() {
        Button start = button("Start", "start", "Start a new run with these settings (Space)", vm::start);
        start.disableProperty().bind(vm.startDisabledProperty());
        Button pause = button("Pause", "pause", "Pause or resume at the next minibatch (Space)", () -> vm.run().pauseOrResume());
        pause.textProperty().bind(Bindings.when(vm.run().statusProperty().isEqualTo(org.deepfreq.experiment.RunStatus.PAUSED))
                .then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(vm.run().isActive().not());
        Button step = button("Step", "step", "Train exactly one epoch, then pause (→)", vm::step);
        step.disableProperty().bind(vm.run().isActive().not().and(vm.startDisabledProperty()));
        Button stop = button("Stop", "stop", "Stop; every finished epoch is kept", () -> vm.run().stop());
        stop.disableProperty().bind(vm.run().isActive().not());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.run().progressProperty());
        progress.setPrefWidth(160);
        Label epoch = bound(vm.run().epochTextProperty(), "epoch");
        Label rate = bound(vm.run().throughputTextProperty(), "throughput");
        Label eta = bound(vm.run().etaTextProperty(), "eta");
        Label status = bound(vm.run().statusTextProperty(), "status");
        Label backend = new Label();
        backend.textProperty().bind(vm.run().backendProperty());
        backend.getStyleClass().add("backend");
        Label error = bound(vm.run().errorMessageProperty(), "error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        Button prepare = button("Prepare now", "prepare-dataset", "Prepare the missing data set from its offline "
                + "source, then press Start", () -> vm.run().prepareMissingDataset());
        prepare.visibleProperty().bind(vm.run().missingDatasetProperty().isNotEmpty());
        prepare.managedProperty().bind(prepare.visibleProperty());
        prepare.disableProperty().bind(vm.startDisabledProperty());
        for (javafx.scene.control.Control c : List.of(start, pause, step, stop, epoch, rate, eta, status, backend,
                prepare)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // an error below never squeezes the controls to "…"
        }
        javafx.scene.layout.Pane spacer = new javafx.scene.layout.Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, start, pause, step, stop, progress, epoch, rate, eta, status, spacer, backend);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox errorRow = new HBox(8, error, prepare);
        errorRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(error, Priority.ALWAYS);
        errorRow.visibleProperty().bind(vm.run().errorMessageProperty().isNotEmpty());
        errorRow.managedProperty().bind(errorRow.visibleProperty());
        VBox box = new VBox(4, bar, errorRow);
        box.setPadding(new Insets(6));
        box.getStyleClass().add("run-bar");
        return box;
    }

    /** A button with an id (for tests), a tooltip and an action; not focus-traversable, so Space stays a shortcut. */
    static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static Label bound(javafx.beans.value.ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }

    private VBox controls() {
        ControlsViewModel c = vm.controls();
        ComboBox<Preset> preset = new ComboBox<>();
        preset.setId("preset");
        preset.getItems().setAll(Presets.all().stream().filter(Preset::trains).toList());
        preset.valueProperty().bindBidirectional(c.presetProperty());
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(Preset p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Preset fromString(String s) {
                return Presets.named(s);
            }
        });
        preset.setTooltip(new Tooltip("The paper's experiments; '-demo' variants run within minutes on a laptop"));
        ComboBox<String> dataset = new ComboBox<>(c.datasetChoices());
        dataset.setId("dataset");
        dataset.setEditable(true); // the editor's text is the data set, checked as typed (message below the box)
        dataset.getEditor().textProperty().bindBidirectional(c.datasetProperty());
        dataset.setTooltip(new Tooltip("A data set, a formula of x (expr:sin(x)+2*sin(3x)+3*sin(5x);x=-5..5;n=101) or "
                + "your files (file:X,Y; File → Open data… adds them to this list)"));
        ComboBox<String> activation = new ComboBox<>();
        activation.getItems().setAll(ControlsViewModel.ACTIVATIONS);
        activation.valueProperty().bindBidirectional(c.activationProperty());
        ComboBox<LossKind> loss = new ComboBox<>();
        loss.getItems().setAll(LossKind.values());
        loss.valueProperty().bindBidirectional(c.lossProperty());
        ComboBox<Architecture> architecture = new ComboBox<>();
        architecture.setId("architecture");
        architecture.getItems().setAll(Architecture.values());
        architecture.valueProperty().bindBidirectional(c.architectureProperty());
        architecture.setTooltip(new Tooltip("Fully connected layers, or ResNet18 (image data sets)"));
        CheckBox residual = new CheckBox("skip connections");
        residual.setId("residual");
        residual.selectedProperty().bindBidirectional(c.residualProperty());
        residual.setTooltip(new Tooltip("Off: the same blocks without skips (the paper's vanishing-gradient networks)"));
        VBox blocks = field("Residual blocks (of 8)", "blocks", c.blocks,
                "Basic blocks kept; the paper's variants -1..-4 keep 7..4 (removed from the deepest stage)");
        blocks.disableProperty().bind(c.resnetProperty().not());
        residual.disableProperty().bind(c.resnetProperty().not());
        CheckBox normalize = new CheckBox("normalise each dimension");
        normalize.selectedProperty().bindBidirectional(c.normalizeProperty());
        normalize.setTooltip(new Tooltip("Divide each dimension by its maximum absolute value before the RDF (paper default)"));
        ComboBox<Distance> distance = choice("distance", Distance.values(), c.distanceProperty(), "SUM: squared "
                + "distance summed over the split's d dimensions (the paper's); MEAN: divided by d, so splits of "
                + "different widths share one 1/δ scale");
        ComboBox<GridKind> gridKind = choice("grid", GridKind.values(), c.gridKindProperty(),
                "Spacing of the 1/δ grid: UNIFORM, or LOG (the same number of points per decade)");
        CheckBox autoRange = new CheckBox("automatic 1/δ range");
        autoRange.setId("auto-range");
        autoRange.selectedProperty().bindBidirectional(c.autoRangeProperty());
        autoRange.setTooltip(new Tooltip("Both ends chosen from the pairwise distances of all splits at epoch 0 "
                + "(0.01 / median, 10 / 0.1 % quantile), then fixed for the run"));
        ComboBox<InitScheme> init = choice("init", InitScheme.values(), c.initProperty(), "Initial weights of the "
                + "dense layers: XAVIER N(0, 2/(in+out)), LECUN_NORMAL N(0, 1/in), HE N(0, 2/in), UNIFORM_FAN_IN "
                + "U(±1/√in)");
        Button apply = new Button("Apply RDF settings to the run");
        apply.setId("apply-rdf");
        apply.setTooltip(new Tooltip("New 1/δ grid or samples: used from the next epoch, and at once while paused"));
        apply.setOnAction(e -> vm.applyRdf());
        apply.disableProperty().bind(vm.run().isActive().not().or(c.validProperty().not()));

        advanced.getChildren().setAll(
                section("Model"),
                new VBox(2, new Label("Data set"), dataset, message("dataset", c.dataset)),
                labelled("Architecture", architecture),
                field("Depth (hidden layers)", "depth", c.depth,
                        "Hidden layers; for ResNet18 the dense layers of the head after pooling"),
                field("Width", "width", c.width, "Units per hidden layer; for ResNet18 the stem's channels (64 standard)"),
                blocks, residual,
                labelled("Activation", activation),
                labelled("Loss", loss),
                labelled("Initialisation", init),
                section("Training"),
                field("Training examples", "train", c.trainSize, "Examples drawn (seeded, stratified) for training"),
                field("Validation examples", "validation", c.validationSize, "0 for none"),
                field("Learning rate", "lr", c.schedule, "RATE or RATE@EPOCH,...; e.g. 1e-3@1,1e-4@41"),
                field("Batch size", "batch", c.batch, "Minibatch size"),
                field("Max epochs", "epochs", c.epochs, "Stop after this many epochs"),
                field("Stop at loss", "stop-loss", c.stopLoss, "Stop when the training loss falls below (0: never)"),
                field("Seed", "seed", c.seed, "Seeds initialisation, data split, shuffling and RDF subset"),
                field("Seeds", "seeds", c.seeds, "Runs with seeds S, S+1, … one after another into seed-<s> folders "
                        + "of one folder, with summary.csv (mean ± sd) at the end"));
        VBox box = new VBox(4, section("Experiment"), labelled("Preset", preset), advanced,
                section("RDF"),
                autoRange,
                rangeFields(c),
                labelled("Grid", gridKind),
                field("Steps", "steps", c.steps, "Grid points (≥ 3)"),
                field("Samples", "samples", c.samples, "Training inputs per RDF (≤ training examples)"),
                field("Measure every", "rdf-every", c.rdfEvery, "After which epochs the RDF is measured: K (every K-th "
                        + "epoch) or auto (about 40 epochs spread over the run, denser early); epoch 0 and the last "
                        + "epoch always"),
                normalize, labelled("Distance", distance), apply);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("controls");
        return box;
    }

    /** A drop-down of {@code values} bound both ways to {@code property}. */
    private static <T> ComboBox<T> choice(String id, T[] values, javafx.beans.property.ObjectProperty<T> property,
            String tip) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(property);
        box.setTooltip(new Tooltip(tip));
        return box;
    }

    /** The 1/δ min and max fields and their slider, disabled while the range is automatic. */
    private static VBox rangeFields(ControlsViewModel c) {
        VBox box = new VBox(4, field("1/δ min", "inv-delta-min", c.invDeltaMin, "Smallest 1/δ (> 0)"),
                field("1/δ max", "inv-delta-max", c.invDeltaMax, "Largest 1/δ"), invDeltaSlider(c.invDeltaRange()));
        box.disableProperty().bind(c.autoRangeProperty());
        return box;
    }

    /** Both 1/δ ends on one log-scale slider, 0.001 to 10,000. */
    private static RangeSlider invDeltaSlider(LogRange range) {
        RangeSlider s = new RangeSlider(LogRange.MIN_EXPONENT, LogRange.MAX_EXPONENT, range.lowProperty().get(),
                range.highProperty().get());
        s.setId("inv-delta-range");
        s.setShowTickMarks(true);
        s.setShowTickLabels(true);
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number exponent) {
                return LogRange.significant(Math.pow(10, exponent.doubleValue()), 1);
            }

            @Override
            public Number fromString(String text) {
                return Math.log10(Double.parseDouble(text));
            }
        });
        s.lowValueProperty().bindBidirectional(range.lowProperty());
        s.highValueProperty().bindBidirectional(range.highProperty());
        s.setTooltip(new Tooltip("Drag to set 1/δ min and max (log scale); the fields above follow"));
        return s;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        return l;
    }

    private static VBox labelled(String label, Node control) {
        return new VBox(2, new Label(label), control);
    }

    private static VBox field(String label, String id, FieldValidation<?> f, String tip) {
        TextField tf = new TextField();
        tf.setId(id);
        tf.textProperty().bindBidirectional(f.textProperty());
        tf.setTooltip(new Tooltip(tip));
        return new VBox(2, new Label(label), tf, message(id, f));
    }

    /** The field's validation message under it (id {@code <id>-message}), shown only while there is one. */
    private static Label message(String id, FieldValidation<?> f) {
        Label message = new Label();
        message.setId(id + "-message");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(f.messageProperty());
        message.visibleProperty().bind(f.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setWrapText(true);
        return message;
    }

    /** The charts in the dashboard layout; a chart of the whole run that follows the chosen split offers the choice. */
    private SplitPane chartArea() {
        List<Node> cells = new ArrayList<>();
        List<ObservableBooleanValue> shown = new ArrayList<>();
        for (ChartDescription d : ChartCatalogue.placed(ChartDescription.Placement.RUN)) {
            XYChart chart = d.newChart(d.titleFor(null), vm.charts().data(d));
            if (d.equals(LfrChart.DESCRIPTION)) {
                chart.setLegendVisible(false); // one entry per shown epoch (up to 16): no room in a cell
            }
            runCharts.put(d.exportName(), chart);
            described.put(chart, d);
            d.matchGrid(chart, vm.charts().logGridProperty().get());
            cells.add(d.source() == ChartDescription.Source.EPOCH_AND_CHOSEN_SPLIT ? withSplitChoice(d, chart) : chart);
            shown.add(vm.charts().shows(d));
        }
        List<XYChart> fitCharts = new ArrayList<>();
        for (ChartDescription d : ChartCatalogue.placed(ChartDescription.Placement.FIT)) {
            XYChart chart = d.newChart(d.titleFor(null), vm.charts().data(d));
            runCharts.put(d.exportName(), chart);
            fitCharts.add(chart);
        }
        return DashboardLayout.arrange(splitPanels.grid(), DashboardLayout.fitPanel(fitCharts, vm.charts().hasFitProperty()),
                cells, shown);
    }

    /** The chart under a choice of the split it shows (shared by every chart that follows the chosen split). */
    private VBox withSplitChoice(ChartDescription d, XYChart chart) {
        ComboBox<String> choice = new ComboBox<>(vm.charts().splits());
        choice.setId(d.id() + "-split");
        choice.setTooltip(new Tooltip("Split shown in the " + d.exportName()));
        choice.valueProperty().bindBidirectional(vm.charts().chosenSplit());
        String label = Character.toUpperCase(d.exportName().charAt(0)) + d.exportName().substring(1) + " split";
        VBox cell = new VBox(2, new HBox(6, new Label(label), choice), chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return cell;
    }

    /** The charts by name, for "export chart". */
    private Map<String, Node> namedCharts() {
        Map<String, Node> m = new LinkedHashMap<>();
        m.putAll(splitPanels.byName());
        for (ChartDescription d : ChartCatalogue.all()) {
            if (d.placement() != ChartDescription.Placement.SPLIT && vm.charts().shows(d).get()) {
                m.put(d.exportName(), runCharts.get(d.exportName()));
            }
        }
        return m;
    }

    /** The RDF chart of a split (for tests and exports), or null. */
    public XYChart rdfChart(String split) {
        return splitPanels.rdfChart(split);
    }

    /**
     * Exports the whole dashboard, or one chart, as PNG at the given scale, SVG or PDF by the file's extension, with
     * the run's provenance in the file's metadata (FX thread).
     */
    public void exportFigure(Node node, String title, Path file, double scale) {
        FigureExportDialog.export(node, title, vm.caption(), provenance(title), file, scale);
    }

    private void exportWithDialog(Node node, String what) {
        FigureExportDialog.show(node, what, vm.caption(), provenance("DeepFreq Studio — " + what));
    }

    private Map<String, String> provenance(String title) {
        return FigureMetadata.of(title, vm.caption(), vm.run().config(), vm.run().folder());
    }
}
