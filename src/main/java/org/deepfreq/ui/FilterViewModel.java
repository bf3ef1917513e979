package org.deepfreq.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
 * The filter view's state: points X and targets Y (1-D or 2-D inputs: a run's input split or the user's own data), the
 * LFR and RDF of Y over X on a log grid over the data's automatic 1/δ range, and the target split by the low-pass filter
 * at the chosen 1/δ into its low- and high-frequency parts ({@link LowPassFilter}): curves over x for 1-D points, heat
 * maps over the plane for 2-D ones ({@link PointRaster}). The filter runs on one daemon thread at a lower priority than
 * the FX thread, latest wins: while it computes, moving the slider only replaces the value it computes next, so the FX
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
    /** 2-D inputs: the target and its parts on the cells of {@link #raster}. */
    final CellCentredGrid targetMap = new CellCentredGrid("target y");
    final CellCentredGrid lowMap = new CellCentredGrid("low-frequency part y_low");
    final CellCentredGrid highMap = new CellCentredGrid("high-frequency part y − y_low");
    /** 2-D inputs: the cells, found on the worker before the first filter (nearest points take a while for large N). */
    private volatile PointRaster raster;
    /** The last computed y_low, one row per point (tests). */
    private volatile FloatMatrix lastLow;

    FilterViewModel(PointsAndTargets data, boolean normalize, Distance distance) {
        if (data.x().cols() != 1 && data.x().cols() != 2) {
            throw new IllegalArgumentException(data.name() + " has " + data.x().cols() + "-dimensional points: the "
                    + "filter view draws 1-D and 2-D inputs (use ./deepfreq filter for any dimension)");
        }
        this.data = data;
        this.normalize = normalize;
        this.distance = distance;
        AutoRange range = AutoRange.of(data.x(), normalize, distance);
        grid = new InverseDeltaGrid(range.min(), range.max(), GRID_STEPS, GridKind.LOG);
        FloatMatrix x = data.x();
        order = IntStream.range(0, x.rows()).boxed().sorted(Comparator.comparingDouble(i -> x.get(i, 0)))
                .mapToInt(Integer::intValue).toArray();
        invDelta.set(Math.sqrt(grid.min() * grid.max()));
        worker.submit(BackgroundPriority::lowerCallingThread); // the FX thread draws while it computes
        if (dimensions() == 1) {
            target.set(sorted(x), sorted(data.y()));
        } else {
            for (CellCentredGrid map : List.of(targetMap, lowMap, highMap)) {
                map.set(false, new double[][] {{0, 1}, {0, 1}}, new double[4]); // the renderer needs a grid
            }
            worker.submit(() -> {
                raster = PointRaster.of(x);
                draw(targetMap, data.y());
            });
        }
        worker.submit(this::measure);
        invDelta.addListener((obs, was, now) -> request(now.doubleValue()));
        request(invDelta.get());
    }

    /** 1 or 2: how the parts are drawn, as curves or as heat maps. */
    int dimensions() {
        return data.x().cols();
    }

    /** The smallest and largest target value (column 0): y_low, a weighted mean of targets, stays within them. */
    double[] targetRange() {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < data.y().rows(); i++) {
            range[0] = Math.min(range[0], data.y().get(i, 0));
            range[1] = Math.max(range[1], data.y().get(i, 0));
        }
        return range;
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
            lastLow = parts.low();
            if (dimensions() == 1) {
                double[] xs = sorted(data.x());
                double[] lows = sorted(parts.low());
                double[] highs = sorted(parts.high());
                low.lock().writeLockGuard(() -> low.set(xs, lows));
                high.lock().writeLockGuard(() -> high.set(xs, highs));
            } else {
                draw(lowMap, parts.low());
                draw(highMap, parts.high());
            }
            Platform.runLater(() -> shown.set(s));
        } catch (RuntimeException e) {
            Platform.runLater(() -> status.set("filter failed: " + e.getMessage()));
        }
    }

    /** Column 0 of per-point values on the raster's cells (2-D; worker thread). */
    private void draw(CellCentredGrid map, FloatMatrix values) {
        PointRaster r = raster;
        double[][] cells = {r.xs(), r.ys()};
        double[] z = r.cells(values, 0);
        map.lock().writeLockGuard(() -> {
            map.set(false, cells, z);
            for (int dim = 0; dim < 3; dim++) {
                map.recomputeLimits(dim); // the heat map ranges its axes from these limits
            }
        });
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

    /** The last computed y_low at each point, in the data's order (null before the first), for tests. */
    double[] lowAtPoints() {
        FloatMatrix l = lastLow;
        if (l == null) {
            return null;
        }
        double[] v = new double[l.rows()];
        for (int i = 0; i < v.length; i++) {
            v[i] = l.get(i, 0);
        }
        return v;
    }

    /** The raster of 2-D points once found, else null. */
    PointRaster raster() {
        return raster;
    }
}
