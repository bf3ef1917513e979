package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.SyntheticTargets;
import org.deepfreq.model.FullyConnectedNetwork;
import org.deepfreq.model.InitScheme;
import org.deepfreq.model.LossKind;
import org.deepfreq.model.NetworkSpec;
import org.deepfreq.io.AtomicFiles;

/**
 * Claim 2: on the 1-D target cos(3x)+cos(5x), MLPs of equal width need fewer epochs to reach a fixed error the
 * deeper they are. Each depth is trained under each initialisation from several fixed seeds (full batch, Adam) until
 * the training MSE falls below the threshold. Writes {@code depth-1d.csv}.
 */
public final class DepthSweepClaim implements ClaimExperiment {

    static final String RULE = "Per initialisation and seed: the seed agrees when the deepest network reaches the "
            + "threshold in strictly fewer epochs than depth 1 and at most one step to the next depth is not strictly "
            + "faster (equal counts are not faster; a run that never reaches the threshold counts as slower than any "
            + "that does). The claim holds under an initialisation when at least ⌈2n/3⌉ of the n seeds agree; the "
            + "verdict is HELD when it holds under at least one initialisation, and says under which.";

    /** Settings of one sweep. */
    public record Settings(int maxDepth, int width, int points, double learningRate, double threshold, int maxEpochs,
            List<Long> seeds, List<InitScheme> inits) {
    }

    /** Quick mode (minutes on 2 cores) and full mode (strict threshold, deeper, more seeds). */
    public static final Settings QUICK = new Settings(4, 50, 200, 3e-3, 0.02, 3000, List.of(1L, 2L, 3L),
            List.of(InitScheme.XAVIER, InitScheme.LECUN_NORMAL));
    public static final Settings FULL = new Settings(6, 50, 1001, 1e-3, 1e-3, 20000, List.of(1L, 2L, 3L, 4L, 5L),
            List.of(InitScheme.XAVIER, InitScheme.LECUN_NORMAL));

    private final Settings quick;
    private final Settings full;

    public DepthSweepClaim() {
        this(QUICK, FULL);
    }

    /** With other settings (tests use a miniature sweep). */
    public DepthSweepClaim(Settings quick, Settings full) {
        this.quick = quick;
        this.full = full;
    }

    @Override
    public String id() {
        return "depth-1d";
    }

    @Override
    public ClaimResult run(ReproduceContext context) {
        Settings s = context.quick() ? quick : full;
        LabeledDataset data = SyntheticTargets.cos3xCos5x(s.points());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("target", "cos(3x)+cos(5x) on " + s.points() + " uniform points of [-π, π]");
        settings.put("networks", "tanh MLPs of width " + s.width() + ", depth 1.." + s.maxDepth() + ", linear output, MSE");
        settings.put("training", String.format(Locale.ROOT, "full batch, Adam lr %g, until MSE < %g (at most %d epochs)",
                s.learningRate(), s.threshold(), s.maxEpochs()));
        settings.put("initialisations", s.inits().stream().map(InitScheme::label).toList());

        StringBuilder csv = new StringBuilder("init,depth,seed,epochs,reached\n");
        Map<String, Object> measured = new LinkedHashMap<>();
        Map<String, Map<String, Object>> perSeed = new LinkedHashMap<>();
        Map<InitScheme, List<Double>> meansByInit = new LinkedHashMap<>();
        Map<InitScheme, List<Double>> sdsByInit = new LinkedHashMap<>();
        List<String> heldUnder = new ArrayList<>();
        StringBuilder explanation = new StringBuilder();
        for (InitScheme init : s.inits()) {
            int[][] epochs = new int[s.seeds().size()][s.maxDepth()];
            List<Double> means = new ArrayList<>();
            List<Double> sds = new ArrayList<>();
            for (int depth = 1; depth <= s.maxDepth(); depth++) {
                double[] values = new double[s.seeds().size()];
                int reached = 0;
                for (int i = 0; i < s.seeds().size(); i++) {
                    long seed = s.seeds().get(i);
                    int e = epochsToThreshold(data, depth, s, seed, init);
                    epochs[i][depth - 1] = e;
                    boolean ok = e <= s.maxEpochs();
                    reached += ok ? 1 : 0;
                    values[i] = Math.min(e, s.maxEpochs());
                    csv.append(init.label()).append(',').append(depth).append(',').append(seed).append(',')
                            .append(Math.min(e, s.maxEpochs())).append(',').append(ok).append('\n');
                }
                means.add(org.deepfreq.results.SeedSummary.mean(values));
                double sd = org.deepfreq.results.SeedSummary.sd(values);
                sds.add(Double.isNaN(sd) ? 0 : sd);
                measured.put(init.label() + ", depth " + depth, SeedAgreement.meanSd(values, "%.0f") + " epochs ("
                        + reached + "/" + values.length + " reached)");
                context.log().accept(String.format(Locale.ROOT, "depth-1d: %s depth %d needs %s epochs", init.label(),
                        depth, SeedAgreement.meanSd(values, "%.0f")));
            }
            List<Boolean> agree = new ArrayList<>();
            for (int i = 0; i < s.seeds().size(); i++) {
                boolean a = agrees(epochs[i]);
                agree.add(a);
                perSeed.computeIfAbsent(Long.toString(s.seeds().get(i)), k -> new LinkedHashMap<>()).put(init.label(),
                        java.util.Arrays.toString(epochs[i]).replace(Integer.toString(s.maxEpochs() + 1), "not reached")
                                + (a ? " agrees" : " does not agree"));
            }
            SeedAgreement sa = SeedAgreement.of(agree);
            measured.put(init.label() + ": seeds agreeing", sa.text());
            if (sa.enough()) {
                heldUnder.add(init.label());
            }
            explanation.append(String.format(Locale.ROOT, "With %s weights depth 1 needs %.0f epochs on average and "
                    + "depth %d %.0f; %s. ", init.label(), means.get(0), s.maxDepth(), means.get(means.size() - 1),
                    sa.text()));
            meansByInit.put(init, means);
            sdsByInit.put(init, sds);
        }
        AtomicFiles.writeString(context.outDir().resolve("depth-1d.csv"), csv.toString());
        explanation.append(heldUnder.isEmpty() ? "The claim holds under none of the initialisations."
                : "The claim holds under " + String.join(" and ", heldUnder) + (heldUnder.size() < s.inits().size()
                        ? " only." : "."));
        return new ClaimResult(id(), "1-D depth experiment", "Deeper networks of equal width reach a fixed error on "
                + "cos(3x)+cos(5x) in fewer training steps.", RULE, settings, s.seeds(), perSeed, measured,
                heldUnder.isEmpty() ? Verdict.NOT_HELD : Verdict.HELD, explanation.toString().trim(),
                figures(context, s, meansByInit, sdsByInit));
    }

