package org.deepfreq.experiment;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The F-Principle view of a 1-D fit: DFT magnitudes of the target and of the network output sampled on the same
 * uniform grid (frequency index k = 0..n/2), and at the target's peak frequencies the complex DFT values of both
 * with the output's relative error ({@link PeakErrors}). Low frequencies of the output converge to the target's first.
 *
 * @param epoch  epoch (0 = untrained)
 * @param target |DFT| of the target, normalised by n
 * @param output |DFT| of the network output, normalised by n
 * @param peaks  DFT values and relative errors at the target's peaks ({@link PeakErrors#NONE} when not recorded)
 */
public record FourierSpectrum(int epoch, double[] target, double[] output, PeakErrors peaks) {

    public FourierSpectrum {
        peaks = peaks == null ? PeakErrors.NONE : peaks;
    }

    /** Magnitudes only (runs recorded before the peak errors were). */
    public FourierSpectrum(int epoch, double[] target, double[] output) {
        this(epoch, target, output, PeakErrors.NONE);
    }

    /** Magnitudes |X_k|/n, k = 0..n/2, of real samples on a uniform grid. */
    public static double[] magnitudes(double[] samples) {
        double[][] c = transform(samples);
        double[] mag = new double[c[0].length];
        for (int k = 0; k < mag.length; k++) {
            mag[k] = Math.hypot(c[0][k], c[1][k]);
        }
        return mag;
    }

    /**
     * The DFT X_k = Σ_j x_j e^{−2πijk/n} / n of real samples, k = 0..n/2, as {real parts, imaginary parts}
     * (JTransforms' packed real FFT).
     */
    public static double[][] transform(double[] samples) {
        int n = samples.length;
        double[] a = samples.clone();
        new DoubleFFT_1D(n).realForward(a);
        double[] re = new double[n / 2 + 1];
        double[] im = new double[n / 2 + 1];
        re[0] = a[0] / n;
        for (int k = 1; k < n / 2; k++) { // odd n: the last bin (n-1)/2 is packed in a[n-1] and a[1]
            re[k] = a[2 * k] / n;
            im[k] = a[2 * k + 1] / n;
        }
        if (n % 2 == 0) {
            re[n / 2] = a[1] / n;
        } else if (n > 1) {
            re[n / 2] = a[n - 1] / n;
            im[n / 2] = a[1] / n;
        }
        return new double[][] {re, im};
    }
}
