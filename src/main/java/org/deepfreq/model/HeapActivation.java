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
    /** tanh(z) = sign(z)·(1 − e)/(1 + e) with e = exp(−2|z|) ≤ 1; derivative 1 − a². */
    TANH {
        @Override
        void apply(float[] z, int from, int to, int cols, Scratch s) {
            int n = to - from;
            float[] e = expOfAbs(z, from, n, -2f, s);
            for (int i = 0; i < n; i++) {
                z[from + i] = Math.copySign((1f - e[i]) / (1f + e[i]), z[from + i]);
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
