package org.deepfreq.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.reproduce.FigureRenderer;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.deepfreq.results.SeedSummary;
import org.deepfreq.ui.FigureFactory;
import org.deepfreq.ui.FigureMetadata;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code deepfreq figure}: draws one of the app's charts from run folders into a PNG, SVG or PDF, without a window;
 * {@code figure --info FILE} prints the provenance a figure carries.
 */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = {"Draw a chart of finished or running runs as PNG, SVG or PDF (by the --out extension), without "
                + "a window (for scripts and papers). Every figure carries its runs' provenance in its metadata.",
            "Every chart of the app (see --chart); compare overlays a split of several --run folders at one epoch, "
                    + "loss overlays their training losses, dashboard draws the whole dashboard.",
            "figure --info FILE prints the provenance stored in a figure (preset, seed, δ grid, config, versions, "
                    + "source revision)."})
final class FigureCommand implements Callable<Integer> {

    @Option(names = "--info", paramLabel = "FILE", description = "print the provenance stored in a .png, .svg or "
            + ".pdf figure and exit")
    Path info;

    @Option(names = "--run", paramLabel = "DIR", description = "run folder (repeat for compare/loss)")
    List<Path> runs = new ArrayList<>();

    @Option(names = "--chart", paramLabel = "KIND", completionCandidates = ChartKinds.class,
            description = "one of: ${COMPLETION-CANDIDATES} (fit and spectrum: 1-D runs)")
    String chart;

    /** The chart kinds of the app's chart catalogue, for the help text. */
    static final class ChartKinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FigureFactory.chartKinds().iterator();
        }
    }

    @Option(names = "--split", paramLabel = "NAME", description = "split for rdf/heatmap/compare (default: the deepest)")
    String split;

    @Option(names = "--epoch", paramLabel = "E", description = "show the run up to this epoch (default: the last)")
    Integer epoch;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2", description = "pixel scale 1-4 (default 2)")
    double scale;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "900x600",
            description = "size at 1× (default 900x600; the dashboard 1400x900)")
    String size;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--title", paramLabel = "TEXT", description = "title (default: chart and run names)")
    String title;

    @Option(names = "--out", paramLabel = "FILE", description = "figure to write: FILE.png, FILE.svg or FILE.pdf "
            + "(vector, text as text, one page)")
    Path out;

    /** A folder of {@code train --seeds}: its seed runs' mean ± sd as bands (peaks or loss). */
    private Integer seedBands(double w, double h) {
        if (!List.of("peaks", "loss").contains(chart)) {
            throw new IllegalArgumentException(runs.get(0) + " holds seed folders: draw it with --chart peaks or "
                    + "--chart loss (mean ± sd bands), or give one seed-<s> folder for the other charts");
        }
        List<RunRecord> seeds = SeedSummary.seedFolders(runs.get(0)).stream().map(RunFolderReader::read).toList();
        String t = title != null ? title : chart + " · " + runs.get(0).getFileName();
        new FigureFactory(w, h, scale).render(new FigureRenderer.Figure(FigureFactory.SEEDS_PREFIX + chart, seeds,
                null, epoch == null ? -1 : epoch, t), out);
        System.out.println("wrote " + out);
        return 0;
    }

    @Override
    public Integer call() {
        if (info != null) {
            Map<String, String> stored = FigureMetadata.read(info);
            if (stored.isEmpty()) {
                throw new IllegalArgumentException(info + " carries no provenance: it was not written by figure or "
                        + "the app's export");
            }
            stored.forEach((k, v) -> System.out.println(k + ": " + v));
            return 0;
        }
        if (runs.isEmpty() || chart == null || out == null) {
            throw new IllegalArgumentException("figure needs --run DIR, --chart KIND and --out FILE (or --info FILE)");
        }
        if (chart.equals("dashboard") && !spec.commandLine().getParseResult().hasMatchedOption("--size")) {
            size = "1400x900"; // the app window's size: at 900x600 the 1-D side panel's charts have no height left
        }
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        if (wh.length != 2) {
            throw new IllegalArgumentException("--size must be WIDTHxHEIGHT, e.g. 900x600, got '" + size + "'");
        }
        double w;
        double h;
        try {
            w = Double.parseDouble(wh[0]);
            h = Double.parseDouble(wh[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--size must be WIDTHxHEIGHT in pixels, got '" + size + "'", e);
        }
        if (w < 200 || h < 150 || w > 4000 || h > 3000) {
            throw new IllegalArgumentException("--size must be between 200x150 and 4000x3000, got '" + size + "'");
        }
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg") && !name.endsWith(".pdf")) {
            throw new IllegalArgumentException("--out must name a .png, .svg or .pdf file, got " + out);
        }
        AtomicFiles.checkTarget(out);
        if (runs.size() == 1 && SeedSummary.isMultiSeed(runs.get(0))) {
            return seedBands(w, h);
        }
        if (epoch != null && epoch < 0) {
            throw new IllegalArgumentException("--epoch must be 0 or more, got " + epoch + "; leave it out to show "
                    + "every epoch up to the last");
        }
        List<RunRecord> records = runs.stream().map(d -> RunFolderReader.read(new RunFolder(d))).toList();
        for (RunRecord r : records) {
            if (r.epochs().isEmpty()) {
                throw new IllegalArgumentException(r.folder().dir() + " has no finished epoch yet: wait for epoch 0, "
                        + "or resume the run");
            }
            if (epoch != null && epoch > r.lastEpoch()) {
                throw new IllegalArgumentException("--epoch " + epoch + " is beyond the last epoch of " + r.folder()
                        .dir() + " (" + r.lastEpoch() + "): choose 0.." + r.lastEpoch());
            }
            boolean hasRdf = r.epochs().stream().anyMatch(e -> !e.splits().isEmpty());
            if (!hasRdf && !chart.equals("loss")) {
                throw new IllegalArgumentException(r.folder().dir() + " has no RDF data (rdf.csv missing or empty): "
                        + "the " + chart + " chart needs it; --chart loss works without");
            }
        }
        if (split == null && chart.equals("compare")) { // compare: the default split of the runs, not the deepest
            List<org.deepfreq.experiment.SplitRdf> last = records.get(0).epochs().get(records.get(0).epochs().size() - 1)
                    .splits();
            split = SplitRdf.defaultSplit(last.stream().map(SplitRdf::name).toList());
        }
        String t = title != null ? title : chart + " · " + String.join(", ", records.stream()
                .map(r -> r.folder().dir().getFileName().toString()).toList());
        new FigureFactory(w, h, scale).render(new FigureRenderer.Figure(chart, records, split, epoch == null ? -1 : epoch,
                t), out);
        System.out.println("wrote " + out);
        return 0;
    }
}
