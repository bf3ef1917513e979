package org.deepfreq.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target written as a sum of sines and cosines, e.g. {@code cos(3x)+0.5*sin(5x)-cos(x)}: terms
 * {@code [±][a*]sin|cos(k x)} with optional amplitude {@code a} and frequency {@code k} (π allowed as {@code pi},
 * e.g. {@code sin(2pix)}). In d dimensions the same function is applied to every coordinate and summed.
 */
public record SineSeries(String text, List<Term> terms) {

    /** One term a·sin(kx) or a·cos(kx). */
    public record Term(double amplitude, boolean sine, double frequency) {
    }

    private static final Pattern TERM = Pattern.compile(
            "([+-]?)\\s*(?:(\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)\\s*\\*?\\s*)?"
                    + "(sin|cos)\\(\\s*(\\d+(?:\\.\\d+)?)?\\s*(pi)?\\s*\\*?\\s*x\\s*\\)");

    public static SineSeries parse(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace(" ", "");
        List<Term> terms = new ArrayList<>();
        int at = 0;
        Matcher m = TERM.matcher(s);
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("cannot read '" + text + "' at position " + (at + 1)
                        + ": write a sum of terms like cos(3x), 0.5*sin(5x) or sin(2pix)");
            }
            double a = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
            double k = m.group(4) == null ? 1 : Double.parseDouble(m.group(4));
            if (m.group(5) != null) {
                k *= Math.PI;
            }
            terms.add(new Term(m.group(1).equals("-") ? -a : a, m.group(3).equals("sin"), k));
            at = m.end();
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("empty expression: write a sum of terms like cos(3x)+cos(5x)");
        }
        return new SineSeries(text, List.copyOf(terms));
    }

    public double valueAt(double x) {
        double v = 0;
        for (Term t : terms) {
            v += t.amplitude() * (t.sine() ? Math.sin(t.frequency() * x) : Math.cos(t.frequency() * x));
        }
        return v;
    }

    /** The function on {@code n} uniform points of [−π, π]. */
    public LabeledDataset grid(int n) {
        return SyntheticTargets.grid(text, n, -Math.PI, Math.PI, this::valueAt);
    }

    /** {@code n} seeded uniform points of [−π, π]^d with target Σ_i f(x_i). */
    public LabeledDataset randomPoints(int d, int n, long seed) {
        if (d < 1 || n < 2) {
            throw new IllegalArgumentException("need d ≥ 1 and at least 2 points, got d=" + d + ", n=" + n);
        }
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        float[] x = new float[Math.multiplyExact(n, d)];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double xi = rnd.nextDouble(-Math.PI, Math.PI);
                x[i * d + j] = (float) xi;
                sum += valueAt(xi);
            }
            y[i] = (float) sum;
        }
        return new LabeledDataset(text + " in " + d + "-D", new FloatMatrix(n, d, x), new FloatMatrix(n, 1, y), null,
                new int[] {d}, List.of());
    }
}
