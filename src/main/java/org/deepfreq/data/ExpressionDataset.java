package org.deepfreq.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data set generated from a formula ({@link TargetExpression}), by its name:
 * <ul>
 * <li>{@code expr:F[;x=A..B][;n=N]}: F at N uniform points of [A, B] (default [−π, π] and 1,001 points), one input;
 * <li>{@code expr<d>:F[;x=A..B]}: seeded uniform points of [A, B]^d (default [−π, π]^d) with the target Σ_i F(x_i), as
 * many as the run draws.
 * </ul>
 * A and B may be formulas without x ({@code -pi}, {@code 2pi}). Every target value must be a finite number.
 *
 * @param name   the name it was read from
 * @param target the formula
 * @param dims   input dimensions of a random-point set, 0 for the 1-D grid
 * @param from   the range's lower end
 * @param to     the range's upper end
 * @param points grid points (1-D grid only)
 */
public record ExpressionDataset(String name, TargetExpression target, int dims, double from, double to, int points) {

    /** Points of the 1-D grid when {@code n=} is not given. */
    public static final int DEFAULT_POINTS = 1001;
    private static final int MAX_POINTS = 10_000_000;
    private static final Pattern NAME = Pattern.compile("expr(\\d+)?:(.+)", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile("x=(.+?)\\.\\.(.+)");

    public ExpressionDataset {
        if (!(from < to)) {
            throw new IllegalArgumentException(name + ": the range's lower end must be below its upper end, got x="
                    + from + ".." + to);
        }
    }

    /** The expression data set this name describes, empty when the name is not {@code expr...:}; one line if wrong. */
    public static Optional<ExpressionDataset> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] parts = m.group(2).split(";", -1);
        int dims = 0;
        if (m.group(1) != null) {
            dims = Integer.parseInt(m.group(1));
            if (dims < 1 || dims > 10_000) {
                throw new IllegalArgumentException(name + ": the dimension in expr<d>: must be 1 to 10000, got " + dims);
            }
        }
        TargetExpression f = TargetExpression.parse(parts[0]);
        double from = -Math.PI;
        double to = Math.PI;
        Integer points = null;
        for (int i = 1; i < parts.length; i++) {
            String option = parts[i].replace(" ", "").toLowerCase(Locale.ROOT);
            Matcher r = RANGE.matcher(option);
            if (r.matches()) {
                from = TargetExpression.constant(r.group(1));
                to = TargetExpression.constant(r.group(2));
            } else if (option.startsWith("n=")) {
                if (dims > 0) {
                    throw new IllegalArgumentException(name + ": n= sets the points of the 1-D grid (expr:); expr"
                            + dims + ": draws as many points as train + validation");
                }
                points = points(name, option.substring(2));
            } else {
                throw new IllegalArgumentException(name + ": unknown option '" + parts[i] + "': after the formula use "
                        + ";x=A..B (the range) and ;n=N (grid points), e.g. expr:sin(x)+2*sin(3x);x=-5..5;n=101");
            }
        }
        return Optional.of(new ExpressionDataset(name, f, dims, from, to, points == null ? DEFAULT_POINTS : points));
    }

    private static int points(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 2 && n <= MAX_POINTS) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException(name + ": n must be a whole number of grid points from 2 to " + MAX_POINTS
                + ", got '" + value + "'");
    }

    /** What it holds, for lists. */
    public String description() {
        String range = String.format(Locale.ROOT, "[%s, %s]", fmt(from), fmt(to));
        return dims == 0 ? "1-D regression, " + target + " at " + points + " points of " + range
                : dims + "-D regression, Σ f(x_i) on " + range + "^" + dims;
    }

    /** The grid (1-D), or {@code count} seeded points (d-D); refused with one line where the target is not finite. */
    public LabeledDataset generate(int count, long seed) {
        LabeledDataset data = dims == 0 ? SyntheticTargets.grid(target.text(), points, from, to, target.function())
                : randomPoints(count, seed);
        FloatMatrix y = data.targets();
        for (int i = 0; i < y.rows(); i++) {
            if (!Float.isFinite(y.get(i, 0))) {
                StringBuilder at = new StringBuilder();
                for (int j = 0; j < data.features().cols(); j++) {
                    at.append(j == 0 ? "" : ", ").append(data.features().get(i, j));
                }
                throw new InvalidDataException(target + " is not a finite number at x = " + at + " (" + y.get(i, 0)
                        + "): choose a range where it is defined, with x=A..B");
            }
        }
        return data;
    }

    private LabeledDataset randomPoints(int n, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException(name + " needs at least 2 points, got " + n);
        }
        DoubleUnaryOperator f = target.function();
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[Math.multiplyExact(n, dims)];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < dims; j++) {
                double xi = rnd.nextDouble(from, to);
                x[i * dims + j] = (float) xi;
                sum += f.applyAsDouble(xi);
            }
            y[i] = (float) sum;
        }
        return new LabeledDataset(target + " in " + dims + "-D", new FloatMatrix(n, dims, x), new FloatMatrix(n, 1, y),
                null, new int[] {dims}, List.of());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
