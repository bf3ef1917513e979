package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;
import org.junit.jupiter.api.Test;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.GridDataSet;

class FPrincipleChartTest {

    private static final int N = 200;

    /**
     * cos(3x) + cos(5x) on a uniform grid against an output a·cos(3x) + b·cos(5x): at the peaks k = 3 and 5 the
     * relative errors are |1 − a| and |1 − b|, known without a DFT.
     */
    private static OneDimensionalFit fit(int epoch, double a, double b) {
        double[] x = new double[N];
        double[] target = new double[N];
        double[] output = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = -Math.PI + 2 * Math.PI * i / N;
            target[i] = Math.cos(3 * x[i]) + Math.cos(5 * x[i]);
            output[i] = a * Math.cos(3 * x[i]) + b * Math.cos(5 * x[i]);
        }
        return new OneDimensionalFit(epoch, x, target, output);
    }

    private static double z(GridDataSet g, int ix, int iy) {
        return g.get(DataSet.DIM_Z, iy * g.getShape(DataSet.DIM_X) + ix);
    }

    private static void assertHeatMapOfThreeEpochs(GridDataSet g) {
        assertThat(g.getShape(DataSet.DIM_X)).isEqualTo(3);
        assertThat(g.getShape(DataSet.DIM_Y)).isEqualTo(2);
        assertThat(new double[] {g.getGrid(DataSet.DIM_X, 0), g.getGrid(DataSet.DIM_X, 2)}).containsExactly(0, 2);
        assertThat(new double[] {g.getGrid(DataSet.DIM_Y, 0), g.getGrid(DataSet.DIM_Y, 1)}).containsExactly(3, 5);
        // epoch 0: output 0 → error 1 at both peaks; epoch 1: a = 0.8, b = −1 → 0.2 and 2 (drawn as 1)
        assertThat(z(g, 0, 0)).isCloseTo(1, within(1e-9));
        assertThat(z(g, 1, 0)).isCloseTo(0.2, within(1e-9));
        assertThat(z(g, 1, 1)).isCloseTo(FPrincipleChart.CAP, within(1e-9));
        assertThat(z(g, 2, 0)).isCloseTo(0.01, within(1e-9));
        assertThat(z(g, 2, 1)).isCloseTo(0.3, within(1e-9));
    }

    private static final List<OneDimensionalFit> RUN = List.of(fit(0, 0, 0), fit(1, 0.8, -1), fit(2, 0.99, 0.7));

    @Test
    void liveFitsFillOneColumnPerEpochAndOneRowPerTargetPeak() {
        ChartsModel m = new ChartsModel();
        for (OneDimensionalFit f : RUN) {
            m.setFit(f, f.spectrum());
            m.applyPending(Integer.MAX_VALUE);
        }
        assertHeatMapOfThreeEpochs((GridDataSet) m.data(FPrincipleChart.DESCRIPTION).dataSets().get(0));
        m.clear();
        assertThat(m.peakErrors()).isEmpty();
    }

    @Test
    void anOpenedRunShowsTheSameFromItsRecordedSpectra() {
        ChartsModel m = new ChartsModel();
        List<FourierSpectrum> spectra = RUN.stream().map(OneDimensionalFit::spectrum).toList();
        m.addSpectra(spectra);
        m.setFit(RUN.get(2), spectra.get(2));
        m.applyPending(Integer.MAX_VALUE);
        assertHeatMapOfThreeEpochs((GridDataSet) m.data(FPrincipleChart.DESCRIPTION).dataSets().get(0));
    }
}