    /**
     * One seed's verdict from its epochs per depth (depth 1 first; maxEpochs + 1 when never reached): the deepest is
     * strictly faster than depth 1 and at most one step in depth is not strictly faster.
     */
    static boolean agrees(int[] epochsByDepth) {
        int n = epochsByDepth.length;
        int notFaster = 0;
        for (int d = 1; d < n; d++) {
            notFaster += epochsByDepth[d] < epochsByDepth[d - 1] ? 0 : 1;
        }
        return epochsByDepth[n - 1] < epochsByDepth[0] && notFaster <= 1;
    }

    private static List<String> figures(ReproduceContext context, Settings s, Map<InitScheme, List<Double>> means,
            Map<InitScheme, List<Double>> sds) {
        List<FigureRenderer.Series> series = new ArrayList<>();
        means.forEach((init, m) -> {
            int n = m.size();
            double[] depth = new double[n];
            double[] mean = new double[n];
            double[] hi = new double[n];
            for (int i = 0; i < n; i++) {
                depth[i] = i + 1;
                mean[i] = m.get(i);
                hi[i] = m.get(i) + sds.get(init).get(i);
            }
            series.add(new FigureRenderer.Series(init.label() + ": mean of " + s.seeds().size() + " seeds", depth, mean));
            series.add(new FigureRenderer.Series(init.label() + ": mean + sd", depth, hi));
        });
        List<String> files = new ArrayList<>(List.of("depth-1d.csv"));
        files.addAll(Figures.plot(context, "depth-1d", new FigureRenderer.Plot("Epochs to MSE < " + s.threshold()
                + " on cos(3x)+cos(5x)", "hidden layers", "epochs", false, series,
                "tanh MLPs of width " + s.width() + ", full batch, Adam lr " + s.learningRate() + ", init "
                        + means.keySet().stream().map(InitScheme::label).toList() + ", seeds " + s.seeds())));
        return files;
    }

    /**
     * Full-batch epochs (updates) until the training MSE is below the threshold (maxEpochs + 1 when never). The MSE
     * after update e is the one the full-batch step e + 1 computes before its own update, so no separate forward pass
     * is needed: the loop runs one step past the epoch it returns.
     */
    static int epochsToThreshold(LabeledDataset data, int depth, Settings s, long seed, InitScheme init) {
        FullyConnectedNetwork net = FullyConnectedNetwork.create(1, 1, new NetworkSpec(depth, s.width(), "tanh",
                LossKind.MSE).withInit(init), s.learningRate(), seed);
        net.fitBatch(data.features(), data.targets()); // update 1
        for (int epoch = 1; epoch <= s.maxEpochs(); epoch++) {
            double lossAfterEpoch = net.fitBatch(data.features(), data.targets());
            if (lossAfterEpoch < s.threshold()) {
                return epoch;
            }
        }
        return s.maxEpochs() + 1;
    }
}
