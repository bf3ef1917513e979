package org.deepfreq.ui;

import io.fair_acc.chartfx.renderer.spi.utils.ColorGradient;
import javafx.scene.paint.Color;
import javafx.scene.paint.Stop;

/**
 * The app's colour map: viridis (van der Walt and Smith, matplotlib's default), perceptually uniform, readable in
 * grey and by the common forms of colour blindness. Epoch colours run along it from early to late, heat maps use
 * all of it. Its nine stops are viridis at 0, 1/8, …, 1; colours between them are interpolated.
 */
final class ColourMaps {

    /** Viridis at 0, 1/8, …, 1. */
    private static final Color[] VIRIDIS = {Color.web("#440154"), Color.web("#472D7B"), Color.web("#3B528B"),
        Color.web("#2C728E"), Color.web("#21908C"), Color.web("#27AD81"), Color.web("#5DC863"), Color.web("#AADC32"),
        Color.web("#FDE725")};
    /** Lines stop short of viridis' last, light yellow stretch, which is too pale on a white plot. */
    static final double LINE_END = 0.85;

    /** The heat-map gradient. */
    static final ColorGradient VIRIDIS_GRADIENT = gradient();

    private ColourMaps() {
    }

    /** Viridis at t in [0, 1] (clamped). */
    static Color viridis(double t) {
        double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) Math.floor(x), VIRIDIS.length - 2);
        return VIRIDIS[i].interpolate(VIRIDIS[i + 1], x - i);
    }

    private static ColorGradient gradient() {
        Stop[] stops = new Stop[VIRIDIS.length];
        for (int i = 0; i < stops.length; i++) {
            stops[i] = new Stop((double) i / (stops.length - 1), VIRIDIS[i]);
        }
        return new ColorGradient("viridis", stops);
    }
}
