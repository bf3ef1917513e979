package org.deepfreq.ui;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text field's value and its validation message (empty when valid), recomputed as the user types.
 *
 * @param <T> the parsed value type
 */
public final class FieldValidation<T> {

    private final StringProperty text = new SimpleStringProperty("");
    private final StringBinding message;
    private final Function<String, T> parser;

    /** {@code parser} returns the value or throws IllegalArgumentException with the message to show. */
    public FieldValidation(Function<String, T> parser, javafx.beans.Observable... dependencies) {
        this.parser = parser;
        javafx.beans.Observable[] deps = new javafx.beans.Observable[dependencies.length + 1];
        deps[0] = text;
        System.arraycopy(dependencies, 0, deps, 1, dependencies.length);
        this.message = Bindings.createStringBinding(this::validate, deps);
    }

    private String validate() {
        try {
            parser.apply(text.get().trim());
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringBinding messageProperty() {
        return message;
    }

    public boolean isValid() {
        return message.get().isEmpty();
    }

    /** The parsed value; only call when valid. */
    public T value() {
        return parser.apply(text.get().trim());
    }

    static int parseInt(String s, String what, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
        }
        return v;
    }

    static double parseDouble(String s, String what) {
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number");
        }
    }
}
