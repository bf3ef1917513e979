package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.RunOutline;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.Test;

import io.fair_acc.dataset.DataSet;

/** Live epochs reach the charts one chart at a time; opened runs at once. */
class ChartsModelTest {

    private static EpochResult epoch(int e) {
        double[] grid = {1, 2, 3};
        double[] rdf = {0.2, 1, 0.5};
        return new EpochResult(e, 1e-3, 1.0 / (e + 1), Double.NaN, Double.NaN, 1, 10,
                List.of(new SplitRdf(0, "input", new RdfResult(grid, rdf, rdf, rdf)),
                        new SplitRdf(1, "h1", new RdfResult(grid, rdf, rdf, rdf))));
    }

    @Test
    void stagedEpochsUpdateOneChartPerCallInTheCataloguesOrder() {
        ChartsModel m = new ChartsModel();
        m.addStaged(epoch(0));
        m.addStaged(epoch(1));
        assertThat(m.epochs()).hasSize(2);
        assertThat(m.splits()).containsExactly("input", "h1");
        assertThat(m.hasPending()).isTrue();
        assertThat(trainLoss(m).getDataCount()).isZero();

        assertThat(m.applyPending(1)).isEqualTo(1);
        assertThat(trainLoss(m).getDataCount()).isEqualTo(2); // loss first
        assertThat(m.data(PeaksChart.DESCRIPTION).dataSets()).isEmpty();
        assertThat(m.applyPending(1)).isEqualTo(1); // the peaks: accuracy, hidden without one, is not staged
        assertThat(m.data(PeaksChart.DESCRIPTION).dataSets()).hasSize(2);
        assertThat(m.data(PeaksChart.DESCRIPTION).dataSets().get(0).getDataCount()).isEqualTo(2);
        assertThat(rdfCurves(m, "input")).isEmpty();
        assertThat(m.applyPending(2)).isEqualTo(2); // both RDF panels
        assertThat(rdfCurves(m, "input")).hasSize(2);
        assertThat(rdfCurves(m, "h1")).hasSize(2);
        int rest = (int) ChartCatalogue.all().stream().filter(d -> d.source() != ChartDescription.Source.FIT
                && d.placement() != ChartDescription.Placement.SPLIT).count() - 3;
        assertThat(m.applyPending(100)).isEqualTo(rest); // the heatmap and any later chart of the whole run
        assertThat(m.hasPending()).isFalse();
        assertThat(m.applyPending(1)).isZero();
    }

    @Test
    void aChartTheDashboardHidesIsNotUpdatedUntilShownAndThenCatchesUpWithEveryKeptEpoch() {
        ChartsModel m = new ChartsModel();
        long runCharts = ChartCatalogue.all().stream().filter(d -> d.source() != ChartDescription.Source.FIT
                && d.placement() != ChartDescription.Placement.SPLIT).count();
        long splitPanels = 2 * ChartCatalogue.placed(ChartDescription.Placement.SPLIT).size(); // input and h1
        m.addStaged(epoch(0)); // no validation accuracy: the accuracy chart is hidden
        assertThat(m.shows(AccuracyChart.DESCRIPTION).get()).isFalse();
        assertThat(m.applyPending(100)).isEqualTo(runCharts - 1 + splitPanels);
        assertThat(accuracy(m).getDataCount()).isZero();

        EpochResult measured = epoch(1);
        m.addStaged(new EpochResult(1, measured.learningRate(), measured.trainLoss(), 0.4, 0.75, 1, 10,
                measured.splits()));
        assertThat(m.shows(AccuracyChart.DESCRIPTION).get()).isTrue();
        assertThat(m.applyPending(100)).isEqualTo(runCharts + splitPanels);
        assertThat(accuracy(m).getDataCount()).isEqualTo(1); // epoch 0 has none to draw
        assertThat(accuracy(m).get(DataSet.DIM_X, 0)).isEqualTo(1.0);
        assertThat(accuracy(m).get(DataSet.DIM_Y, 0)).isEqualTo(0.75);
    }

