package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The verdict rules of the ResNet claims, on plain numbers (so every branch is tested on synthetic inputs). Variants
 * are given per seed in ascending order of blocks.
 */
final class ResNetJudgement {

    static final String SKIPS_RULE = "Per seed, over the four variants sorted by blocks: convergence agrees when at "
            + "least 5 of the 6 pairs have strictly lower mean training loss with more blocks; frequency agrees when "
            + "at least 5 of the 6 pairs have a lower RDF peak 1/δ with more blocks, lower by more than half a grid "
            + "step (each variant has its own automatic grid, so closer peaks are ties), and no variant's peak lies on "
            + "a grid edge (a tie or an edge peak never counts). Frequency is judged with distance=mean at the "
            + "features split and at the fixed-width head split fc1; distance=sum at features is reported beside it. "
            + "A part holds when at least ⌈2n/3⌉ of the n seeds agree. HELD: convergence, features (mean) and fc1 "
            + "hold. HOLDS_ONLY_WITH_SUM: convergence and features (sum) hold but not both mean-distance parts. "
            + "Otherwise NOT_HELD.";
    static final String PLAIN_RULE = "Per seed: the loss gap is the mean training loss of the fewest-block variant "
            + "minus that of the most-block variant (its size: how much more blocks help); the advantage weakens when "
            + "the gap without skips is strictly smaller than with skips in the same seed. Frequency orders "
            + "convergence when at least 5 of the 6 pairs of plain variants are strictly concordant between the "
            + "features RDF peak and the mean loss (ties, including peaks closer than half a grid step, are not "
            + "concordant) and no peak lies on a grid edge; judged "
            + "with distance=mean, distance=sum reported beside it. A part holds when at least ⌈2n/3⌉ of the n seeds "
            + "agree. HELD: both parts hold with mean. HOLDS_ONLY_WITH_SUM: the gap part holds and the order part "
            + "only with sum. Otherwise NOT_HELD.";

    private ResNetJudgement() {
    }

    /**
     * One variant of one seed: blocks kept, dimension of the features split, mean training loss over the epochs,
     * final validation accuracy, and at the last epoch the RDF peak (distance=mean) of features and of the head split
     * with their edge flags and their grid's step ratio at the peak (s_{k+1}/s_k: variants may have different
     * automatic grids, so peaks closer than half a step are ties).
     */
    record Variant(int blocks, int featuresDim, double meanLoss, double valAccuracy, double featuresPeak,
            boolean featuresEdge, double featuresStep, double headPeak, boolean headEdge, double headStep) {

        /** The features peak with distance=sum: LFR_sum(s) = LFR_mean(d·s), so the peak moves to 1/d of it. */
        double featuresPeakSum() {
            return featuresPeak / featuresDim;
        }
    }

    /** A verdict with the values behind it. */
    record Outcome(Verdict verdict, Map<String, Map<String, Object>> perSeed, Map<String, Object> measured,
            String explanation) {
    }

