package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.PeakErrors;
import org.deepfreq.experiment.Presets;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.results.RunRecord;

/**
 * Claim 4 (the F-Principle, Xu et al.): a network fitting a 1-D target learns its low frequencies first. A tanh MLP
 * is trained full batch on sin(x) + 2 sin(3x) + 3 sin(5x) on the whole uniform 1,001-point grid of [−π, π] (so the
 * DFT of the fit is that of the paper's uniform samples), from several seeds; every epoch records the output's
 * relative error at the target's DFT peaks ({@link PeakErrors}, the run folder's fprinciple.csv). Writes
 * {@code fprinciple-1d.csv} and draws the heat map of the first seed.
 */
public final class FPrincipleClaim implements ClaimExperiment {

    /** A peak counts as learnt once its relative error is below this. */
    static final double THRESHOLD = 0.1;

    static final String RULE = "Per seed: for each peak frequency k_1 < k_2 < ... of the target's DFT, the first epoch "
            + "at which the output's relative error |T_k - O_k| / |T_k| falls below " + THRESHOLD + " (a peak that "
            + "never does counts as later than any that does). The seed agrees when these epochs never decrease from "
            + "one peak to the next higher one and the lowest peak gets there strictly before the highest (equal "
            + "epochs throughout are no order). HELD when at least ⌈2n/3⌉ of the n seeds agree.";

    /** The target: the paper's example, three frequencies with the largest amplitude at the highest. */
    static final String TARGET = "sin(x)+2sin(3x)+3sin(5x)";

    /** Settings of one mode. */
    public record Settings(String preset, int depth, double learningRate, int maxEpochs, double stopLoss,
            List<Long> seeds) {
    }

    /** Quick mode (minutes on 2 cores) and full mode (the depth-1d preset's width 200, more seeds). */
    public static final Settings QUICK = new Settings("depth-1d-demo", 3, 1e-2, 600, 0.01, List.of(1L, 2L, 3L));
    public static final Settings FULL = new Settings("depth-1d", 4, 1e-3, 5000, 1e-3, List.of(1L, 2L, 3L, 4L, 5L));

    private final Settings quick;
    private final Settings full;

    public FPrincipleClaim() {
        this(QUICK, FULL);
    }

    /** With other settings (tests use a miniature run). */
    public FPrincipleClaim(Settings quick, Settings full) {
        this.quick = quick;
        this.full = full;
    }

    @Override
    public String id() {
        return "fprinciple-1d";
    }

    /**
     * The run's configuration: the preset's network at the given depth, the target on the whole grid, full batch; the
     * RDF every run measures per epoch on a small subset and grid (this claim does not use it).
     */
    static ExperimentConfig config(Settings s, long seed) {
        String points = "1001";
        return Presets.named(s.preset()).config().withSettings(List.of("dataset=expr:" + TARGET, "train=" + points,
                "validation=0", "batch=" + points, "depth=" + s.depth(), "lr=" + s.learningRate(),
                "epochs=" + s.maxEpochs(), "stop-loss=" + s.stopLoss(), "samples=" + RDF_SAMPLES, "steps=20",
                "seed=" + seed));
    }

    /** RDF subset size of the claim's runs. */
    static final int RDF_SAMPLES = 100;

