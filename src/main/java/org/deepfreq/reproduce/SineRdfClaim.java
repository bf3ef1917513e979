package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.SyntheticTargets;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.spectrum.GridKind;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfRequest;
import org.deepfreq.spectrum.RdfResult;

/**
 * Claim 1: the RDF of sin(kπx) on [−1, 1] peaks at larger 1/δ as k grows (the RDF measures frequency).
 * Writes {@code rdf-sin.csv} (long format: k, inv_delta, lfr, rdf, rdf_normalized) beside the report.
 */
public final class SineRdfClaim implements ClaimExperiment {

    static final int POINTS = 400;
    static final int MAX_K = 5;
    /** Log-spaced from well below the k = 1 peak (≈ 1.8) to well above the k = 5 one (≈ 100). */
    static final InverseDeltaGrid GRID = new InverseDeltaGrid(0.1, 3000, 150, GridKind.LOG);
    static final String RULE = "HELD when the RDF peak 1/δ rises strictly with k = 1..5 and no peak lies on an edge "
            + "of the grid (equal peaks are not ordered; an edge peak is a peak of the window, not of the function).";

    @Override
    public String id() {
        return "rdf-sin";
    }

    /** RDF of sin(kπx) on a uniform grid of {@link #POINTS} points of [−1, 1]. */
    public static RdfRequest request(int k) {
        LabeledDataset sine = SyntheticTargets.sinKPiX(k, POINTS);
        return new RdfRequest(sine.features(), sine.targets(), GRID, false);
    }

    private static List<String> figures(ReproduceContext context, List<FigureRenderer.Series> curves) {
        List<String> files = new ArrayList<>(List.of("rdf-sin.csv"));
        files.addAll(Figures.plot(context, "rdf-sin", new FigureRenderer.Plot("RDF of sin(kπx), k = 1..5", "1/δ",
                "normalised RDF", false, curves, POINTS + " points of [-1, 1], 1/δ " + GRID.min() + ".." + GRID.max()
                        + " in " + GRID.steps() + " log-spaced steps, not normalised per dimension")));
        return files;
    }

    @Override
    public ClaimResult run(ReproduceContext context) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("points", POINTS + " uniform on [-1, 1]");
        settings.put("k", "1.." + MAX_K);
        settings.put("inv_delta", GRID.min() + ".." + GRID.max() + " in " + GRID.steps() + " log-spaced steps");
        settings.put("normalize", false);

        List<Double> peaks = new ArrayList<>();
        boolean edge = false;
        List<FigureRenderer.Series> curves = new ArrayList<>();
        StringBuilder csv = new StringBuilder("k,inv_delta,lfr,rdf,rdf_normalized\n");
        for (int k = 1; k <= MAX_K; k++) {
            RdfResult r = context.engine().compute(request(k));
            peaks.add(r.peakInvDelta());
            edge |= r.peakAtEdge();
            curves.add(new FigureRenderer.Series("sin(" + k + "πx)", r.invDelta(), r.rdfNormalized()));
            for (int i = 0; i < r.size(); i++) {
                csv.append(String.format(Locale.ROOT, "%d,%.6f,%.8g,%.8g,%.8g%n", k, r.invDelta()[i], r.lfr()[i],
                        r.rdf()[i], r.rdfNormalized()[i]));
            }
            context.log().accept(String.format(Locale.ROOT, "rdf-sin: k=%d peak at 1/δ = %.1f", k, r.peakInvDelta()));
        }
        AtomicFiles.writeString(context.outDir().resolve("rdf-sin.csv"), csv.toString());

        boolean increasing = true;
        for (int i = 1; i < peaks.size(); i++) {
            increasing &= peaks.get(i) > peaks.get(i - 1);
        }
        Map<String, Object> measured = new LinkedHashMap<>();
        for (int k = 1; k <= MAX_K; k++) {
            measured.put("peak_inv_delta_k" + k, round(peaks.get(k - 1)));
        }
        measured.put("edge_peak", edge);
        boolean held = increasing && !edge;
        String explanation = held
                ? "The peak 1/δ rises strictly with k and every peak lies inside the grid, so the RDF orders the "
                        + "targets by frequency."
                : edge ? "A peak lies on an edge of the grid, so it cannot support the claim."
                        : "The peak 1/δ does not rise strictly with k on this grid.";
        return new ClaimResult(id(), "RDF of sin(kπx)",
                "The RDF peak of sin(kπx) moves to larger 1/δ as the frequency k grows.", RULE, settings, List.of(),
                Map.of(), measured, held ? Verdict.HELD : Verdict.NOT_HELD, explanation, figures(context, curves));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
