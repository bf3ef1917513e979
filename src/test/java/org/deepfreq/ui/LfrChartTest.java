package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.Test;

import io.fair_acc.dataset.DataSet;

/** The LFR chart shows the chosen split's LFR over 1/δ, one curve per epoch, and follows the choice of split. */
class LfrChartTest {

    private static final InverseDeltaGrid GRID = new InverseDeltaGrid(1, 5, 5);

    /** LFR of split "input" is 0.1·(epoch+1)·k-ish and of "h1" a constant, so the curves tell them apart. */
    private static EpochResult epoch(int e) {
        double[] input = new double[5];
        double[] h1 = new double[5];
        for (int k = 0; k < 5; k++) {
            input[k] = 0.1 + 0.02 * k * (e + 1);
            h1[k] = 0.5;
        }
        return new EpochResult(e, 1e-3, 1, Double.NaN, Double.NaN, 1, 1,
                List.of(new SplitRdf(0, "input", RdfResult.fromLfr(GRID, input)),
                        new SplitRdf(1, "h1", RdfResult.fromLfr(GRID, h1))));
    }

    @Test
    void isRegisteredAsAChartOfTheWholeRunThatFollowsTheChosenSplit() {
        assertThat(ChartCatalogue.byId("lfr")).contains(LfrChart.DESCRIPTION);
        assertThat(LfrChart.DESCRIPTION.placement()).isEqualTo(ChartDescription.Placement.RUN);
        assertThat(ChartCatalogue.figureKinds()).contains("lfr");
    }

    @Test
    void showsOneLfrCurvePerEpochOfTheChosenSplit() {
        ChartsModel m = new ChartsModel();
        m.add(epoch(0));
        m.add(epoch(1));
        m.add(epoch(2));
        List<DataSet> curves = m.data(LfrChart.DESCRIPTION).dataSets();
        assertThat(m.chosenSplit().get()).isEqualTo("h1"); // the deepest until one is chosen
        assertThat(curves).hasSize(3);
        assertThat(curves.get(0).get(DataSet.DIM_Y, 2)).isCloseTo(0.5, within(1e-12));

        m.chosenSplit().set("input");
        assertThat(curves).hasSize(3);
        assertThat(curves.get(2).getName()).isEqualTo("epoch 2");
        for (int k = 0; k < 5; k++) {
            assertThat(curves.get(2).get(DataSet.DIM_X, k)).isCloseTo(1 + k, within(1e-12));
            assertThat(curves.get(2).get(DataSet.DIM_Y, k)).isCloseTo(0.1 + 0.06 * k, within(1e-12));
        }
        m.clear();
        assertThat(curves).isEmpty();
    }
}
