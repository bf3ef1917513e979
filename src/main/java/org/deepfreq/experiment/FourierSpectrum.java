package org.deepfreq.experiment;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The F-Principle view of a 1-D fit: DFT magnitudes of the target and of the network output sampled on the same
 * uniform grid (frequency index k = 0..n/2). Low frequencies of the output converge to the target's first.
 *
 * @param epoch  epoch (0 = untrained)
 * @param target |DFT| of the target, normalised by n
 * @param output |DFT| of the network output, normalised by n
 */
public record FourierSpectrum(int epoch, double[] target, double[] output) {

    /** Magnitudes |X_k|/n, k = 0..n/2, of real samples on a uniform grid (JTransforms' packed real FFT). */
    public static double[] magnitudes(double[] samples) {
        int n = samples.length;
        double[] a = samples.clone();
        new DoubleFFT_1D(n).realForward(a);
        double[] mag = new double[n / 2 + 1];
        mag[0] = Math.abs(a[0]) / n;
        for (int k = 1; k < n / 2; k++) { // odd n: the last bin (n-1)/2 is packed in a[n-1] and a[1]
            mag[k] = Math.hypot(a[2 * k], a[2 * k + 1]) / n;
        }
        if (n % 2 == 0) {
            mag[n / 2] = Math.abs(a[1]) / n;
        } else {
            mag[n / 2] = Math.hypot(a[n - 1], a[1]) / n;
        }
        return mag;
    }
}
