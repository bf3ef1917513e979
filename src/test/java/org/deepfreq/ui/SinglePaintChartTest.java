package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * A chart whose curve gets new data and a new style (as every epoch restyles the RDF curves) redraws its canvas once,
 * where ChartFX's own chart redraws it a second time one pulse later.
 */
class SinglePaintChartTest extends FxWindowTest {

    @Test
    void newDataWithANewStyleIsDrawnOnce() {
        AtomicInteger single = new AtomicInteger();
        AtomicInteger plain = new AtomicInteger();
        DoubleDataSet a = new DoubleDataSet("a");
        DoubleDataSet b = new DoubleDataSet("b");
        robot.interact(() -> {
            XYChart s = new SinglePaintChart(new DefaultNumericAxis(), new DefaultNumericAxis()) {
                @Override
                protected void redrawCanvas() {
                    single.incrementAndGet();
                    super.redrawCanvas();
                }
            };
            XYChart p = new XYChart(new DefaultNumericAxis(), new DefaultNumericAxis()) {
                @Override
                protected void redrawCanvas() {
                    plain.incrementAndGet();
                    super.redrawCanvas();
                }
            };
            s.getDatasets().add(a);
            p.getDatasets().add(b);
            stage = new Stage();
            stage.setScene(new Scene(new HBox(s, p), 800, 300));
            stage.show();
        });
        settle();
        for (int round = 1; round <= 3; round++) {
            double[] x = {0, 1, 2, 3};
            double[] y = {round, 2 * round, round, 0};
            String style = EpochColours.style(round / 3.0, round == 3);
            robot.interact(() -> {
                single.set(0);
                plain.set(0);
                a.set(x, y);
                a.setStyle(style);
                b.set(x, y);
                b.setStyle(style);
            });
            settle();
            assertThat(plain.get()).as("ChartFX's chart, round %d", round).isEqualTo(2);
            assertThat(single.get()).as("round %d", round).isEqualTo(1);
        }
    }

    /** Lets the pulses that follow a change run (a second redraw came one pulse after the first). */
    private static void settle() {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
