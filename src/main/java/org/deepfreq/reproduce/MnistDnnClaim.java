package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deepfreq.data.DatasetMissingException;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.results.RunRecord;

/**
 * Claim 3: in the MNIST DNN (784-500×5-10, tanh, MSE), the effective targets of deeper splits start at higher
 * frequency but move lower during training and end lower than those of shallower splits. Quick mode trains the
 * {@code mnist-dnn-demo} preset from 3 seeds, full mode {@code mnist-dnn} from 5. Writes {@code mnist-dnn-peaks.csv}.
 */
public final class MnistDnnClaim implements ClaimExperiment {

    static final String RULE = "Per seed, with the hidden splits h1..hL: the seed agrees when the deepest split's RDF "
            + "peak at epoch 0 is strictly higher than the first's, every hidden split's peak is strictly lower at the "
            + "last epoch than at epoch 0, the deepest ends strictly lower than the first, and none of these peaks lies "
            + "on a grid edge (equal peaks are not ordered; an edge peak cannot support the claim). HELD when at least "
            + "⌈2n/3⌉ of the n seeds agree.";

    /** Quick mode's rdf-every: the RDF after every 5th epoch (and epoch 0 and the last, as always). */
    static final int QUICK_RDF_EVERY = 5;

    @Override
    public String id() {
        return "mnist-dnn";
    }

    @Override
    public ClaimResult run(ReproduceContext context) {
        String preset = preset(context);
        ExperimentConfig config = config(context);
        List<Long> seeds = context.quick() ? List.of(1L, 2L, 3L) : List.of(1L, 2L, 3L, 4L, 5L);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("preset", preset + ": " + Presets.named(preset).description());
        settings.put("rdf", config.rdf().describe() + ", epoch 0 and the last epoch always (the rule uses only these)");
        String claim = "The effective target of a deeper hidden layer starts at higher frequency (RDF peak at larger "
                + "1/δ) but moves lower during training and stays lower than that of shallower layers.";
        String title = "MNIST DNN: RDF peak of each split over training";
        List<RunRecord> runs = new ArrayList<>();
        try {
            ClaimRuns claimRuns = new ClaimRuns(context);
            for (long seed : seeds) {
                runs.add(claimRuns.run(id() + "-seed" + seed, config.with("seed", Long.toString(seed))));
            }
        } catch (DatasetMissingException e) { // a damaged run folder is an error, not "not run"
            return ClaimResult.notRun(id(), title, claim, RULE, settings, "MNIST is not available: " + e.getMessage());
        }
        Map<String, Map<String, Object>> perSeed = new LinkedHashMap<>();
        List<Boolean> agree = new ArrayList<>();
        StringBuilder csv = new StringBuilder("seed,split,peak_epoch0,peak_final,edge_epoch0,edge_final\n");
        Map<String, List<double[]>> bySplit = new LinkedHashMap<>();
        for (int i = 0; i < seeds.size(); i++) {
            RunRecord run = runs.get(i);
            EpochResult first = run.epochs().get(0);
            EpochResult last = run.epochs().get(run.epochs().size() - 1);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("epochs", last.epoch());
            row.put("final_val_accuracy", round(last.valAccuracy()));
            int hidden = first.splits().size() - 1;
            double[] start = new double[hidden];
            double[] end = new double[hidden];
            boolean edge = false;
            for (int s = 0; s < first.splits().size(); s++) {
                SplitRdf a = first.splits().get(s);
                SplitRdf b = last.splits().get(s);
                row.put("peak_" + a.name(), String.format(Locale.ROOT, "%.4g%s → %.4g%s", a.peakInvDelta(),
                        a.rdf().peakAtEdge() ? " EDGE" : "", b.peakInvDelta(), b.rdf().peakAtEdge() ? " EDGE" : ""));
                csv.append(String.format(Locale.ROOT, "%d,%s,%.6g,%.6g,%b,%b%n", seeds.get(i), a.name(),
                        a.peakInvDelta(), b.peakInvDelta(), a.rdf().peakAtEdge(), b.rdf().peakAtEdge()));
                bySplit.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(new double[] {a.peakInvDelta(),
                    b.peakInvDelta()});
                if (s > 0) {
                    start[s - 1] = a.peakInvDelta();
                    end[s - 1] = b.peakInvDelta();
                    edge |= a.rdf().peakAtEdge() || b.rdf().peakAtEdge();
                }
            }
            boolean agrees = agrees(start, end, edge);
            row.put("pairs_deeper_strictly_lower_at_end", PairOrder.ordered(end, true) + " of "
                    + PairOrder.pairs(hidden));
            row.put("agrees", agrees);
            agree.add(agrees);
            perSeed.put(Long.toString(seeds.get(i)), row);
        }
        AtomicFiles.writeString(context.outDir().resolve("mnist-dnn-peaks.csv"), csv.toString());
        Map<String, Object> measured = new LinkedHashMap<>();
        bySplit.forEach((split, v) -> measured.put("peak_" + split, SeedAgreement.meanSd(v.stream().mapToDouble(p ->
                p[0]).toArray(), "%.4g") + " → " + SeedAgreement.meanSd(v.stream().mapToDouble(p -> p[1]).toArray(),
                        "%.4g")));
        SeedAgreement a = SeedAgreement.of(agree);
        measured.put("seeds agreeing", a.text());
        String explanation = "Peaks at epoch 0 → last epoch, mean ± sd over the seeds, are in the table; " + a.text()
                + "." + (a.enough() || !context.quick() ? "" : " Quick mode trains a narrower net on fewer images with "
                        + "a larger learning rate; full mode uses the paper's settings.");
        List<String> figures = new ArrayList<>(List.of("mnist-dnn-peaks.csv"));
        figures.addAll(Figures.draw(context, id(), List.of(
                new FigureRenderer.Figure("peaks", List.of(runs.get(0)), null, -1, "MNIST DNN: RDF peak per split, seed "
                        + seeds.get(0)),
                new FigureRenderer.Figure("rdf", List.of(runs.get(0)), "h5", -1, "MNIST DNN: RDF of h5 over training, "
                        + "seed " + seeds.get(0)))));
        return new ClaimResult(id(), title, claim, RULE, settings, seeds, perSeed, measured,
                a.enough() ? Verdict.HELD : Verdict.NOT_HELD, explanation, figures);
    }

