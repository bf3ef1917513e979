package org.deepfreq.ui;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.fair_acc.chartfx.renderer.spi.utils.DashPatternStyle;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Keeps the patterns ChartFX draws chart grids with. ChartFX (11.3, and its current sources) renders each combination
 * of grid-line colour, width, orientation and dashes once into an image pattern, by a snapshot that makes the FX thread
 * wait for the render thread, and caches it in a {@code WeakHashMap} whose key is a freshly boxed {@code Integer}
 * nothing else holds: every garbage collection empties that cache, and the next paint of each chart takes the
 * snapshots again. While a run trains, and the collector runs often, those were the longest FX pulses
 * (docs/performance.md). Holding the keys keeps the entries. FX thread only, as ChartFX's use of the cache; where the
 * cache cannot be reached (another ChartFX) nothing happens.
 */
final class GridPatterns {

    /** More than any dashboard draws (a few colours and widths, two orientations): beyond it, keep none. */
    private static final int MAX_KEPT = 256;
    private static final Map<?, ?> CACHE = cache();
    private static final Set<Object> KEPT = Collections.newSetFromMap(new IdentityHashMap<>());
    private static final AtomicBoolean WATCHING = new AtomicBoolean();

    private GridPatterns() {
    }

    /**
     * From now on holds new patterns at every FX pulse (the grids a pulse drew, at the next one), for every chart of the
     * process: {@link Charts} calls it for each chart it makes. Starts one animation timer, once; any thread.
     */
    static void watch() {
        if (!WATCHING.compareAndSet(false, true)) {
            return;
        }
        AnimationTimer everyPulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                keep();
            }
        };
        if (Platform.isFxApplicationThread()) {
            everyPulse.start();
            return;
        }
        try {
            Platform.runLater(everyPulse::start);
        } catch (IllegalStateException noToolkit) {
            WATCHING.set(false); // nothing draws without the toolkit; a later chart tries again
        }
    }

    /** Holds the keys of every pattern cached so far; cheap when nothing new was cached (every pulse: {@link #watch}). */
    static void keep() {
        if (CACHE == null || CACHE.size() == KEPT.size()) {
            return; // kept keys never leave the cache, so equal sizes mean every key is kept
        }
        if (CACHE.size() > MAX_KEPT) {
            KEPT.clear(); // something draws grids without end: leave the cache to ChartFX, as it is without this class
            return;
        }
        KEPT.addAll(CACHE.keySet());
    }

    /** The number of patterns ChartFX has cached, or -1 where the cache cannot be reached. */
    static int cached() {
        return CACHE == null ? -1 : CACHE.size();
    }

    /** A copy of the keys ChartFX's cache holds now (empty where it cannot be reached), which holds them meanwhile. */
    static List<Object> cachedKeys() {
        return CACHE == null ? List.of() : new ArrayList<>(CACHE.keySet());
    }

    private static Map<?, ?> cache() {
        try {
            Field f = DashPatternStyle.class.getDeclaredField("dashHashMap");
            f.setAccessible(true);
            return f.get(null) instanceof Map<?, ?> m ? m : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
