package org.deepfreq.experiment;

/**
 * A 1-D regression fit after an epoch: target and network output at the training points in ascending x.
 *
 * @param epoch  epoch (0 = untrained)
 * @param x      training inputs, ascending
 * @param target target values at {@code x}
 * @param output network output at {@code x}
 */
public record OneDimensionalFit(int epoch, double[] x, double[] target, double[] output) {

    public OneDimensionalFit {
        if (x.length != target.length || x.length != output.length) {
            throw new IllegalArgumentException("x, target and output need the same length: " + x.length + ", "
                    + target.length + ", " + output.length);
        }
    }

    /**
     * DFT magnitudes of target and output, and the output's errors at the target's peaks, treating the points in
     * ascending x as a uniform grid (they are one when the run trains on a whole grid).
     */
    public FourierSpectrum spectrum() {
        return new FourierSpectrum(epoch, FourierSpectrum.magnitudes(target), FourierSpectrum.magnitudes(output),
                PeakErrors.of(target, output));
    }
}
