package org.deepfreq.ui;

import java.util.Locale;

/**
 * Colours of the RDF curves: from early (dark violet) to late (green-yellow) epochs along viridis
 * ({@link ColourMaps}), the newest drawn thicker, as ChartFX data-set CSS ({@code -fx-line-color},
 * {@code -fx-line-width}; ChartFX 11.3 ignores the {@code -fx-stroke} keys).
 */
final class EpochColours {

    private EpochColours() {
    }

    /** Style of a curve at position t in [0, 1] between the first and the newest epoch. */
    static String style(double t, boolean newest) {
        javafx.scene.paint.Color c = ColourMaps.viridis(t * ColourMaps.LINE_END);
        return String.format(Locale.ROOT, "-fx-line-color: rgb(%d,%d,%d); -fx-line-width: %.1f;",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255),
                newest ? 3.0 : 1.2);
    }
}
