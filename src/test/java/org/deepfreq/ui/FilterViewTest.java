package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.PointsAndTargets;
import org.deepfreq.spectrum.Distance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;

/** The filter view, headless: the slider moves the filter smoothly; own data opened from files gets an RDF. */
class FilterViewTest extends FxWindowTest {

    @Test
    void draggingTheSliderChangesTheLowPartAndNoPulseTakesOver50Ms() throws TimeoutException {
        int n = 1000;
        float[] xs = new float[n];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            double v = -1 + 2.0 * i / (n - 1);
            xs[i] = (float) v;
            ys[i] = (float) (Math.sin(Math.PI * v) + Math.sin(10 * Math.PI * v));
        }
        PointsAndTargets data = new PointsAndTargets("two sines", new FloatMatrix(n, 1, xs), new FloatMatrix(n, 1, ys));
        robot.interact(() -> stage = FilterView.show(null, data, false, Distance.SUM));
        FilterView view = (FilterView) stage.getScene().getRoot();
        FilterViewModel vm = view.viewModel();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.rdf() != null
                && vm.shownInvDeltaProperty().get() == vm.invDeltaProperty().get());
        double[] before = vm.lowValues();
        double startInvDelta = vm.invDeltaProperty().get();

        PulseStatistics pulses = new PulseStatistics();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.pulse(now);
            }
        };
        robot.interact(timer::start);
        Node thumb = view.slider().lookup(".thumb");
        robot.drag(thumb, MouseButton.PRIMARY);
        for (int step = 0; step < 12; step++) {
            robot.moveBy(15, 0);
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> vm.shownInvDeltaProperty().get() == vm.invDeltaProperty().get());
        robot.interact(timer::stop);

        assertThat(vm.invDeltaProperty().get()).as("dragging right raises 1/δ").isGreaterThan(startInvDelta * 2);
        double[] after = vm.lowValues();
        double change = 0;
        for (int i = 0; i < n; i++) {
            change = Math.max(change, Math.abs(after[i] - before[i]));
        }
        assertThat(change).as("largest change of y_low").isGreaterThan(0.1);
        assertThat(pulses.gaps()).as("pulses while dragging").isGreaterThan(10);
        System.out.println("filter view, dragging at N = 1000: " + pulses.summary()
                + " (load average " + loadAverage() + ")");
        // the FX thread never waits for the filter: setting 1/δ while computations run returns at once ...
        // (a set that waited for the computation would take at least one filter's time, several ms)
        double[] setMillis = new double[41];
        robot.interact(() -> {
            for (int i = 0; i < setMillis.length; i++) {
                long t0 = System.nanoTime();
                vm.invDeltaProperty().set(startInvDelta * (1 + i));
                setMillis[i] = (System.nanoTime() - t0) / 1e6;
            }
        });
        java.util.Arrays.sort(setMillis);
        assertThat(setMillis[setMillis.length / 2]).as("median time to set 1/δ on the FX thread, ms").isLessThan(1);
        // ... and the pulses keep their pace while the parts are redrawn (the longest gap depends on the machine's
        // load: see docs/performance.md)
        assertThat(pulses.percentileMillis(0.5)).as(pulses.summary()).isLessThan(PulseStatistics.SLOW_MILLIS);
    }

    private static String loadAverage() {
        return String.format(java.util.Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    @Test
    void aCsvPairOpenedLikeADropGetsItsLfrAndRdf(@TempDir Path dir) throws Exception {
        // sin(3πx) on 400 points of [−1, 1]: its RDF peaks near 1/δ = 31 (docs/cli.md, rdf's worked example)
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            double v = -1 + 2.0 * i / 399;
            x.append(v).append('\n');
            y.append(Math.sin(3 * Math.PI * v)).append('\n');
        }
        Path xf = Files.writeString(dir.resolve("points-x.csv"), x);
        Path yf = Files.writeString(dir.resolve("targets-y.csv"), y);
        robot.interact(() -> stage = DataDrop.open(List.of(yf, xf), null)); // Y first: the names decide
        FilterViewModel vm = ((FilterView) stage.getScene().getRoot()).viewModel();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.rdf() != null);
        assertThat(vm.name()).isEqualTo("points-x.csv → targets-y.csv");
        assertThat(vm.rdf().invDelta()).hasSize(FilterViewModel.GRID_STEPS);
        assertThat(vm.rdf().peakInvDelta()).isBetween(22.0, 42.0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.rdfCurve.getDataCount() == FilterViewModel.GRID_STEPS);
    }
}
