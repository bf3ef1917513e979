package org.deepfreq.numeric;

/**
 * {@code exp} of float arrays of non-positive exponents, in loops the JIT vectorises: ND4J's
 * element-wise {@code exp} ran at ~3 ns per value on the measured machine, this at ~1.3 ns, within
 * 2 ulp (relative error below 1.2e-7).
 *
 * <p>The exponent x (clamped at {@value #SMALLEST_EXPONENT}, where the result 1.6e-38 is still a
 * normal float) is split as {@code x = k·ln 2 + f} with |f| ≤ ln 2 / 2 by rounding through a magic
 * constant; {@code exp(f)} is Cephes' degree-7 polynomial. The factor {@code 2^k} cannot be built
 * from the float's bits here (bit casts do not vectorise on JDK 17), so it is multiplied in one
 * binary digit of −k at a time: products of powers of two are exact.
 */
public final class FastExp {

    /** Exponents below this are raised to it. */
    public static final float SMALLEST_EXPONENT = -87f;
    /** Binary digits of −k ≤ 126 (eight: two per pass). */
    private static final int DIGITS = 8;
    private static final float LOG2E = 1.44269504f;
    private static final float LN2_HIGH = 0.693145752f;
    private static final float LN2_LOW = 1.42860677e-6f;
    /** 1.5·2^23: adding and subtracting it rounds a float of magnitude below 2^22 to an integer. */
    private static final float ROUND = 12582912f;

    /** What {@link #expInPlace} gives for an exponent at or below {@link #SMALLEST_EXPONENT}, bit for bit. */
    public static final float FLOOR = floor();

    private FastExp() {
    }

    private static float floor() {
        float[] x = {SMALLEST_EXPONENT};
        expInPlace(x, new float[1], 1);
        return x[0];
    }

    /**
     * Replaces {@code x[0..length-1]} (each ≤ 0) by their exponentials.
     *
     * @param digits scratch space of at least {@code length} floats
     */
    public static void expInPlace(float[] x, float[] digits, int length) {
        expInPlace(x, digits, 0, length);
    }

    /**
     * Replaces {@code x[from..to-1]} (each ≤ 0) by their exponentials.
     *
     * @param digits scratch space of at least {@code to} floats
     */
    public static void expInPlace(float[] x, float[] digits, int from, int to) {
        reduce(x, digits, from, to);
        float power = 0.5f;
        for (int d = 0; d < DIGITS; d += 2) {
            scaleByDigits(x, digits, from, to, power, power * power);
            power *= power;
            power *= power;
        }
    }

    /** x ← exp(f), digits ← −k. */
    private static void reduce(float[] x, float[] digits, int from, int to) {
        for (int i = from; i < to; i++) {
            float v = Math.max(x[i], SMALLEST_EXPONENT);
            float k = (v * LOG2E + ROUND) - ROUND;
            float f = Math.fma(k, -LN2_HIGH, v);
            f = Math.fma(k, -LN2_LOW, f);
            float p = 1.98756915e-4f;
            p = Math.fma(p, f, 1.39819994e-3f);
            p = Math.fma(p, f, 8.33345951e-3f);
            p = Math.fma(p, f, 4.16657962e-2f);
            p = Math.fma(p, f, 1.66666716e-1f);
            p = Math.fma(p, f, 5.00000012e-1f);
            x[i] = Math.fma(p * f, f, f + 1f);
            digits[i] = -k;
        }
    }

    /**
     * Multiplies x by {@code power} and {@code power²} where the two lowest binary digits of
     * {@code digits} are 1, and drops those digits (two digits per pass measured 1.3 against 1.9 ns
     * per value for one).
     */
    private static void scaleByDigits(float[] x, float[] digits, int from, int to, float power, float power2) {
        for (int i = from; i < to; i++) {
            float m = digits[i];
            float half = ((m * 0.5f - 0.25f) + ROUND) - ROUND; // floor(m / 2)
            float digit = m - 2f * half;
            float quarter = ((half * 0.5f - 0.25f) + ROUND) - ROUND;
            float digit2 = half - 2f * quarter;
            digits[i] = quarter;
            x[i] = x[i] * Math.fma(digit, power, 1f - digit) * Math.fma(digit2, power2, 1f - digit2);
        }
    }
}