    @Test
    void theHeatMapHoldsNoGridBeforeARunHasOneAndAgainAfterTheChartsAreCleared() {
        ChartsModel m = new ChartsModel();
        // an empty grid list draws empty axes; a stand-in grid used to paint a square of one colour on made-up axes
        assertThat(m.data(HeatmapChart.DESCRIPTION).dataSets()).isEmpty();
        m.chosenSplit().set("h1");
        m.add(epoch(0));
        m.add(epoch(1));
        assertThat(m.data(HeatmapChart.DESCRIPTION).dataSets()).hasSize(1);
        io.fair_acc.dataset.GridDataSet grid =
                (io.fair_acc.dataset.GridDataSet) m.data(HeatmapChart.DESCRIPTION).dataSets().get(0);
        assertThat(grid.getShape()).containsExactly(2, 3); // epochs 0 and 1 across, the three 1/δ values up
        assertThat(grid.get(io.fair_acc.dataset.DataSet.DIM_Z, 1 * 2 + 1)).isEqualTo(1.0); // peak row, epoch 1
        m.clear();
        assertThat(m.data(HeatmapChart.DESCRIPTION).dataSets()).isEmpty();
    }

    @Test
    void anExpectedRunHasItsSplitsFitAndAccuracyLaidOutBeforeItsFirstEpochWhichThenOnlyBringsData() {
        ChartsModel m = new ChartsModel();
        m.add(epoch(0)); // an earlier run's charts are cleared
        int[] splitChanges = {0};
        m.splits().addListener((javafx.collections.ListChangeListener<String>) c -> splitChanges[0]++);

        m.expect(new RunOutline(List.of("input", "h1"), true, true, true));

        assertThat(m.splits()).containsExactly("input", "h1");
        assertThat(m.epochs()).isEmpty();
        assertThat(m.chosenSplit().get()).isEqualTo("h1");
        assertThat(m.hasFitProperty().get()).isTrue();
        assertThat(m.shows(AccuracyChart.DESCRIPTION).get()).isTrue();
        assertThat(m.logGridProperty().get()).isTrue();
        assertThat(rdfCurves(m, "input")).isEmpty();
        int afterExpect = splitChanges[0];

        m.add(epoch(0));

        assertThat(splitChanges[0]).isEqualTo(afterExpect); // the epoch's splits were all expected
        assertThat(rdfCurves(m, "input")).hasSize(1);
        m.expect(new RunOutline(List.of("input"), false, false, false));
        assertThat(m.splits()).containsExactly("input");
        assertThat(m.hasFitProperty().get()).isFalse();
        assertThat(m.shows(AccuracyChart.DESCRIPTION).get()).isFalse();
    }

    @Test
    void addUpdatesEveryChartAtOnceAndClearForgetsPendingWork() {
        ChartsModel m = new ChartsModel();
        m.add(epoch(0));
        assertThat(m.hasPending()).isFalse();
        assertThat(rdfCurves(m, "h1")).hasSize(1);
        m.addStaged(epoch(1));
        m.clear();
        assertThat(m.hasPending()).isFalse();
        assertThat(m.epochs()).isEmpty();
        assertThat(m.splits()).isEmpty();
    }

    /** An epoch whose input peaks inside the grid and whose h1 peaks on its last point (an edge peak). */
    private static EpochResult inAndAtEdge(int e, double[] grid) {
        double[] inside = {0.1, 1, 0.3, 0.2};
        double[] edge = {0.1, 0.2, 0.3, 1};
        return new EpochResult(e, 1e-3, 1.0, Double.NaN, Double.NaN, 1, 10,
                List.of(new SplitRdf(0, "input", new RdfResult(grid, inside, inside, inside)),
                        new SplitRdf(1, "h1", new RdfResult(grid, edge, edge, edge))));
    }

