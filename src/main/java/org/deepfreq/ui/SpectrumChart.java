package org.deepfreq.ui;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.deepfreq.experiment.FourierSpectrum;

import io.fair_acc.dataset.spi.DoubleDataSet;

/**
 * The F-Principle view of a 1-D run: DFT magnitudes of target and output for frequency index
 * k &lt; {@link #FREQUENCIES}; the output's low frequencies match the target's first.
 */
final class SpectrumChart extends ChartData {

    /** Frequencies shown: the low end, where the F-Principle is visible. */
    static final int FREQUENCIES = 40;

    static final ChartDescription DESCRIPTION = new ChartDescription("spectrum", "Fourier spectra",
            ChartDescription.Placement.FIT, ChartDescription.Source.FIT,
            ChartDescription.Axes.lines("frequency index k", "|DFT| / n"),
            split -> "Fourier spectra", split -> new SpectrumChart());

    private final DoubleDataSet target;
    private final DoubleDataSet output;

    private SpectrumChart() {
        this(new DoubleDataSet("target"), new DoubleDataSet("network output"));
    }

    private SpectrumChart(DoubleDataSet target, DoubleDataSet output) {
        super(target, output);
        this.target = target;
        this.output = output;
    }

    @Override
    void update(ChartsModel run) {
        FourierSpectrum spectrum = run.latestSpectrum();
        if (spectrum == null) {
            return;
        }
        int n = Math.min(FREQUENCIES, spectrum.target().length);
        double[] k = IntStream.range(0, n).asDoubleStream().toArray();
        target.set(k, Arrays.copyOf(spectrum.target(), n));
        output.setName("network output, epoch " + spectrum.epoch());
        output.set(k, Arrays.copyOf(spectrum.output(), n));
    }

    @Override
    void clear() {
        target.clearData();
        output.clearData();
    }
}
