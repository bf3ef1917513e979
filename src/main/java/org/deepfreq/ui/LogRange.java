package org.deepfreq.ui;

import java.math.BigDecimal;
import java.math.MathContext;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.StringProperty;

/**
 * A range slider's two thumbs on a log10 scale, kept in step with two numeric text fields (the 1/δ min and max):
 * moving a thumb writes the field with three significant digits, typing a positive number moves the thumb.
 * Text that is not a positive number leaves the thumb where it is (the field shows its own message).
 */
public final class LogRange {

    /** log10 of the smallest and largest value the slider offers: 1/δ from 0.001 to 10,000. */
    public static final double MIN_EXPONENT = -3;
    public static final double MAX_EXPONENT = 4;

    private final DoubleProperty low = new SimpleDoubleProperty(MIN_EXPONENT);
    private final DoubleProperty high = new SimpleDoubleProperty(MAX_EXPONENT);
    private boolean syncing;

    public LogRange(StringProperty lowText, StringProperty highText) {
        link(low, lowText);
        link(high, highText);
    }

    private void link(DoubleProperty exponent, StringProperty text) {
        fromText(exponent, text.get());
        text.addListener((obs, o, n) -> fromText(exponent, n));
        exponent.addListener((obs, o, n) -> {
            if (!syncing) {
                syncing = true;
                try {
                    text.set(significant(Math.pow(10, n.doubleValue()), 3));
                } finally {
                    syncing = false;
                }
            }
        });
    }

    private void fromText(DoubleProperty exponent, String text) {
        if (syncing || text == null) {
            return;
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (v > 0 && Double.isFinite(v)) {
                syncing = true;
                try {
                    exponent.set(Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, Math.log10(v))));
                } finally {
                    syncing = false;
                }
            }
        } catch (NumberFormatException e) {
            // not a number yet: the field's validation message says so
        }
    }

    /** {@code value} rounded to {@code digits} significant digits, in plain notation: 0.0123, 600, 10000. */
    static String significant(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** log10 of the lower value. */
    public DoubleProperty lowProperty() {
        return low;
    }

    /** log10 of the upper value. */
    public DoubleProperty highProperty() {
        return high;
    }
}
