package org.deepfreq.spectrum;

import java.util.Locale;

/**
 * Which squared distance between points the Gaussian kernel uses (docs/design.md section 1, item 7): {@link #SUM} is
 * {@code ‖x_i − x_j‖²} summed over the d dimensions (the paper's); {@link #MEAN} divides it by d, so splits of
 * different widths share one 1/δ scale. Both apply after the optional per-dimension normalisation.
 */
public enum Distance {
    SUM,
    MEAN;

    /** "sum" or "mean" (any case). */
    public static Distance parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "sum" -> SUM;
            case "mean" -> MEAN;
            default -> throw new IllegalArgumentException("distance '" + text + "' is not one of sum, mean");
        };
    }

    /** "sum" or "mean". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The factor applied to every coordinate so that squared distances come out as this distance: 1 or 1/√d. */
    public double coordinateScale(int dimension) {
        return this == MEAN ? 1 / Math.sqrt(dimension) : 1;
    }
}
