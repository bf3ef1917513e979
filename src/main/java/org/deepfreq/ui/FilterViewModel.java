package org.deepfreq.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.PointsAndTargets;
import org.deepfreq.experiment.RunService;
import org.deepfreq.spectrum.AutoRange;
import org.deepfreq.spectrum.Distance;
import org.deepfreq.spectrum.GridKind;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.LowPassFilter;
import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.spectrum.RdfRequest;
import org.deepfreq.spectrum.RdfResult;

import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The filter view's state: points X and targets Y (a 1-D input: a run's input split or the user's own data), the LFR
 * and RDF of Y over X on a log grid over the data's automatic 1/δ range, and the target split by the low-pass filter
 * at the chosen 1/δ into its low- and high-frequency parts ({@link LowPassFilter}). The filter runs on one daemon
 * thread, latest wins: while it computes, moving the slider only replaces the value it computes next, so the FX
 * thread never waits and stale values are skipped. The data sets are written under their ChartFX write locks.
 */
final class FilterViewModel {

    /** Points of the LFR/RDF grid. */
    static final int GRID_STEPS = 80;
    /**
     * Shortest time between two filter computations while the slider moves: the rest of the time (and a core) stays
     * with the FX thread, which redraws the parts in the meantime.
     */
    static final long MIN_INTERVAL_NANOS = 30_000_000L;

    private final PointsAndTargets data;
    private final boolean normalize;
    private final Distance distance;
    private final InverseDeltaGrid grid;
    private final int[] order;
    private final DoubleProperty invDelta = new SimpleDoubleProperty();
    private final ReadOnlyDoubleWrapper shown = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("computing LFR and RDF…");
    private final AtomicReference<Double> next = new AtomicReference<>();
    private final AtomicBoolean working = new AtomicBoolean();
    private final ExecutorService worker = RunService.daemonThread("filter-view");
    private volatile RdfResult rdf;

    final DoubleDataSet target = new DoubleDataSet("target y");
    final DoubleDataSet low = new DoubleDataSet("low-frequency part y_low");
    final DoubleDataSet high = new DoubleDataSet("high-frequency part y − y_low");
    final DoubleDataSet lfrCurve = new DoubleDataSet("LFR");
    final DoubleDataSet rdfCurve = new DoubleDataSet("RDF / max");
    final DoubleDataSet lfrMarker = new DoubleDataSet("1/δ of the filter");
    final DoubleDataSet rdfMarker = new DoubleDataSet("1/δ of the filter");

    FilterViewModel(PointsAndTargets data, boolean normalize, Distance distance) {
        if (data.x().cols() != 1) {
            throw new IllegalArgumentException(data.name() + " has " + data.x().cols() + "-dimensional points: the "
                    + "filter view draws 1-D inputs (use ./deepfreq filter for any dimension)");
        }
        this.data = data;
        this.normalize = normalize;
        this.distance = distance;
        AutoRange range = AutoRange.of(data.x(), normalize, distance);
        grid = new InverseDeltaGrid(range.min(), range.max(), GRID_STEPS, GridKind.LOG);
        FloatMatrix x = data.x();
        order = IntStream.range(0, x.rows()).boxed().sorted(Comparator.comparingDouble(i -> x.get(i, 0)))
                .mapToInt(Integer::intValue).toArray();
        double[] xs = sorted(x);
        double[] ys = sorted(data.y());
        target.set(xs, ys);
        invDelta.set(Math.sqrt(grid.min() * grid.max()));
        worker.submit(this::measure);
        invDelta.addListener((obs, was, now) -> request(now.doubleValue()));
        request(invDelta.get());
    }

    /** The 1/δ of the filter; setting it (FX thread) asks for the parts at that value. */
    DoubleProperty invDeltaProperty() {
        return invDelta;
    }

    /** The 1/δ the low and high parts show now (NaN before the first one is computed). */
    ReadOnlyDoubleProperty shownInvDeltaProperty() {
        return shown.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    InverseDeltaGrid grid() {
        return grid;
    }

    String name() {
        return data.name();
    }

    /** The LFR and RDF once measured, else null. */
    RdfResult rdf() {
        return rdf;
    }

    /** Stops the worker (the window closed). */
    void close() {
        worker.shutdownNow();
    }

    private void request(double s) {
        next.set(s);
        if (working.compareAndSet(false, true)) {
            worker.submit(this::drain);
        }
    }

    /** Computes the newest requested 1/δ until none is left. */
    private void drain() {
        while (true) {
            Double s = next.getAndSet(null);
            if (s == null) {
                working.set(false);
                if (next.get() == null || !working.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            long started = System.nanoTime();
            filter(s);
            long rest = MIN_INTERVAL_NANOS - (System.nanoTime() - started);
            if (rest > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(rest);
            }
        }
    }

    private void measure() {
        try {
            RdfResult r = RdfEngine.withDefaults().compute(new RdfRequest(data.x(), data.y(), grid, normalize,
                    distance));
            rdf = r;
            lfrCurve.lock().writeLockGuard(() -> lfrCurve.set(r.invDelta(), r.lfr()));
            rdfCurve.lock().writeLockGuard(() -> rdfCurve.set(r.invDelta(), r.rdfNormalized()));
            Platform.runLater(() -> status.set(String.format(Locale.ROOT, "%d points · RDF peak at 1/δ = %s",
                    data.x().rows(), LogRange.significant(r.peakInvDelta(), 3))));
        } catch (RuntimeException e) {
            Platform.runLater(() -> status.set("LFR/RDF failed: " + e.getMessage()));
        }
    }

    private void filter(double s) {
        try {
            LowPassFilter.Parts parts = LowPassFilter.apply(data.x(), data.y(), s, normalize, distance, false,
                    () -> false);
            double[] xs = sorted(data.x());
            double[] lows = sorted(parts.low());
            double[] highs = sorted(parts.high());
            low.lock().writeLockGuard(() -> low.set(xs, lows));
            high.lock().writeLockGuard(() -> high.set(xs, highs));
            lfrMarker.lock().writeLockGuard(() -> lfrMarker.set(new double[] {s, s}, new double[] {0, 1}));
            rdfMarker.lock().writeLockGuard(() -> rdfMarker.set(new double[] {s, s}, new double[] {0, 1}));
            Platform.runLater(() -> shown.set(s));
        } catch (RuntimeException e) {
            Platform.runLater(() -> status.set("filter failed: " + e.getMessage()));
        }
    }

    /** The first column of a matrix, in the order of increasing x. */
    private double[] sorted(FloatMatrix m) {
        double[] v = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            v[i] = m.get(order[i], 0);
        }
        return v;
    }

    /** The points as the chart shows them, for tests: y_low in the order of increasing x. */
    double[] lowValues() {
        double[][] copy = new double[1][];
        low.lock().readLockGuard(() -> copy[0] = Arrays.copyOf(low.getValues(1), low.getDataCount()));
        return copy[0];
    }
}
