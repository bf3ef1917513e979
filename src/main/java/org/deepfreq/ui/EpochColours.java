package org.deepfreq.ui;

import java.util.Locale;

/**
 * Colours of the RDF curves: from early (dark violet) to late (green-yellow) epochs along viridis
 * ({@link ColourMaps}), the newest drawn thicker, as ChartFX data-set CSS ({@code -fx-line-color},
 * {@code -fx-line-width}; ChartFX 11.3 ignores the {@code -fx-stroke} keys).
 */
final class EpochColours {

    /** Styles of older curves by t rounded to 1/1000 (each redraw restyles every shown curve: format once). */
    private static final String[] OLDER = new String[1001];

    private EpochColours() {
    }

    /** Style of a curve at position t in [0, 1] between the first and the newest epoch. */
    static String style(double t, boolean newest) {
        if (newest) {
            return format(t, true);
        }
        int i = (int) Math.round(Math.max(0, Math.min(1, t)) * (OLDER.length - 1));
        String s = OLDER[i];
        if (s == null) {
            s = format(i / (double) (OLDER.length - 1), false);
            OLDER[i] = s;
        }
        return s;
    }

    private static String format(double t, boolean newest) {
        javafx.scene.paint.Color c = ColourMaps.viridis(t * ColourMaps.LINE_END);
        return String.format(Locale.ROOT, "-fx-line-color: rgb(%d,%d,%d); -fx-line-width: %.1f;",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255),
                newest ? 3.0 : 1.2);
    }
}
