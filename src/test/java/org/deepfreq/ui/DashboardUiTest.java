package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.deepfreq.testing.PixelVariance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;

/** The real app, headless (Monocle): a demo preset trains live, the controls behave, a PNG is exported. */
class DashboardUiTest {

    @TempDir
    static Path home;

    private DeepFreqApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        System.setProperty("deepfreq.home", home.toString());
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws TimeoutException {
        GuiOptions.set(new GuiOptions("depth-1d-demo", false, false, null, false));
        app = (DeepFreqApp) FxToolkit.setupApplication(DeepFreqApp::new);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
    }

    private static void deleteRunsOfOtherTests() throws java.io.IOException {
        Path runs = home.resolve("runs");
        if (java.nio.file.Files.isDirectory(runs)) {
            try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(runs)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(runs)).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    @Test
    void demoRunDrawsOneCurvePerEpochInEverySplitPanel() throws Exception {
        MainViewModel vm = app.viewModel();
        robot.interact(() -> vm.controls().epochs.textProperty().set("40"));
        robot.clickOn("#start");
        waitFor("two epochs", () -> vm.charts().epochs().size() >= 3);
        robot.clickOn("#pause");
        waitFor("paused", () -> vm.run().statusProperty().get() == RunStatus.PAUSED);
        waitFor("charts caught up", () -> !vm.charts().hasPending());
        WaitForAsyncUtils.waitForFxEvents();

        int epochs = vm.charts().epochs().size();
        assertThat(vm.charts().splits()).containsExactly("input", "h1", "h2", "h3");
        for (String split : vm.charts().splits()) {
            XYChart chart = app.view().rdfChart(split);
            assertThat(chart).as("chart for %s", split).isNotNull();
            assertThat(chart.getDatasets()).hasSize(Math.min(epochs, ChartsModel.MAX_CURVES));
            // depth-1d-demo measures on a log grid: the live panels' 1/δ axes are logarithmic
            assertThat(((io.fair_acc.chartfx.axes.spi.DefaultNumericAxis) chart.getXAxis()).isLogAxis())
                    .as("log 1/δ axis of %s", split).isTrue();
            for (DataSet ds : chart.getDatasets()) {
                assertThat(ds.getDataCount()).isEqualTo(Presets.named("depth-1d-demo").config().rdf().steps());
                for (int i = 0; i < ds.getDataCount(); i++) {
                    assertThat(ds.get(DataSet.DIM_Y, i)).isFinite().isBetween(-1.0, 1.0);
                }
            }
        }
        assertThat(vm.charts().data(LossChart.DESCRIPTION).dataSets().get(0).getDataCount()).isEqualTo(epochs);

        // fired rather than clicked: after the waits above the pause button's tooltip can sit over the step button
        robot.interact(() -> robot.lookup("#step").queryButton().fire());
        waitFor("one more epoch", () -> vm.charts().epochs().size() == epochs + 1
                && vm.run().statusProperty().get() == RunStatus.PAUSED);
        robot.interact(() -> robot.lookup("#stop").queryButton().fire());
        waitFor("cancelled", () -> vm.run().statusProperty().get() == RunStatus.CANCELLED);
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theDataSetChoiceListsEveryRegisteredDataSet() {
        assertThat(robot.lookup("#dataset").<String>queryComboBox().getItems())
                .containsExactlyElementsOf(org.deepfreq.data.Datasets.names());
    }

    @Test
    void autostartRunsThePresetToTheEndAndTheWindowKeepsResponding() throws Exception {
        FxToolkit.cleanupApplication(app);
        ExperimentConfig threeEpochs = Presets.named("depth-1d-demo").config().with("epochs", "3");
        GuiOptions.set(new GuiOptions("depth-1d-demo", true, false, null, false, threeEpochs, null, null));
        app = (DeepFreqApp) FxToolkit.setupApplication(DeepFreqApp::new);
        MainViewModel vm = app.viewModel();
        // a chart warm-up that left ChartFX read locks held made the autostart's first clearData wait for ever
        waitFor("completed", () -> vm.run() != null && vm.run().statusProperty().get() == RunStatus.COMPLETED);
        waitFor("charts caught up", () -> !vm.charts().hasPending());
        java.util.concurrent.CompletableFuture<Boolean> answered = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> answered.complete(true));
        assertThat(answered.get(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        // between pulses no chart keeps its data read-locked (the FX thread's own clearData would wait on it)
        for (ChartDescription d : ChartCatalogue.all()) {
            if (d.placement() != ChartDescription.Placement.SPLIT) {
                for (DataSet ds : vm.charts().data(d).dataSets()) {
                    assertThat(((io.fair_acc.dataset.locks.DefaultDataSetLock<?>) ds.lock()).getReaderCount())
                            .as("readers of %s in %s", ds.getName(), d.id()).isZero();
                }
            }
        }
        assertThat(vm.charts().epochs()).hasSize(4);
        assertThat(vm.charts().data(LossChart.DESCRIPTION).dataSets().get(0).getDataCount()).isEqualTo(4);
    }

    @Test
    void invalidFieldDisablesStartAndShowsItsMessage() {
        MainViewModel vm = app.viewModel();
        robot.interact(() -> vm.controls().steps.textProperty().set("2"));
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#steps-message").queryLabeled().getText()).isEqualTo("steps must be between 3 and 10000");
        robot.interact(() -> vm.controls().steps.textProperty().set("30"));
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aRunThatCannotStartShowsTheReasonAndTheAppStaysUsable() throws Exception {
        MainViewModel vm = app.viewModel();
        robot.interact(() -> vm.controls().datasetProperty().set("mnist"));
        robot.clickOn("#start");
        waitFor("error shown", () -> !vm.run().errorMessageProperty().get().isEmpty());
        assertThat(robot.lookup("#error").queryLabeled().getText()).contains("data set folder not found");
        WaitForAsyncUtils.waitForFxEvents();
        // the error sits below the controls and never squeezes them: every button shows its whole text
        javafx.scene.control.Labeled error = robot.lookup("#error").queryLabeled();
        for (String id : List.of("#start", "#pause", "#step", "#stop")) {
            javafx.scene.control.Button b = robot.lookup(id).queryButton();
            assertThat(b.getWidth()).as(id).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
            assertThat(error.localToScene(error.getBoundsInLocal()).getMinY()).as("error below " + id)
                    .isGreaterThanOrEqualTo(b.localToScene(b.getBoundsInLocal()).getMaxY());
        }
        assertThat(robot.lookup("#prepare-dataset").queryButton().isVisible())
                .isEqualTo(org.deepfreq.data.DatasetPreparer.hasOfflineSource("mnist"));
        robot.interact(() -> app.view().exportFigure(app.view(), "missing data set", Path.of("target",
                "ui-missing-dataset.png"), 1));
        robot.interact(() -> vm.controls().datasetProperty().set("cos3x+cos5x"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
    }

    /** Starts the preset for three epochs and waits until it completed and every chart shows it. */
    private void runThreeEpochs(MainViewModel vm) throws TimeoutException {
        robot.interact(() -> vm.controls().epochs.textProperty().set("3"));
        robot.clickOn("#start");
        waitFor("finished", () -> vm.run().statusProperty().get() == RunStatus.COMPLETED);
        waitFor("charts caught up", () -> !vm.charts().hasPending());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRunWhoseProcessDiedOpensAsFailedAndStartStaysUsable() throws Exception {
        MainViewModel vm = app.viewModel();
        java.nio.file.Path dir = home.resolve("runs").resolve("killed-run");
        org.deepfreq.results.RunFolderWriter w = new org.deepfreq.results.RunFolderWriter(
                new org.deepfreq.results.RunFolder(dir), vm.controls().toConfig(), org.deepfreq.results.Provenance.UNKNOWN, List.of());
        w.epochFinished(new EpochResult(0, 1e-3, 1.0, Double.NaN, Double.NaN, 0, 0, List.of()), null);
        w.onEvent(new org.deepfreq.experiment.RunEvent.StatusChanged(RunStatus.RUNNING, "started"));
        robot.interact(() -> vm.runs().refresh());
        waitFor("listed", () -> vm.runs().runs().stream().anyMatch(r -> r.name().equals("killed-run")));
        robot.interact(() -> vm.runs().open(vm.runs().runs().stream().filter(r -> r.name().equals("killed-run"))
                .findFirst().orElseThrow()));
        waitFor("opened", () -> vm.run().statusProperty().get() == RunStatus.FAILED);
        assertThat(vm.run().errorMessageProperty().get()).startsWith("interrupted: the process ended while the run "
                + "was running; 0 finished epoch(s) kept; continue it with ./deepfreq train --resume");
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
    }

    @Test
    void exportsTheDashboardAsANonBlankPngAtTheRequestedScale(@TempDir Path out) throws Exception {
        MainViewModel vm = app.viewModel();
        runThreeEpochs(vm);
        Path png = out.resolve("dash.png");
        double[] size = new double[2];
        robot.interact(() -> {
            size[0] = app.view().getWidth();
            size[1] = app.view().getHeight();
            app.view().exportFigure(app.view(), "test", png, 2);
        });
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThanOrEqualTo((int) (2 * size[0]));
        assertThat(img.getHeight()).isGreaterThan((int) (2 * size[1]));
        assertThat(PixelVariance.of(img)).isGreaterThan(100);
    }

    @Test
    void aFinishedRunReopensFromTheRunsWindowAsItWasSeenLiveAndCompares() throws Exception {
        // the tests share one home folder: runs other tests left there would be listed too, and this test reopens and
        // compares the one run it makes
        deleteRunsOfOtherTests();
        MainViewModel vm = app.viewModel();
        runThreeEpochs(vm);
        List<EpochResult> live = vm.charts().epochs();
        String deepest = vm.charts().splits().get(vm.charts().splits().size() - 1);
        DataSet liveCurve = app.view().rdfChart(deepest).getDatasets().get(3);
        double[] liveY = liveCurve.getValues(DataSet.DIM_Y).clone();
        assertThat(vm.charts().hasFitProperty().get()).isTrue();
        assertThat(vm.charts().data(FitChart.DESCRIPTION).dataSets().get(1).getName())
                .isEqualTo("network output, epoch 3");
        assertThat(vm.charts().data(FitChart.DESCRIPTION).dataSets().get(1).getDataCount()).isEqualTo(400);
        assertThat(vm.charts().data(SpectrumChart.DESCRIPTION).dataSets().get(0).getDataCount())
                .isEqualTo(SpectrumChart.FREQUENCIES);
        double liveOutput = vm.charts().data(FitChart.DESCRIPTION).dataSets().get(1).get(DataSet.DIM_Y, 123);
        robot.interact(() -> vm.controls().width.textProperty().set("7"));

        robot.interact(() -> RunsView.show(app.view().getScene().getWindow(), vm.runs(), vm.classroomProperty()));
        waitFor("runs listed", () -> vm.runs().runs().size() == 1);
        robot.interact(() -> robot.lookup("#runs-table").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#runs-open");
        waitFor("opened", () -> vm.run().statusTextProperty().get().endsWith("(opened from its folder)"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.controls().width.textProperty().get()).isEqualTo("50"); // the run's settings are back
        assertThat(vm.charts().epochs()).extracting(EpochResult::epoch)
                .containsExactlyElementsOf(live.stream().map(EpochResult::epoch).toList());
        for (int i = 0; i < live.size(); i++) {
            assertThat(vm.charts().epochs().get(i).trainLoss()).as("epoch %d loss", i)
                    .isCloseTo(live.get(i).trainLoss(), within(1e-6 * Math.max(1, live.get(i).trainLoss())));
        }
        assertThat(vm.run().statusProperty().get()).isEqualTo(RunStatus.COMPLETED);
        assertThat(vm.charts().data(FitChart.DESCRIPTION).dataSets().get(1).get(DataSet.DIM_Y, 123)).isCloseTo(liveOutput, within(1e-6));
        DataSet reopened = app.view().rdfChart(deepest).getDatasets().get(3);
        assertThat(reopened.getName()).isEqualTo(liveCurve.getName());
        for (int k = 0; k < liveY.length; k++) {
            assertThat(reopened.get(DataSet.DIM_Y, k)).isCloseTo(liveY[k], within(1e-5));
        }

        robot.clickOn("#runs-compare");
        waitFor("compared", () -> vm.runs().comparison().rdfCurves().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.runs().comparison().splitProperty().get()).isEqualTo(deepest);
        assertThat(vm.runs().comparison().rdfCurves().get(0).getDataCount()).isEqualTo(liveY.length);
        robot.interact(() -> robot.lookup("#compare-epoch").queryAs(javafx.scene.control.Slider.class).setValue(1));
        assertThat(vm.runs().comparison().rdfCurves().get(0).getName()).endsWith("epoch 1");
        javafx.scene.Node runsView = robot.lookup("#runs-view").query();
        assertThat(runsView.getStyleClass()).doesNotContain("classroom");
        robot.interact(() -> vm.classroomProperty().set(true));
        assertThat(runsView.getStyleClass()).contains("classroom"); // the runs window follows classroom mode
        robot.interact(() -> vm.classroomProperty().set(false));
        robot.interact(() -> ((javafx.stage.Stage) runsView.getScene().getWindow()).close());
    }

    @Test
    void aFormulaTypedIntoTheDataSetBoxIsCheckedAsTypedWithOneLine() {
        javafx.scene.control.ComboBox<String> box = robot.lookup("#dataset").queryComboBox();
        robot.interact(() -> box.getEditor().clear());
        robot.clickOn(box.getEditor()).write("expr:sin(y)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dataset-message").queryLabeled().getText()).isEqualTo("cannot read the expression "
                + "'sin(y)': unknown name 'y' at position 5 (the variable is x; constants pi and e); write a formula of "
                + "x, e.g. sin(x)+2*sin(3x)+3*sin(5x)");
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isTrue();
        robot.interact(() -> app.view().exportFigure(box.getParent().getParent(), "data-set box", Path.of("target",
                "ui-dataset-formula-error.png"), 1)); // to look at

        robot.interact(() -> box.getEditor().setText("expr:sin(x)+2*sin(3x)+3*sin(5x);x=-5..5;n=101"));
        assertThat(robot.lookup("#dataset-message").queryLabeled().isVisible()).isFalse();
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
        assertThat(app.viewModel().controls().toConfig().dataset())
                .isEqualTo("expr:sin(x)+2*sin(3x)+3*sin(5x);x=-5..5;n=101");

        robot.interact(() -> box.getEditor().setText("expr:log(x)"));
        assertThat(robot.lookup("#dataset-message").queryLabeled().getText()).contains("log(x) is not a finite number");
        robot.interact(() -> box.getEditor().setText("nope"));
        assertThat(robot.lookup("#dataset-message").queryLabeled().getText()).startsWith("unknown data set 'nope'");
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isTrue();
    }

    @Test
    void openedDataIsOfferedInTheDataSetBoxAndARunTrainsOnIt(@TempDir Path dir) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            double x = -2 + 4.0 * i / 39;
            rows.append(String.format(java.util.Locale.ROOT, "%.5f,%.5f%n", x, Math.cos(2 * x)));
        }
        Path xy = java.nio.file.Files.writeString(dir.resolve("own.csv"), rows);
        MainViewModel vm = app.viewModel();
        // the call File → Open data… and a drop make once the files are chosen
        javafx.stage.Stage[] filter = new javafx.stage.Stage[1];
        robot.interact(() -> filter[0] = DataDrop.openOrExplain(List.of(xy), app.view().getScene().getWindow(),
                vm.controls()::offerOwnData));
        assertThat(filter[0]).as("the filter view opened").isNotNull();
        robot.interact(filter[0]::close);
        javafx.scene.control.ComboBox<String> box = robot.lookup("#dataset").queryComboBox();
        String name = "file:" + xy.toAbsolutePath();
        assertThat(box.getItems().get(0)).isEqualTo(name);
        robot.interact(box::show);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.view().exportFigure(app.view(), "opened data offered", Path.of("target",
                "ui-dataset-offered.png"), 1)); // to look at
        robot.interact(box::hide);

        robot.interact(() -> {
            box.getSelectionModel().select(0);
            vm.controls().depth.textProperty().set("1");
            vm.controls().trainSize.textProperty().set("40");
            vm.controls().validationSize.textProperty().set("0");
            vm.controls().samples.textProperty().set("40");
            vm.controls().epochs.textProperty().set("2");
        });
        assertThat(vm.controls().datasetProperty().get()).isEqualTo(name);
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> vm.run().statusProperty().get() == RunStatus.COMPLETED);
        com.fasterxml.jackson.databind.JsonNode config = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(vm.run().folder().config().toFile()).get("config");
        assertThat(config.get("dataset").asText()).isEqualTo(name);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(config.get("dataFiles").get(0).get("sha256").asText())
                .isEqualTo(java.util.HexFormat.of().formatHex(digest));
        assertThat(vm.charts().epochs()).hasSize(3);
    }
}
