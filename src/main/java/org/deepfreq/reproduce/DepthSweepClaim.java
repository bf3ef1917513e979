package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.SyntheticTargets;
import org.deepfreq.model.FullyConnectedNetwork;
import org.deepfreq.model.LossKind;
import org.deepfreq.model.NetworkSpec;
import org.deepfreq.io.AtomicFiles;

/**
 * Claim 2: on the 1-D target cos(3x)+cos(5x), MLPs of equal width need fewer epochs to reach a fixed error the
 * deeper they are. Each depth is trained from several fixed seeds (full batch, Adam) until the training MSE falls
 * below the threshold; mean ± standard deviation of the epochs are reported. Writes {@code depth-1d.csv}.
 */
public final class DepthSweepClaim implements ClaimExperiment {

    /** Settings of one sweep. */
    public record Settings(int maxDepth, int width, int points, double learningRate, double threshold, int maxEpochs,
            List<Long> seeds) {
    }

    /** Quick mode (minutes on 2 cores) and full mode (the paper's scale: wider, more seeds). */
    public static final Settings QUICK = new Settings(4, 50, 200, 3e-3, 0.02, 3000, List.of(1L, 2L, 3L));
    public static final Settings FULL = new Settings(6, 200, 1001, 1e-3, 0.01, 20000, List.of(1L, 2L, 3L, 4L, 5L));

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
        settings.put("seeds", s.seeds());

        StringBuilder csv = new StringBuilder("depth,seed,epochs,reached\n");
        Map<String, Object> measured = new LinkedHashMap<>();
        List<Double> means = new ArrayList<>();
        List<Double> sds = new ArrayList<>();
        for (int depth = 1; depth <= s.maxDepth(); depth++) {
            double sum = 0;
            double sq = 0;
            int reached = 0;
            for (long seed : s.seeds()) {
                int epochs = epochsToThreshold(data, depth, s, seed);
                boolean ok = epochs <= s.maxEpochs();
                reached += ok ? 1 : 0;
                csv.append(depth).append(',').append(seed).append(',').append(Math.min(epochs, s.maxEpochs())).append(',')
                        .append(ok).append('\n');
                sum += Math.min(epochs, s.maxEpochs());
                sq += Math.pow(Math.min(epochs, s.maxEpochs()), 2);
            }
            int k = s.seeds().size();
            double mean = sum / k;
            double sd = Math.sqrt(Math.max(0, sq / k - mean * mean));
            means.add(mean);
            sds.add(sd);
            measured.put("epochs_depth_" + depth, String.format(Locale.ROOT, "%.0f ± %.0f (%d/%d reached)", mean, sd,
                    reached, k));
            context.log().accept(String.format(Locale.ROOT, "depth-1d: depth %d needs %.0f ± %.0f epochs", depth, mean, sd));
        }
        AtomicFiles.writeString(context.outDir().resolve("depth-1d.csv"), csv.toString());
        boolean held = means.get(means.size() - 1) < means.get(0);
        int decreasing = 0;
        for (int i = 1; i < means.size(); i++) {
            decreasing += means.get(i) <= means.get(i - 1) ? 1 : 0;
        }
        measured.put("depth_steps_not_slower", decreasing + " of " + (means.size() - 1));
        String explanation = String.format(Locale.ROOT, "The deepest network needs %.0f epochs on average against %.0f "
                + "for depth 1; %d of %d steps in depth are not slower.%s", means.get(means.size() - 1), means.get(0),
                decreasing, means.size() - 1, held ? "" : " Full mode trains wider networks from more seeds.");
        return new ClaimResult(id(), "1-D depth experiment", "Deeper networks of equal width reach a fixed error on "
                + "cos(3x)+cos(5x) in fewer training steps.", settings, measured, held ? Verdict.HELD : Verdict.NOT_HELD,
                explanation, figures(context, s, means, sds));
    }

    private static List<String> figures(ReproduceContext context, Settings s, List<Double> means, List<Double> sds) {
        int n = means.size();
        double[] depth = new double[n];
        double[] mean = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            depth[i] = i + 1;
            mean[i] = means.get(i);
            lo[i] = means.get(i) - sds.get(i);
            hi[i] = means.get(i) + sds.get(i);
        }
        List<String> files = new ArrayList<>(List.of("depth-1d.csv"));
        files.addAll(Figures.plot(context, "depth-1d", new FigureRenderer.Plot("Epochs to MSE < " + s.threshold()
                + " on cos(3x)+cos(5x)", "hidden layers", "epochs", false, List.of(
                        new FigureRenderer.Series("mean of " + s.seeds().size() + " seeds", depth, mean),
                        new FigureRenderer.Series("mean − sd", depth, lo),
                        new FigureRenderer.Series("mean + sd", depth, hi)),
                "tanh MLPs of width " + s.width() + ", full batch, Adam lr " + s.learningRate() + ", seeds "
                        + s.seeds())));
        return files;
    }

    /** Full-batch epochs until the training MSE is below the threshold (maxEpochs + 1 when never). */
    static int epochsToThreshold(LabeledDataset data, int depth, Settings s, long seed) {
        FullyConnectedNetwork net = FullyConnectedNetwork.create(1, 1, new NetworkSpec(depth, s.width(), "tanh",
                LossKind.MSE), s.learningRate(), seed);
        for (int epoch = 1; epoch <= s.maxEpochs(); epoch++) {
            net.fitBatch(data.features(), data.targets());
            if (net.loss(data.features(), data.targets()) < s.threshold()) {
                return epoch;
            }
        }
        return s.maxEpochs() + 1;
    }
}
