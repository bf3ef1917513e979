package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.fair_acc.chartfx.renderer.spi.utils.DashPatternStyle;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A grid pattern ChartFX cached stays cached through garbage collections once {@link GridPatterns#keep} has run; one
 * it cached afterwards is dropped by the next collection (the ChartFX behaviour this works around). Once the app has
 * made a chart, the next pulses keep new patterns by themselves.
 */
class GridPatternsTest extends FxWindowTest {

    @Test
    void keptGridPatternsSurviveCollectionsAndOthersDoNot() {
        int[] counts = new int[2];
        // all on the FX thread, so no pulse (and no watching timer) runs between drawing and collecting
        robot.interact(() -> {
            GridPatterns.keep(); // whatever earlier tests drew stays out of the count
            counts[0] = GridPatterns.cached();
            drawGridLine(Color.rgb(1, 2, 3));
            List<Object> drawn = GridPatterns.cachedKeys(); // held until kept: a collection in between would drop it
            GridPatterns.keep();
            drawn.clear();
            drawGridLine(Color.rgb(4, 5, 6));
            counts[1] = cachedAfterCollections(counts[0] + 1);
        });
        assertThat(counts[0]).as("ChartFX's pattern cache is reachable").isGreaterThanOrEqualTo(0);
        assertThat(counts[1]).as("patterns cached after collections").isEqualTo(counts[0] + 1);
    }

    @Test
    void afterTheFirstChartEveryPulseKeepsTheGridPatternsDrawn() throws InterruptedException {
        int[] counts = new int[2];
        // the test holds the new pattern's key until two pulses have run: a collection before the first of them would
        // drop it (ChartFX then draws it again), which is not what this test is about
        List<List<Object>> held = new ArrayList<>();
        AtomicInteger pulses = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        robot.interact(() -> {
            Charts.lines("any chart", "x", "y", false); // starts the watching timer, before the counter
            GridPatterns.keep();
            counts[0] = GridPatterns.cached();
            drawGridLine(Color.rgb(7, 8, 9));
            held.add(GridPatterns.cachedKeys());
            counter.start();
        });
        for (int waited = 0; pulses.get() < 2 && waited < 10_000; waited += 10) {
            Thread.sleep(10); // pulses run; none of them is asked to keep anything
        }
        robot.interact(counter::stop);
        assertThat(pulses.get()).as("pulses after drawing").isGreaterThanOrEqualTo(2);
        held.clear();
        robot.interact(() -> counts[1] = cachedAfterCollections(counts[0]));
        assertThat(counts[1]).as("patterns cached after collections").isEqualTo(counts[0] + 1);
    }

    /**
     * Collects until the cache holds {@code expected} patterns (at most twenty times); the count then. A collection
     * clears the weak keys, but the JVM's reference-handler thread hands them to the cache's queue afterwards (the
     * cache counts an entry until then): each round waits until the handler has passed a reference of its own that the
     * same collection cleared.
     */
    private static int cachedAfterCollections(int expected) {
        for (int i = 0; i < 20 && GridPatterns.cached() != expected; i++) {
            ReferenceQueue<Object> handled = new ReferenceQueue<>();
            WeakReference<Object> marker = new WeakReference<>(new Object(), handled);
            System.gc();
            try {
                handled.remove(1000);
                Thread.sleep(5); // the handler passes the rest of the same batch
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Reference.reachabilityFence(marker);
        }
        return GridPatterns.cached();
    }

    private static void drawGridLine(Color colour) {
        GraphicsContext gc = new Canvas(100, 20).getGraphicsContext2D();
        gc.setStroke(colour);
        gc.setLineWidth(1);
        DashPatternStyle.strokeDashedLine(gc, 0, 10.5, 100, 10.5);
    }
}
