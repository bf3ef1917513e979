package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.fair_acc.chartfx.renderer.spi.utils.DashPatternStyle;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A grid pattern ChartFX cached stays cached through garbage collections once {@link GridPatterns#keep} has run; one
 * it cached afterwards is dropped by the next collection (the ChartFX behaviour this works around).
 */
class GridPatternsTest extends FxWindowTest {

    @Test
    void keptGridPatternsSurviveCollectionsAndOthersDoNot() throws InterruptedException {
        int[] before = new int[1];
        robot.interact(() -> {
            GridPatterns.keep(); // whatever earlier tests drew stays out of the count
            before[0] = GridPatterns.cached();
            drawGridLine(Color.rgb(1, 2, 3));
            GridPatterns.keep();
            drawGridLine(Color.rgb(4, 5, 6));
        });
        assertThat(before[0]).as("ChartFX's pattern cache is reachable").isGreaterThanOrEqualTo(0);
        int[] after = new int[1];
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(20);
            robot.interact(() -> after[0] = GridPatterns.cached());
            if (after[0] == before[0] + 1) {
                break;
            }
        }
        assertThat(after[0]).as("patterns cached after collections").isEqualTo(before[0] + 1);
    }

    private static void drawGridLine(Color colour) {
        GraphicsContext gc = new Canvas(100, 20).getGraphicsContext2D();
        gc.setStroke(colour);
        gc.setLineWidth(1);
        DashPatternStyle.strokeDashedLine(gc, 0, 10.5, 100, 10.5);
    }
}