    private static String preset(ReproduceContext context) {
        return context.quick() ? "mnist-dnn-demo" : "mnist-dnn";
    }

    /**
     * The preset's config as the claim trains it. Quick mode measures the RDF of its 7 splits on 1,000 images after
     * every {@value #QUICK_RDF_EVERY}th epoch instead of every one (as the demo preset does):
     * that measurement, not training, took most of the claim's time, and the rule reads only epoch 0 and the last
     * epoch, which every schedule measures; the figures keep a point every few epochs.
     */
    static ExperimentConfig config(ReproduceContext context) {
        ExperimentConfig config = Presets.named(preset(context)).config();
        return context.quick() ? config.with("rdf-every", Integer.toString(QUICK_RDF_EVERY)) : config;
    }

    /**
     * One seed's verdict from the hidden splits' peaks (first to deepest) at epoch 0 and at the end: the deepest
     * starts strictly higher than the first, all move strictly lower, the deepest ends strictly lower, and no peak
     * involved is an edge peak.
     */
    static boolean agrees(double[] start, double[] end, boolean edge) {
        if (edge) {
            return false;
        }
        int deep = start.length - 1;
        boolean allLower = true;
        for (int s = 0; s < start.length; s++) {
            allLower &= end[s] < start[s];
        }
        return start[deep] > start[0] && allLower && end[deep] < end[0];
    }

    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