    static Outcome judgeSkips(Map<Long, List<Variant>> seeds) {
        Map<String, Map<String, Object>> perSeed = new LinkedHashMap<>();
        List<Boolean> loss = new ArrayList<>();
        List<Boolean> mean = new ArrayList<>();
        List<Boolean> head = new ArrayList<>();
        List<Boolean> sum = new ArrayList<>();
        seeds.forEach((seed, v) -> {
            boolean l = PairOrder.nearlyOrdered(values(v, Variant::meanLoss), true);
            boolean m = !anyEdge(v, false) && peaksOrdered(v, Variant::featuresPeak, Variant::featuresStep) >= 5;
            boolean h = !anyEdge(v, true) && peaksOrdered(v, Variant::headPeak, Variant::headStep) >= 5;
            boolean s = !anyEdge(v, false) && peaksOrdered(v, Variant::featuresPeakSum, Variant::featuresStep) >= 5;
            loss.add(l);
            mean.add(m);
            head.add(h);
            sum.add(s);
            Map<String, Object> row = variantValues(v);
            row.put("pairs_lower_loss_with_more_blocks", PairOrder.ordered(values(v, Variant::meanLoss), true) + " of 6");
            row.put("pairs_lower_features_peak_mean", pairsText(v, Variant::featuresPeak, Variant::featuresStep, false));
            row.put("pairs_lower_head_peak", pairsText(v, Variant::headPeak, Variant::headStep, true));
            row.put("pairs_lower_features_peak_sum", pairsText(v, Variant::featuresPeakSum, Variant::featuresStep,
                    false));
            row.put("agrees", String.format(Locale.ROOT, "convergence %b, features(mean) %b, fc1 %b, features(sum) %b",
                    l, m, h, s));
            perSeed.put(Long.toString(seed), row);
        });
        SeedAgreement al = SeedAgreement.of(loss);
        SeedAgreement am = SeedAgreement.of(mean);
        SeedAgreement ah = SeedAgreement.of(head);
        SeedAgreement as = SeedAgreement.of(sum);
        Map<String, Object> measured = spread(seeds);
        measured.put("convergence (more blocks → lower mean loss)", al.text());
        measured.put("frequency, features, distance=mean", am.text());
        measured.put("frequency, fc1 (fixed width)", ah.text());
        measured.put("frequency, features, distance=sum", as.text());
        Verdict verdict = al.enough() && am.enough() && ah.enough() ? Verdict.HELD
                : al.enough() && as.enough() ? Verdict.HOLDS_ONLY_WITH_SUM : Verdict.NOT_HELD;
        String explanation = String.format(Locale.ROOT, "Convergence: %s. Lower-frequency target with more blocks: "
                + "features with distance=mean: %s; fc1: %s; with distance=sum (the paper's): %s.", al.text(), am.text(),
                ah.text(), as.text());
        return new Outcome(verdict, perSeed, measured, explanation);
    }

    static Outcome judgePlain(Map<Long, List<Variant>> plain, Map<Long, List<Variant>> skips) {
        Map<String, Map<String, Object>> perSeed = new LinkedHashMap<>();
        List<Boolean> weakens = new ArrayList<>();
        List<Boolean> orderMean = new ArrayList<>();
        List<Boolean> orderSum = new ArrayList<>();
        List<Double> gapsPlain = new ArrayList<>();
        List<Double> gapsSkips = new ArrayList<>();
        plain.forEach((seed, v) -> {
            double gp = gap(v);
            double gs = gap(skips.get(seed));
            gapsPlain.add(gp);
            gapsSkips.add(gs);
            boolean w = gp < gs;
            double[] loss = values(v, Variant::meanLoss);
            double[] step = values(v, Variant::featuresStep);
            int cm = PairOrder.concordantBeyondGrid(values(v, Variant::featuresPeak), step, loss);
            int cs = PairOrder.concordantBeyondGrid(values(v, Variant::featuresPeakSum), step, loss);
            boolean m = !anyEdge(v, false) && cm >= 5;
            boolean s = !anyEdge(v, false) && cs >= 5;
            weakens.add(w);
            orderMean.add(m);
            orderSum.add(s);
            Map<String, Object> row = variantValues(v);
            row.put("loss_gap_plain", round(gp));
            row.put("loss_gap_with_skips", round(gs));
            row.put("concordant_pairs_peak_mean_vs_loss", cm + " of 6");
            row.put("concordant_pairs_peak_sum_vs_loss", cs + " of 6");
            row.put("agrees", String.format(Locale.ROOT, "weakens %b, order(mean) %b, order(sum) %b", w, m, s));
            perSeed.put(Long.toString(seed), row);
        });
        SeedAgreement aw = SeedAgreement.of(weakens);
        SeedAgreement am = SeedAgreement.of(orderMean);
        SeedAgreement as = SeedAgreement.of(orderSum);
        Map<String, Object> measured = spread(plain);
        measured.put("loss gap without skips (fewest − most blocks)", SeedAgreement.meanSd(doubles(gapsPlain), "%.4f"));
        measured.put("loss gap with skips", SeedAgreement.meanSd(doubles(gapsSkips), "%.4f"));
        measured.put("advantage of more blocks weakens without skips", aw.text());
        measured.put("features peak orders convergence, distance=mean", am.text());
        measured.put("features peak orders convergence, distance=sum", as.text());
        Verdict verdict = aw.enough() && am.enough() ? Verdict.HELD
                : aw.enough() && as.enough() ? Verdict.HOLDS_ONLY_WITH_SUM : Verdict.NOT_HELD;
        String explanation = String.format(Locale.ROOT, "Loss gap between fewest and most blocks: %s without skips "
                + "against %s with skips; smaller without skips: %s. The features peak orders convergence with "
                + "distance=mean: %s; with distance=sum: %s.", SeedAgreement.meanSd(doubles(gapsPlain), "%.4f"),
                SeedAgreement.meanSd(doubles(gapsSkips), "%.4f"), aw.text(), am.text(), as.text());
        return new Outcome(verdict, perSeed, measured, explanation);
    }