    @Override
    public ClaimResult run(ReproduceContext context) {
        Settings s = context.quick() ? quick : full;
        ExperimentConfig base = config(s, s.seeds().get(0));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("target", TARGET + " on the 1,001 uniform points of [-π, π], all of them training points");
        settings.put("network", base.network().label() + " (preset " + s.preset() + "), MSE");
        settings.put("training", String.format(Locale.ROOT, "full batch, Adam lr %g, until MSE < %g (at most %d "
                + "epochs)", s.learningRate(), s.stopLoss(), s.maxEpochs()));
        settings.put("measure", "relative error of the output's DFT at the target's DFT peaks, every epoch; learnt "
                + "below " + THRESHOLD);
        String claim = "Low frequencies converge first: the network's output matches the target's low-frequency "
                + "components before its high-frequency ones (the F-Principle).";
        String title = "1-D F-Principle: relative error at the target's peak frequencies";
        ClaimRuns claimRuns = new ClaimRuns(context);
        List<RunRecord> runs = new ArrayList<>();
        for (long seed : s.seeds()) {
            runs.add(claimRuns.run(id() + "-seed" + seed, config(s, seed)));
        }
        Map<String, Map<String, Object>> perSeed = new LinkedHashMap<>();
        List<Boolean> agree = new ArrayList<>();
        StringBuilder csv = new StringBuilder("seed,k,first_epoch_below,final_relative_error\n");
        Map<Integer, List<Double>> firstByPeak = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            List<FourierSpectrum> spectra = runs.get(i).spectra();
            int[] first = PeakErrors.firstEpochsBelow(spectra, THRESHOLD);
            PeakErrors last = spectra.get(spectra.size() - 1).peaks();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int p = 0; p < first.length; p++) {
                int k = last.frequencies()[p];
                String when = first[p] == Integer.MAX_VALUE ? "never" : Integer.toString(first[p]);
                row.put("k=" + k, String.format(Locale.ROOT, "below %s at epoch %s (final error %.3g)", THRESHOLD, when,
                        last.relativeError(p)));
                csv.append(String.format(Locale.ROOT, "%d,%d,%s,%.6g%n", s.seeds().get(i), k,
                        first[p] == Integer.MAX_VALUE ? "" : Integer.toString(first[p]), last.relativeError(p)));
                if (first[p] != Integer.MAX_VALUE) {
                    firstByPeak.computeIfAbsent(k, x -> new ArrayList<>()).add((double) first[p]);
                }
            }
            row.put("epochs", spectra.get(spectra.size() - 1).epoch());
            boolean a = agrees(first);
            row.put("agrees", a);
            agree.add(a);
            perSeed.put(Long.toString(s.seeds().get(i)), row);
        }
        AtomicFiles.writeString(context.outDir().resolve("fprinciple-1d.csv"), csv.toString());
        Map<String, Object> measured = new LinkedHashMap<>();
        firstByPeak.forEach((k, v) -> measured.put("first epoch below " + THRESHOLD + " at k=" + k,
                SeedAgreement.meanSd(v.stream().mapToDouble(Double::doubleValue).toArray(), "%.0f") + " (" + v.size()
                        + " of " + runs.size() + " seeds get there)"));
        SeedAgreement sa = SeedAgreement.of(agree);
        measured.put("seeds agreeing", sa.text());
        String explanation = "Per seed, the epochs at which each peak's error first fell below " + THRESHOLD
                + " are in the table (lowest frequency first); " + sa.text() + ".";
        List<String> figures = new ArrayList<>(List.of("fprinciple-1d.csv"));
        figures.addAll(Figures.draw(context, id(), List.of(new FigureRenderer.Figure("fprinciple", List.of(runs.get(0)),
                null, -1, "F-Principle: relative error at the peaks of " + TARGET + ", seed " + s.seeds().get(0)))));
        return new ClaimResult(id(), title, claim, RULE, settings, s.seeds(), perSeed, measured,
                sa.enough() ? Verdict.HELD : Verdict.NOT_HELD, explanation, figures);
    }

    /**
     * One seed's verdict from the first epoch below the threshold per peak, lowest frequency first
     * ({@code Integer.MAX_VALUE}: never): non-decreasing, and the lowest strictly before the highest.
     */
    static boolean agrees(int[] firstEpochBelow) {
        if (firstEpochBelow.length < 2) {
            return false;
        }
        for (int p = 1; p < firstEpochBelow.length; p++) {
            if (firstEpochBelow[p] < firstEpochBelow[p - 1]) {
                return false;
            }
        }
        return firstEpochBelow[0] < firstEpochBelow[firstEpochBelow.length - 1];
    }
}
