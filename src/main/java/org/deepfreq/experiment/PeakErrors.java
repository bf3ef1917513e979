package org.deepfreq.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The F-Principle measure of a 1-D fit after one epoch (Xu et al.'s heat map): at the target's peak frequencies
 * k_1 &lt; k_2 &lt; …, the complex DFT values (normalised by n) of the target T_k and of the network output O_k, and
 * the relative error |T_k − O_k| / |T_k|, which counts phase as well as amplitude. The peaks are the target's alone,
 * so they are the same in every epoch of a run.
 *
 * @param frequencies peak frequency indices, ascending
 * @param targetRe    Re T_k at each peak
 * @param targetIm    Im T_k
 * @param outputRe    Re O_k
 * @param outputIm    Im O_k
 */
public record PeakErrors(int[] frequencies, double[] targetRe, double[] targetIm, double[] outputRe,
        double[] outputIm) {

    /** No peaks (a run recorded before the peak errors were, or a target without peaks). */
    public static final PeakErrors NONE = new PeakErrors(new int[0], new double[0], new double[0], new double[0],
            new double[0]);
    /**
     * A peak must reach this fraction of the target's largest non-constant |T_k|: leakage side lobes and the
     * artefacts of points that are not a whole uniform grid (up to 13 % in depth-1d-demo's 400 of 1,001) stay out.
     */
    public static final double PEAK_FRACTION = 0.2;
    /** At most this many peaks, the lowest frequencies first. */
    public static final int MAX_PEAKS = 10;

    public PeakErrors {
        int n = frequencies.length;
        if (targetRe.length != n || targetIm.length != n || outputRe.length != n || outputIm.length != n) {
            throw new IllegalArgumentException("one DFT value of target and output per peak frequency is needed");
        }
    }

    /** The peak errors of an output against its target, both sampled on the same uniform grid. */
    public static PeakErrors of(double[] target, double[] output) {
        if (target.length != output.length) {
            throw new IllegalArgumentException("target and output need the same length: " + target.length + ", "
                    + output.length);
        }
        double[][] t = FourierSpectrum.transform(target);
        double[][] o = FourierSpectrum.transform(output);
        double[] mag = new double[t[0].length];
        for (int k = 0; k < mag.length; k++) {
            mag[k] = Math.hypot(t[0][k], t[1][k]);
        }
        int[] peaks = peaks(mag);
        double[][] v = new double[4][peaks.length];
        for (int i = 0; i < peaks.length; i++) {
            v[0][i] = t[0][peaks[i]];
            v[1][i] = t[1][peaks[i]];
            v[2][i] = o[0][peaks[i]];
            v[3][i] = o[1][peaks[i]];
        }
        return new PeakErrors(peaks, v[0], v[1], v[2], v[3]);
    }

    /**
     * The peaks of a magnitude spectrum |T_k|, k = 0..n/2: the indices 0 &lt; k &lt; n/2 larger than both neighbours
     * and at least {@link #PEAK_FRACTION} of the largest |T_k| for k ≥ 1, the lowest {@link #MAX_PEAKS} of them.
     */
    public static int[] peaks(double[] magnitudes) {
        double largest = 0;
        for (int k = 1; k < magnitudes.length; k++) {
            largest = Math.max(largest, magnitudes[k]);
        }
        List<Integer> found = new ArrayList<>();
        for (int k = 1; k < magnitudes.length - 1 && found.size() < MAX_PEAKS; k++) {
            double m = magnitudes[k];
            if (m > magnitudes[k - 1] && m > magnitudes[k + 1] && m >= PEAK_FRACTION * largest && m > 0) {
                found.add(k);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    public int size() {
        return frequencies.length;
    }

    /** |T_k − O_k| / |T_k| at the {@code i}-th peak. */
    public double relativeError(int i) {
        return Math.hypot(targetRe[i] - outputRe[i], targetIm[i] - outputIm[i]) / Math.hypot(targetRe[i], targetIm[i]);
    }

    /**
     * The first epoch, per peak, at which the relative error is below {@code threshold} in a run's spectra (in epoch
     * order); {@code Integer.MAX_VALUE} for a peak that never gets there. Spectra without peak errors are skipped; the
     * peaks are those of the first spectrum that has them, and every other must have the same.
     */
    public static int[] firstEpochsBelow(List<FourierSpectrum> spectra, double threshold) {
        List<FourierSpectrum> with = spectra.stream().filter(s -> s.peaks().size() > 0).toList();
        if (with.isEmpty()) {
            return new int[0];
        }
        int[] peaks = with.get(0).peaks().frequencies();
        int[] first = new int[peaks.length];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (FourierSpectrum s : with) {
            PeakErrors p = s.peaks();
            if (!Arrays.equals(p.frequencies(), peaks)) {
                throw new IllegalArgumentException("epoch " + s.epoch() + " has other peak frequencies ("
                        + Arrays.toString(p.frequencies()) + ") than the first (" + Arrays.toString(peaks)
                        + "): the target changed during the run");
            }
            for (int i = 0; i < peaks.length; i++) {
                if (first[i] == Integer.MAX_VALUE && p.relativeError(i) < threshold) {
                    first[i] = s.epoch();
                }
            }
        }
        return first;
    }
}
