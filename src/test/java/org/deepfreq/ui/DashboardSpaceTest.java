package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.Test;

/** The dashboard gives its space to charts with something to show, in a grid that fits the splits. */
class DashboardSpaceTest {

    private static EpochResult epoch(int e, double valAccuracy) {
        double[] grid = {1, 2, 3};
        double[] rdf = {0.2, 1, 0.5};
        return new EpochResult(e, 1e-3, 1.0, 1.0, valAccuracy, 1, 10,
                List.of(new SplitRdf(0, "input", new RdfResult(grid, rdf, rdf, rdf))));
    }

    @Test
    void theAccuracyChartIsShownOnlyOnceAnEpochHasAnAccuracy() {
        ChartsModel regression = new ChartsModel();
        regression.add(epoch(0, Double.NaN));
        regression.add(epoch(1, Double.NaN));
        assertThat(regression.shows(AccuracyChart.DESCRIPTION).get()).isFalse();
        assertThat(regression.shows(LossChart.DESCRIPTION).get()).isTrue();
        assertThat(regression.shows(FitChart.DESCRIPTION).get()).isFalse(); // no 1-D fit reported

        ChartsModel classes = new ChartsModel();
        classes.add(epoch(0, 0.1));
        assertThat(classes.shows(AccuracyChart.DESCRIPTION).get()).isTrue();
        classes.clear();
        assertThat(classes.shows(AccuracyChart.DESCRIPTION).get()).isFalse();
    }

    @Test
    void theSplitGridFitsTheNumberOfPanelsWithAtMostOneEmptyCellUpToEight() {
        int[][] expected = {{1, 1}, {2, 2}, {3, 3}, {4, 2}, {5, 3}, {6, 3}, {7, 4}, {8, 4}, {9, 3}, {12, 4}, {16, 4}};
        for (int[] e : expected) {
            assertThat(DashboardLayout.splitColumns(e[0])).as("%d panels", e[0]).isEqualTo(e[1]);
        }
        for (int panels = 1; panels <= 8; panels++) {
            int columns = DashboardLayout.splitColumns(panels);
            int rows = (panels + columns - 1) / columns;
            assertThat(rows * columns - panels).as("empty cells for %d panels", panels).isLessThanOrEqualTo(1);
        }
    }
}
