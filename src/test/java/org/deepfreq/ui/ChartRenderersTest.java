package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;

/**
 * Every curve renderer of the catalogue's charts computes its screen coordinates in the FX thread's pulse instead of
 * handing each data set to ChartFX's pool and waiting for it (on busy cores that hand-over kept pulses long).
 */
class ChartRenderersTest extends FxWindowTest {

    @Test
    void curveRenderersOfEveryCatalogueChartAreSerial() {
        List<ErrorDataSetRenderer> renderers = new ArrayList<>();
        robot.interact(() -> {
            for (ChartDescription d : ChartCatalogue.all()) {
                XYChart chart = d.newChart(d.titleFor("h1"), d.newData("h1"));
                Charts.markerRenderer(chart);
                for (Renderer r : chart.getRenderers()) {
                    if (r instanceof ErrorDataSetRenderer e) {
                        renderers.add(e);
                    }
                }
            }
        });

        assertThat(renderers).hasSizeGreaterThan(ChartCatalogue.all().size());
        assertThat(renderers).allSatisfy(r -> assertThat(r.isParallelImplementation()).isFalse());
    }
}