    @Test
    void aLogGridTurnsThe1OverDeltaAxesLogAndEveryEdgePeakIsMarked() {
        ChartsModel m = new ChartsModel();
        m.add(inAndAtEdge(0, new double[] {1, 10, 100, 1000}));
        m.add(inAndAtEdge(1, new double[] {1, 10, 100, 1000}));
        assertThat(m.logGridProperty().get()).isTrue();
        List<DataSet> peakMarks = m.data(PeaksChart.DESCRIPTION).markers();
        assertThat(peakMarks).hasSize(1);
        assertThat(points(peakMarks.get(0))).containsExactly(new double[] {0, 1000}, new double[] {1, 1000});
        assertThat(m.data(RdfChart.DESCRIPTION, "input").markers()).isEmpty();
        List<DataSet> rdfMarks = m.data(RdfChart.DESCRIPTION, "h1").markers();
        assertThat(points(rdfMarks.get(0))).containsExactly(new double[] {1000, 1}, new double[] {1000, 1});

        m.clear();
        m.add(inAndAtEdge(0, new double[] {1, 2, 3, 4}));
        assertThat(m.logGridProperty().get()).isFalse();
        assertThat(points(m.data(PeaksChart.DESCRIPTION).markers().get(0))).containsExactly(new double[] {0, 4});
        assertThat(ChartsModel.isLogGrid(new double[] {1, 2, 4, 8})).isTrue();
        assertThat(ChartsModel.isLogGrid(new double[] {1, 2, 4, 9})).isFalse();
    }

    private static List<double[]> points(DataSet ds) {
        return java.util.stream.IntStream.range(0, ds.getDataCount())
                .mapToObj(i -> new double[] {ds.get(DataSet.DIM_X, i), ds.get(DataSet.DIM_Y, i)}).toList();
    }

    @Test
    void aOneDimensionalFitIsStagedAndShowsTheLowestFrequencies() {
        ChartsModel m = new ChartsModel();
        int n = 200;
        double[] x = new double[n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -Math.PI + 2 * Math.PI * i / n;
            target[i] = Math.cos(3 * x[i]) + Math.cos(5 * x[i]);
        }
        OneDimensionalFit fit = new OneDimensionalFit(4, x, target, new double[n]);
        m.setFit(fit, fit.spectrum());
        assertThat(m.hasFitProperty().get()).isTrue();
        List<DataSet> fitSets = m.data(FitChart.DESCRIPTION).dataSets();
        assertThat(fitSets.get(0).getDataCount()).isZero();
        assertThat(m.applyPending(1)).isEqualTo(1);
        assertThat(fitSets.get(0).getDataCount()).isEqualTo(n);
        assertThat(fitSets.get(1).getName()).isEqualTo("network output, epoch 4");
        assertThat(m.applyPending(1)).isEqualTo(1); // the spectra next
        DataSet spectrum = m.data(SpectrumChart.DESCRIPTION).dataSets().get(0);
        assertThat(spectrum.getDataCount()).isEqualTo(SpectrumChart.FREQUENCIES);
        assertThat(spectrum.get(DataSet.DIM_Y, 3)).isCloseTo(0.5, within(1e-9));
        assertThat(spectrum.get(DataSet.DIM_Y, 5)).isCloseTo(0.5, within(1e-9));
        assertThat(spectrum.get(DataSet.DIM_Y, 4)).isCloseTo(0.0, within(1e-9));
        m.clear();
        assertThat(m.hasFitProperty().get()).isFalse();
    }

    private static DataSet accuracy(ChartsModel m) {
        return m.data(AccuracyChart.DESCRIPTION).dataSets().get(0);
    }

    private static DataSet trainLoss(ChartsModel m) {
        return m.data(LossChart.DESCRIPTION).dataSets().get(0);
    }

    private static List<DataSet> rdfCurves(ChartsModel m, String split) {
        return m.data(RdfChart.DESCRIPTION, split).dataSets();
    }
}
