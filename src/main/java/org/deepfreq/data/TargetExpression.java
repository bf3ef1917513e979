package org.deepfreq.data;

import java.util.EmptyStackException;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;
import net.objecthunter.exp4j.tokenizer.UnknownFunctionOrVariableException;

/**
 * A target typed as a formula of {@code x}, read by exp4j: {@code sin(x)+2*sin(3x)+3*sin(5x)}, {@code x^2},
 * {@code exp(-x^2)}. Multiplication may be implicit ({@code 3x}, {@code 2pix} = 2πx, {@code 0.5sin(5x)}); the
 * constants are {@code pi} and {@code e}; the functions are exp4j's (sin, cos, tan, exp, log, sqrt, abs, …). Case is
 * ignored. A formula that cannot be read is refused with one line saying where and why.
 */
public final class TargetExpression {

    private static final String EXAMPLE = "write a formula of x, e.g. sin(x)+2*sin(3x)+3*sin(5x)";

    private final String text;
    private final String lower;

    private TargetExpression(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
    }

    /** The formula, checked: it must read and name no variable other than x. */
    public static TargetExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty expression: " + EXAMPLE);
        }
        TargetExpression e = new TargetExpression(text.trim());
        e.function(); // reads it once, so errors surface here
        return e;
    }

    /** The formula as typed. */
    public String text() {
        return text;
    }

    /**
     * The formula as a function of x. Each call compiles it afresh: the function keeps x as state, so use it on one
     * thread (exp4j's expressions are not thread-safe).
     */
    public DoubleUnaryOperator function() {
        Expression e;
        try {
            e = new ExpressionBuilder(lower).variable("x").build();
        } catch (UnknownFunctionOrVariableException ex) {
            throw refused("unknown name '" + ex.getToken() + "' at position " + (ex.getPosition() + 1)
                    + " (the variable is x; constants pi and e)");
        } catch (IllegalArgumentException | EmptyStackException ex) {
            throw refused(ex.getMessage() == null ? "it does not read as a formula" : reason(ex.getMessage()));
        }
        ValidationResult v = e.validate(false);
        if (!v.isValid()) {
            throw refused(reason(String.join(", ", v.getErrors())));
        }
        return x -> {
            try {
                return e.setVariable("x", x).evaluate();
            } catch (ArithmeticException ex) {
                return Double.NaN; // division by zero: exp4j throws where IEEE arithmetic gives ±∞ or NaN
            }
        };
    }

    /** The value of a formula without x, e.g. {@code -2pi} or {@code 5}; one line when it is not one. */
    public static double constant(String text) {
        try {
            double v = new ExpressionBuilder(text.toLowerCase(Locale.ROOT)).build().evaluate();
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("'" + text + "' is not a finite number");
            }
            return v;
        } catch (IllegalArgumentException | ArithmeticException | EmptyStackException ex) {
            throw new IllegalArgumentException("'" + text + "' is not a number (write e.g. -5, 2.5 or -pi)");
        }
    }

    /** {@code f(x)}; compiles the formula, so for many points use {@link #function()}. */
    public double valueAt(double x) {
        return function().applyAsDouble(x);
    }

    private static String reason(String message) {
        String m = message.lines().findFirst().orElse("").trim();
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.isEmpty() ? "it does not read as a formula" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private IllegalArgumentException refused(String why) {
        return new IllegalArgumentException("cannot read the expression '" + text + "': " + why + "; " + EXAMPLE);
    }

    @Override
    public String toString() {
        return text;
    }
}
