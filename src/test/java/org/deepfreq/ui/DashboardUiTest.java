package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import org.deepfreq.experiment.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
        WaitForAsyncUtils.waitForFxEvents();

        int epochs = vm.charts().epochs().size();
        assertThat(vm.charts().splits()).containsExactly("input", "h1", "h2", "h3");
        for (String split : vm.charts().splits()) {
            XYChart chart = app.view().rdfChart(split);
            assertThat(chart).as("chart for %s", split).isNotNull();
            assertThat(chart.getDatasets()).hasSize(Math.min(epochs, ChartsModel.MAX_CURVES));
            for (DataSet ds : chart.getDatasets()) {
                assertThat(ds.getDataCount()).isEqualTo(75);
                for (int i = 0; i < ds.getDataCount(); i++) {
                    assertThat(ds.get(DataSet.DIM_Y, i)).isFinite().isBetween(-1.0, 1.0);
                }
            }
        }
        assertThat(vm.charts().trainLoss().getDataCount()).isEqualTo(epochs);

        robot.clickOn("#step");
        waitFor("one more epoch", () -> vm.charts().epochs().size() == epochs + 1
                && vm.run().statusProperty().get() == RunStatus.PAUSED);
        robot.clickOn("#stop");
        waitFor("cancelled", () -> vm.run().statusProperty().get() == RunStatus.CANCELLED);
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
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
        robot.interact(() -> vm.controls().datasetProperty().set("cos3x+cos5x"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
    }

    @Test
    void exportsTheDashboardAsANonBlankPngAtTheRequestedScale(@TempDir Path out) throws Exception {
        MainViewModel vm = app.viewModel();
        robot.interact(() -> vm.controls().epochs.textProperty().set("3"));
        robot.clickOn("#start");
        waitFor("finished", () -> vm.run().statusProperty().get() == RunStatus.COMPLETED);
        WaitForAsyncUtils.waitForFxEvents();
        Path png = out.resolve("dash.png");
        double[] size = new double[2];
        robot.interact(() -> {
            size[0] = app.view().getWidth();
            size[1] = app.view().getHeight();
            app.view().exportPng(app.view(), "test", png, 2);
        });
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThanOrEqualTo((int) (2 * size[0]));
        assertThat(img.getHeight()).isGreaterThan((int) (2 * size[1]));
        assertThat(variance(img)).isGreaterThan(100);
    }

    private static double variance(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                int rgb = img.getRGB(x, y);
                double g = ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3.0;
                sum += g;
                sq += g * g;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }
}
