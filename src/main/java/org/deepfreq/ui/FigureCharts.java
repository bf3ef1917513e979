package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.reproduce.FigureRenderer;
import org.deepfreq.results.RunRecord;
import org.deepfreq.results.SeedSummary;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Draws the charts of the {@link ChartCatalogue} from run folders, for figures made without the window: a run's
 * epochs (up to the chosen one) and 1-D fit go through a {@link ChartsModel} as in the app, then the chart is built
 * from its description. Besides the catalogue's charts: {@code compare} (one split of several runs at one epoch),
 * {@code loss} of several runs, {@code fit} (target and output beside their spectra) and the whole dashboard.
 */
final class FigureCharts {

    /** Prefix of a kind drawn as mean ± sd bands over the seed runs of a multi-seed folder ({@code seeds:peaks}). */
    static final String SEEDS_PREFIX = "seeds:";

    private FigureCharts() {
    }

    /**
     * The chart of the given kind. {@code split} null means the deepest split; {@code epoch} −1 the last epoch
     * (charts over epochs then show every epoch up to it).
     */
    static Region build(String kind, List<RunRecord> runs, String split, int epoch, String title) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one run");
        }
        if (kind.startsWith(SEEDS_PREFIX)) {
            return seedBands(kind.substring(SEEDS_PREFIX.length()), runs, title);
        }
        RunRecord first = runs.get(0);
        List<EpochResult> epochs = upTo(first, epoch);
        String s = split != null ? split : lastSplit(epochs);
        if (kind.equals(ChartCatalogue.COMPARE)) {
            XYChart c = compare(runs, s, epoch, title);
            ChartsModel m = new ChartsModel();
            epochs.forEach(m::add);
            Charts.logX(c, m.logGrid());
            return c;
        }
        if (kind.equals(LossChart.DESCRIPTION.id()) && runs.size() > 1) {
            return lossAcross(runs, epoch, title);
        }
        ChartsModel model = new ChartsModel();
        epochs.forEach(model::add);
        if (first.fit() != null) {
            int last = epochs.isEmpty() ? -1 : epochs.get(epochs.size() - 1).epoch();
            model.addSpectra(first.spectra().stream().filter(sp -> sp.epoch() <= last).toList());
            model.setFit(first.fit(), first.fit().spectrum());
            model.applyPending(Integer.MAX_VALUE);
        }
        if (kind.equals(ChartCatalogue.DASHBOARD)) {
            return dashboard(model);
        }
        ChartDescription d = ChartCatalogue.byId(kind).orElseThrow(() -> new IllegalArgumentException(
                "unknown chart '" + kind + "': choose one of " + ChartCatalogue.figureKinds()));
        return switch (d.placement()) {
            case SPLIT -> {
                requireSplit(model, s);
                XYChart c = d.newChart(title, model.data(d, s));
                d.matchGrid(c, model.logGrid()); // 1/δ on a log grid: a log axis
                yield c;
            }
            case RUN -> {
                if (d.source() == ChartDescription.Source.EPOCH_AND_CHOSEN_SPLIT) {
                    requireSplit(model, s);
                    model.chosenSplit().set(s);
                }
                XYChart c = d.newChart(title, model.data(d));
                d.matchGrid(c, model.logGrid());
                yield c;
            }
            case FIT -> fit(first, model, d, title);
        };
    }

    /**
     * Mean ± sd over the seed runs of one config ({@code train --seeds}) as bands: the RDF peak of every split
     * ({@code peaks}) or the training loss ({@code loss}) per epoch, from their {@link SeedSummary}.
     */
    static XYChart seedBands(String kind, List<RunRecord> seeds, String title) {
        List<SeedSummary.Row> rows = SeedSummary.of(seeds);
        boolean peaks = kind.equals("peaks");
        ChartsModel model = new ChartsModel();
        seeds.get(0).epochs().forEach(model::add);
        XYChart c = Charts.bands(title + " (mean ± sd of " + seeds.size() + " seeds)", "epoch",
                peaks ? "RDF peak 1/δ" : "training loss", !peaks || model.logGrid());
        java.util.Map<String, List<SeedSummary.Row>> bySplit = new java.util.LinkedHashMap<>();
        for (SeedSummary.Row r : rows) {
            if (peaks || r.epoch() > 0) {
                bySplit.computeIfAbsent(peaks ? r.split() : "training loss", k -> new ArrayList<>()).add(r);
            }
        }
        bySplit.forEach((name, list) -> {
            List<SeedSummary.Row> one = peaks ? list : list.stream()
                    .filter(r -> r.split().equals(list.get(0).split())).toList();
            io.fair_acc.dataset.spi.DoubleErrorDataSet ds = new io.fair_acc.dataset.spi.DoubleErrorDataSet(name);
            for (SeedSummary.Row r : one) {
                double mean = peaks ? r.peakMean() : r.trainLossMean();
                double sd = peaks ? r.peakSd() : r.trainLossSd();
                double e = Double.isNaN(sd) ? 0 : sd;
                ds.add(r.epoch(), mean, e, e);
            }
            c.getDatasets().add(ds);
        });
        return c;
    }

    /** A line plot of measured series. */
    static XYChart plot(FigureRenderer.Plot plot) {
        XYChart c = Charts.lines(plot.title(), plot.xLabel(), plot.yLabel(), plot.logY());
        for (FigureRenderer.Series s : plot.series()) {
            DoubleDataSet ds = new DoubleDataSet(s.name());
            ds.set(s.x(), s.y());
            c.getDatasets().add(ds);
        }
        return c;
    }

    private static XYChart lossAcross(List<RunRecord> runs, int epoch, String title) {
        XYChart c = Charts.lines(title, "epoch", "training loss", true);
        for (RunRecord r : runs) {
            List<EpochResult> trained = upTo(r, epoch).stream().filter(e -> e.epoch() > 0).toList();
            DoubleDataSet ds = new DoubleDataSet(r.config().network().label());
            ds.set(trained.stream().mapToDouble(EpochResult::epoch).toArray(),
                    trained.stream().mapToDouble(EpochResult::trainLoss).toArray());
            c.getDatasets().add(ds);
        }
        return c;
    }

    /** The split's normalised RDF of every run at the epoch, one curve per run. */
    private static XYChart compare(List<RunRecord> runs, String split, int epoch, String title) {
        XYChart c = RdfChart.DESCRIPTION.newChart(title);
        List<DataSet> sets = new ArrayList<>();
        for (RunRecord r : runs) {
            EpochResult at = ComparisonViewModel.epochAt(r, epoch)
                    .orElseThrow(() -> new IllegalArgumentException(r.folder().dir() + " has no epoch ≤ " + epoch));
            SplitRdf rdf = at.split(split).orElseThrow(() -> new IllegalArgumentException(
                    r.folder().dir() + " has no split '" + split + "'"));
            DoubleDataSet ds = new DoubleDataSet(r.config().network().label() + ", epoch " + at.epoch());
            ds.set(rdf.rdf().invDelta(), rdf.rdf().rdfNormalized());
            sets.add(ds);
        }
        c.getDatasets().setAll(sets);
        return c;
    }

    /**
     * A 1-D run's chart after its last epoch; {@code fit} draws the whole fit panel side by side (target and output,
     * and their spectra).
     */
    private static Region fit(RunRecord run, ChartsModel model, ChartDescription d, String title) {
        if (run.fit() == null) {
            throw new IllegalArgumentException(run.folder().dir() + " has no 1-D fit (fit.csv): only 1-D runs such as "
                    + "depth-1d record one");
        }
        if (d.equals(FPrincipleChart.DESCRIPTION) && model.peakErrors().isEmpty()) {
            throw new IllegalArgumentException(run.folder().dir() + " has no peak errors (fprinciple.csv): the run was "
                    + "recorded before they were, or its target has no peak frequencies");
        }
        if (!d.equals(FitChart.DESCRIPTION)) {
            return d.newChart(title, model.data(d));
        }
        GridPane grid = new GridPane();
        grid.setHgap(6);
        List<ChartDescription> panel = ChartCatalogue.placed(ChartDescription.Placement.FIT);
        for (int i = 0; i < panel.size(); i++) {
            ChartDescription p = panel.get(i);
            String t = i == 0 ? title + " — " + p.titleFor(null).toLowerCase(java.util.Locale.ROOT) + ", epoch "
                    + run.fit().epoch() : p.titleFor(null);
            Node chart = p.newChart(t, model.data(p));
            grid.add(chart, i, 0);
            DashboardLayout.grow(chart);
        }
        return grid;
    }

    /** The dashboard as the window shows it, without its controls. */
    private static Region dashboard(ChartsModel model) {
        GridPane splitGrid = DashboardLayout.splitGrid();
        int index = 0;
        int panels = model.splits().size() * ChartCatalogue.placed(ChartDescription.Placement.SPLIT).size();
        for (String split : model.splits()) {
            for (ChartDescription d : ChartCatalogue.placed(ChartDescription.Placement.SPLIT)) {
                XYChart c = d.newChart(d.titleFor(split), model.data(d, split));
                d.matchGrid(c, model.logGrid());
                c.setLegendVisible(false);
                DashboardLayout.placeSplitPanel(c, index++, panels);
                splitGrid.getChildren().add(c);
            }
        }
        DashboardLayout.fitSplitGrid(splitGrid, panels);
        List<Node> fitCharts = ChartCatalogue.placed(ChartDescription.Placement.FIT).stream()
                .map(d -> (Node) d.newChart(d.titleFor(null), model.data(d))).toList();
        List<ChartDescription> run = ChartCatalogue.placed(ChartDescription.Placement.RUN);
        List<Node> runCharts = run.stream().map(d -> {
            XYChart c = d.newChart(d.titleFor(null), model.data(d));
            d.matchGrid(c, model.logGrid());
            if (d.equals(LfrChart.DESCRIPTION)) {
                c.setLegendVisible(false); // as on screen: one entry per shown epoch has no room
            }
            return (Node) c;
        }).toList();
        Region dashboard = DashboardLayout.arrange(splitGrid,
                DashboardLayout.fitPanel(fitCharts, new SimpleBooleanProperty(model.hasFitProperty().get())), runCharts,
                run.stream().map(model::shows).toList());
        Rectangle clip = new Rectangle(); // a figure smaller than the charts' minimum sizes is cut, not widened
        clip.widthProperty().bind(dashboard.widthProperty());
        clip.heightProperty().bind(dashboard.heightProperty());
        dashboard.setClip(clip);
        return dashboard;
    }

    private static List<EpochResult> upTo(RunRecord r, int epoch) {
        List<EpochResult> e = epoch < 0 ? r.epochs() : r.epochs().stream().filter(x -> x.epoch() <= epoch).toList();
        if (e.isEmpty()) {
            throw new IllegalArgumentException(r.folder().dir() + " has no epoch ≤ " + epoch);
        }
        return e;
    }

    private static String lastSplit(List<EpochResult> epochs) {
        List<SplitRdf> s = epochs.stream().filter(e -> !e.splits().isEmpty()).reduce((a, b) -> b).orElseThrow(
                () -> new IllegalArgumentException("the run has no RDF measurement")).splits();
        return s.get(s.size() - 1).name();
    }

    private static void requireSplit(ChartsModel model, String split) {
        if (!model.splits().contains(split)) {
            throw new IllegalArgumentException("no split '" + split + "' in the run: choose one of " + model.splits());
        }
    }
}
