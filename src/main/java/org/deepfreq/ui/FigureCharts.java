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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Builds the app's charts from finished runs, for figures drawn without the dashboard: RDF curves of a split over the
 * epochs, loss, peak trajectories, heatmap, a comparison of one split across runs, or all of them as a dashboard.
 */
final class FigureCharts {

    static final List<String> KINDS = List.of("rdf", "loss", "peaks", "heatmap", "compare", "fit", "dashboard");
    /** Kinds drawn from the seed folders of a multi-seed folder as mean ± sd bands. */
    static final List<String> SEED_KINDS = List.of("peaks", "loss");
    /** Prefix of a kind drawn as bands over seed runs ({@code seeds:peaks}). */
    public static final String SEEDS_PREFIX = "seeds:";

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
        RunRecord first = runs.get(0);
        List<EpochResult> epochs = upTo(first, epoch);
        String s = split != null ? split : lastSplit(epochs);
        ChartsModel model = new ChartsModel();
        epochs.forEach(model::add);
        boolean log = model.logGrid();
        return switch (kind) {
            case "rdf" -> {
                requireSplit(model, s);
                XYChart c = Charts.lines(title, "1/δ", "normalised RDF", false);
                c.getDatasets().setAll(model.rdfCurves(s));
                Charts.logX(c, log);
                yield c;
            }
            case "loss" -> runs.size() == 1 ? lossOf(model, title) : lossAcross(runs, epoch, title);
            case "peaks" -> {
                XYChart c = Charts.lines(title, "epoch", "RDF peak 1/δ", log);
                c.getDatasets().setAll(model.peakSets());
                Charts.markers(c, model.edgePeaks());
                yield c;
            }
            case "heatmap" -> {
                requireSplit(model, s);
                model.heatmapSplitProperty().set(s);
                yield Charts.heatmap(title, model.heatmap());
            }
            case "compare" -> {
                XYChart c = compare(runs, s, epoch, title);
                Charts.logX(c, log);
                yield c;
            }
            case "fit" -> fit(first, title);
            case SEEDS_PREFIX + "peaks", SEEDS_PREFIX + "loss" -> seedBands(kind.substring(SEEDS_PREFIX.length()), runs,
                    title);
            case "dashboard" -> dashboard(model, title);
            default -> throw new IllegalArgumentException("unknown chart '" + kind + "': choose one of " + KINDS);
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

    private static XYChart lossOf(ChartsModel model, String title) {
        XYChart c = Charts.lines(title, "epoch", "loss", true);
        c.getDatasets().setAll(model.trainLoss(), model.valLoss());
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
        XYChart c = Charts.lines(title, "1/δ", "normalised RDF", false);
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

    /** Target vs output and their spectra after the run's last epoch (1-D runs). */
    private static Region fit(RunRecord run, String title) {
        if (run.fit() == null) {
            throw new IllegalArgumentException(run.folder().dir() + " has no 1-D fit (fit.csv): only 1-D runs such as "
                    + "depth-1d record one");
        }
        ChartsModel model = new ChartsModel();
        model.setFit(run.fit(), run.fit().spectrum());
        model.applyPending(Integer.MAX_VALUE);
        XYChart values = Charts.lines(title + " — target and output, epoch " + run.fit().epoch(), "x", "y", false);
        values.getDatasets().setAll(model.fit());
        XYChart spectra = Charts.lines("Fourier spectra (|DFT|)", "frequency index k", "|DFT| / n", false);
        spectra.getDatasets().setAll(model.spectrum());
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.add(values, 0, 0);
        grid.add(spectra, 1, 0);
        grid.getChildren().forEach(n -> {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        });
        return grid;
    }

    private static Region dashboard(ChartsModel model, String title) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        int col = 0;
        for (String split : model.splits()) {
            XYChart c = Charts.lines("RDF, " + split, "1/δ", "normalised RDF", false);
            c.getDatasets().setAll(model.rdfCurves(split));
            c.setLegendVisible(false);
            grid.add(c, col % 4, col / 4);
            col++;
        }
        int row = (col + 3) / 4;
        XYChart peaks = Charts.lines("RDF peak per split", "epoch", "peak 1/δ", false);
        peaks.getDatasets().setAll(model.peakSets());
        model.heatmapSplitProperty().set(model.splits().get(model.splits().size() - 1));
        grid.add(lossOf(model, "Loss"), 0, row, 2, 1);
        grid.add(peaks, 2, row);
        grid.add(Charts.heatmap("Normalised RDF, " + model.heatmapSplitProperty().get(), model.heatmap()), 3, row);
        grid.getChildren().forEach(n -> {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        });
        return grid;
    }

    private static List<EpochResult> upTo(RunRecord r, int epoch) {
        List<EpochResult> e = epoch < 0 ? r.epochs() : r.epochs().stream().filter(x -> x.epoch() <= epoch).toList();
        if (e.isEmpty()) {
            throw new IllegalArgumentException(r.folder().dir() + " has no epoch ≤ " + epoch);
        }
        return e;
    }

    private static String lastSplit(List<EpochResult> epochs) {
        List<SplitRdf> s = epochs.get(epochs.size() - 1).splits();
        return s.get(s.size() - 1).name();
    }

    private static void requireSplit(ChartsModel model, String split) {
        if (!model.splits().contains(split)) {
            throw new IllegalArgumentException("no split '" + split + "' in the run: choose one of " + model.splits());
        }
    }
}