    /** Mean loss of the fewest-block variant minus that of the most-block one (variants in ascending blocks). */
    static double gap(List<Variant> v) {
        return v.get(0).meanLoss() - v.get(v.size() - 1).meanLoss();
    }

    private static boolean anyEdge(List<Variant> v, boolean head) {
        return v.stream().anyMatch(x -> head ? x.headEdge() : x.featuresEdge());
    }

    private static double[] values(List<Variant> v, ToDoubleFunction<Variant> f) {
        return v.stream().mapToDouble(f).toArray();
    }

    private static int peaksOrdered(List<Variant> v, ToDoubleFunction<Variant> peak, ToDoubleFunction<Variant> step) {
        return PairOrder.orderedBeyondGrid(values(v, peak), values(v, step), true);
    }

    private static String pairsText(List<Variant> v, ToDoubleFunction<Variant> f, ToDoubleFunction<Variant> step,
            boolean head) {
        return anyEdge(v, head) ? "edge peak: cannot support" : peaksOrdered(v, f, step) + " of 6";
    }

    private static Map<String, Object> variantValues(List<Variant> v) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Variant x : v) {
            row.put("blocks_" + x.blocks(), String.format(Locale.ROOT, "mean loss %.4f, val acc %.3f, features peak "
                    + "%.4g%s (sum %.4g, d=%d), fc1 peak %.4g%s", x.meanLoss(), x.valAccuracy(), x.featuresPeak(),
                    x.featuresEdge() ? " EDGE" : "", x.featuresPeakSum(), x.featuresDim(), x.headPeak(),
                    x.headEdge() ? " EDGE" : ""));
        }
        return row;
    }

    /** Per variant over the seeds: mean ± sd of the mean loss and the peaks. */
    private static Map<String, Object> spread(Map<Long, List<Variant>> seeds) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<List<Variant>> all = new ArrayList<>(seeds.values());
        for (int i = 0; i < all.get(0).size(); i++) {
            int at = i;
            double[] loss = all.stream().mapToDouble(v -> v.get(at).meanLoss()).toArray();
            double[] peak = all.stream().mapToDouble(v -> v.get(at).featuresPeak()).toArray();
            double[] sum = all.stream().mapToDouble(v -> v.get(at).featuresPeakSum()).toArray();
            double[] head = all.stream().mapToDouble(v -> v.get(at).headPeak()).toArray();
            m.put("blocks " + all.get(0).get(i).blocks(), String.format(Locale.ROOT, "mean loss %s; features peak "
                    + "(mean) %s, (sum) %s; fc1 peak %s", SeedAgreement.meanSd(loss, "%.4f"),
                    SeedAgreement.meanSd(peak, "%.4g"), SeedAgreement.meanSd(sum, "%.4g"),
                    SeedAgreement.meanSd(head, "%.4g")));
        }
        return m;
    }

    private static double[] doubles(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
