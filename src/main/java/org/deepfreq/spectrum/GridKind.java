package org.deepfreq.spectrum;

import java.util.Locale;

/** How the points of a 1/δ grid are spaced between its two ends (docs/design.md section 1, items 6 and 8). */
public enum GridKind {
    /** {@code s_k = A + k·(B − A)/(K − 1)}. */
    UNIFORM,
    /** {@code s_k = A·(B/A)^(k/(K − 1))}: the same number of points per decade. */
    LOG;

    /** "uniform" or "log" (any case). */
    public static GridKind parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "uniform" -> UNIFORM;
            case "log" -> LOG;
            default -> throw new IllegalArgumentException("grid '" + text + "' is not one of uniform, log");
        };
    }

    /** "uniform" or "log". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
