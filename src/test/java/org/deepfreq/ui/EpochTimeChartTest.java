package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.junit.jupiter.api.Test;

import io.fair_acc.dataset.DataSet;

/** The training-time chart shows each trained epoch's seconds, from the catalogue, in the row of run charts. */
class EpochTimeChartTest {

    /** Epoch {@code e} took {@code seconds} to train 1,000 samples; no RDF. */
    private static EpochResult epoch(int e, double seconds) {
        return new EpochResult(e, 1e-3, 1.0 / (e + 1), Double.NaN, Double.NaN, seconds,
                seconds == 0 ? 0 : 1000 / seconds, List.of());
    }

    @Test
    void isRegisteredAsAChartOfTheWholeRunAndAFigureKind() {
        assertThat(ChartCatalogue.byId("time")).contains(EpochTimeChart.DESCRIPTION);
        assertThat(EpochTimeChart.DESCRIPTION.placement()).isEqualTo(ChartDescription.Placement.RUN);
        assertThat(ChartCatalogue.placed(ChartDescription.Placement.RUN)).contains(EpochTimeChart.DESCRIPTION);
        assertThat(ChartCatalogue.figureKinds()).contains("time");
        assertThat(new ChartsModel().shows(EpochTimeChart.DESCRIPTION).get()).isTrue();
    }

    @Test
    void showsTheSecondsOfEveryTrainedEpochAndLeavesOutEpochZero() {
        ChartsModel m = new ChartsModel();
        m.add(epoch(0, 0));
        m.add(epoch(1, 2.5));
        m.add(epoch(2, 2.0));
        m.add(epoch(3, 7.25));
        List<DataSet> sets = m.data(EpochTimeChart.DESCRIPTION).dataSets();
        assertThat(sets).hasSize(1);
        DataSet seconds = sets.get(0);
        assertThat(seconds.getDataCount()).isEqualTo(3);
        double[][] expected = {{1, 2.5}, {2, 2.0}, {3, 7.25}};
        for (int i = 0; i < expected.length; i++) {
            assertThat(seconds.get(DataSet.DIM_X, i)).isEqualTo(expected[i][0]);
            assertThat(seconds.get(DataSet.DIM_Y, i)).isEqualTo(expected[i][1]);
        }
        m.clear();
        assertThat(seconds.getDataCount()).isZero();
    }
}
