package org.deepfreq.ui;

import java.util.Locale;

/**
 * Colours of the RDF curves: from early (blue) to late (red) epochs, the newest drawn thicker, as ChartFX data-set
 * CSS ({@code -fx-line-color}, {@code -fx-line-width}; ChartFX 11.3 ignores the {@code -fx-stroke} keys).
 */
final class EpochColours {

    private EpochColours() {
    }

    /** Style of a curve at position t in [0, 1] between the first and the newest epoch. */
    static String style(double t, boolean newest) {
        int r = (int) Math.round(30 + 200 * t);
        int b = (int) Math.round(230 - 200 * t);
        return String.format(Locale.ROOT, "-fx-line-color: rgb(%d,60,%d); -fx-line-width: %.1f;", r, b,
                newest ? 3.0 : 1.2);
    }
}
