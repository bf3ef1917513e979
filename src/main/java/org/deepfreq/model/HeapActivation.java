package org.deepfreq.model;

import org.deepfreq.numeric.FastExp;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * An activation function computed on a Java array in loops the JIT vectorises, for the lean training step: between
 * two GEMMs a layer's values are copied once from native memory, transformed here and copied back, instead of
 * passing through several ND4J operations (each with its own call and thread hand-over). The derivative is taken from
 * the activation's output, so the pre-activation need not be kept.
 */
enum HeapActivation {

    IDENTITY {
        @Override
        void apply(float[] z, int from, int to, int cols, Scratch s) {
        }

        @Override
        void multiplyByDerivative(float[] a, float[] d, int from, int to) {
        }
    },
    /**
     * tanh(z) as a rational function of z (odd degree 13 over even degree 6, the minimax fit Eigen and TensorFlow use
     * for float), z clamped to ±7.999, where it reaches ±1: relative error below 3e-7, one pass the JIT vectorises;
     * derivative 1 − a².
     */
    TANH {
        @Override
        void apply(float[] z, int from, int to, int cols, Scratch s) {
            for (int i = from; i < to; i++) {
                z[i] = tanh(z[i]);
            }
        }

        @Override
        void multiplyByDerivative(float[] a, float[] d, int from, int to) {
            for (int i = from; i < to; i++) {
                d[i] *= 1f - a[i] * a[i];
            }
        }
    },
    /** σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) below, e = exp(−|z|); derivative a(1 − a). */
    SIGMOID {
        @Override
        void apply(float[] z, int from, int to, int cols, Scratch s) {
            int n = to - from;
            float[] e = expOfAbs(z, from, n, -1f, s);
            for (int i = 0; i < n; i++) {
                float positive = 0.5f + Math.copySign(0.5f, z[from + i]); // 1 for z ≥ 0, else 0
                z[from + i] = (positive + (1f - positive) * e[i]) / (1f + e[i]);
            }
        }

        @Override
        void multiplyByDerivative(float[] a, float[] d, int from, int to) {
            for (int i = from; i < to; i++) {
                d[i] *= a[i] * (1f - a[i]);
            }
        }
    },
    /** max(z, 0); derivative 1 where the output is positive, else 0 (as DL4J's at 0). */
    RELU {
        @Override
        void apply(float[] z, int from, int to, int cols, Scratch s) {
            for (int i = from; i < to; i++) {
                z[i] = Math.max(z[i], 0f);
            }
        }

        @Override
        void multiplyByDerivative(float[] a, float[] d, int from, int to) {
            for (int i = from; i < to; i++) {
                d[i] = a[i] > 0f ? d[i] : 0f;
            }
        }
    },
    /** Row-wise exp(z − max) / Σ exp(z − max); only as the output of softmax + cross-entropy (no derivative). */
    SOFTMAX {
        @Override
        void apply(float[] z, int from, int to, int cols, Scratch s) {
            float[] e = s.values(to - from);
            for (int r = from; r < to; r += cols) {
                float max = Float.NEGATIVE_INFINITY;
                for (int c = r; c < r + cols; c++) {
                    max = Math.max(max, z[c]);
                }
                for (int c = r; c < r + cols; c++) {
                    e[c - from] = z[c] - max;
                }
            }
            FastExp.expInPlace(e, s.digits(to - from), to - from);
            for (int r = from; r < to; r += cols) {
                float sum = 0;
                for (int c = r; c < r + cols; c++) {
                    sum += e[c - from];
                }
                for (int c = r; c < r + cols; c++) {
                    z[c] = e[c - from] / sum;
                }
            }
        }

        @Override
        void multiplyByDerivative(float[] a, float[] d, int from, int to) {
            throw new UnsupportedOperationException("softmax is only an output with cross-entropy, whose delta is p − y");
        }
    };

    /** z ← f(z) for the elements [from, to) of a row-major matrix with {@code cols} columns (whole rows). */
    abstract void apply(float[] z, int from, int to, int cols, Scratch s);

    /** d ← d ⊙ f′ on the elements [from, to), from the activation's output a. */
    abstract void multiplyByDerivative(float[] a, float[] d, int from, int to);

    /** The heap version of a DL4J activation, or null where the ND4J operations must compute it. */
    static HeapActivation of(IActivation activation) {
        if (activation instanceof ActivationTanH) {
            return TANH;
        } else if (activation instanceof ActivationReLU relu && relu.getMax() == null && zero(relu.getThreshold())
                && zero(relu.getNegativeSlope())) {
            return RELU;
        } else if (activation instanceof ActivationSigmoid) {
            return SIGMOID;
        } else if (activation instanceof ActivationIdentity) {
            return IDENTITY;
        } else if (activation instanceof ActivationSoftmax) {
            return SOFTMAX;
        }
        return null;
    }

    /** Clamp beyond which the rational tanh is 1 to float precision. */
    private static final float TANH_CLAMP = 7.99881172180175781f;

    /** The rational approximation of tanh used by {@link #TANH} (see there). */
    private static float tanh(float z) {
        float x = Math.max(-TANH_CLAMP, Math.min(TANH_CLAMP, z));
        float x2 = x * x;
        float p = Math.fma(x2, -2.76076847742355e-16f, 2.00018790482477e-13f);
        p = Math.fma(p, x2, -8.60467152213735e-11f);
        p = Math.fma(p, x2, 5.12229709037114e-08f);
        p = Math.fma(p, x2, 1.48572235717979e-05f);
        p = Math.fma(p, x2, 6.37261928875436e-04f);
        p = Math.fma(p, x2, 4.89352455891786e-03f);
        float q = Math.fma(x2, 1.19825839466702e-06f, 1.18534705686654e-04f);
        q = Math.fma(q, x2, 2.26843463243900e-03f);
        q = Math.fma(q, x2, 4.89352518554385e-03f);
        return x * p / q;
    }

    /** e[i] = exp(factor·|z[from + i]|) for i < n (factor ≤ 0), in the scratch's values. */
    private static float[] expOfAbs(float[] z, int from, int n, float factor, Scratch s) {
        float[] e = s.values(n);
        for (int i = 0; i < n; i++) {
            e[i] = factor * Math.abs(z[from + i]);
        }
        FastExp.expInPlace(e, s.digits(n), n);
        return e;
    }

    private static boolean zero(Double value) {
        return value == null || value == 0;
    }

    /** Scratch arrays for the exponentials, grown on demand (one per thread that applies activations). */
    static final class Scratch {
        private float[] values = new float[0];
        private float[] digits = new float[0];

        float[] values(int n) {
            if (values.length < n) {
                values = new float[n];
            }
            return values;
        }

        float[] digits(int n) {
            if (digits.length < n) {
                digits = new float[n];
            }
            return digits;
        }
    }
}
