package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deepfreq.data.DatasetMissingException;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Preset;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.model.ResidualNetwork;
import org.deepfreq.results.RunRecord;

/**
 * Claims 4 and 5: the ResNet18 variants −1..−4 (7..4 basic blocks), with skip connections ({@code resnet18-variants})
 * or without ({@code vanishing-gradient}), each from several seeds. The RDFs are measured with the dimension-fair
 * mean distance; the summed distance's peak of the same split is the mean one divided by the split's dimension d
 * (LFR_sum(s) = LFR_mean(d·s) exactly), so both are reported from one run. The rules ({@link ResNetJudgement}) are
 * stated in the report before the numbers.
 */
public final class ResNetVariantsClaim implements ClaimExperiment {

    /** The head's first dense layer: 4·width units in every variant, so no dimension differs between them. */
    static final String HEAD_SPLIT = "fc1";
    /** Epochs of a quick-mode run. */
    static final int QUICK_EPOCHS = 4;

    private final boolean residual;

    public ResNetVariantsClaim(boolean residual) {
        this.residual = residual;
    }

    @Override
    public String id() {
        return residual ? "resnet18-variants" : "vanishing-gradient";
    }

    @Override
    public ClaimResult run(ReproduceContext context) {
        String title = residual ? "ResNet18 variants: blocks, convergence and the learning component's RDF"
                : "Plain counterparts (no skip connections): the vanishing-gradient view";
        String claim = residual ? "Networks with more residual blocks learn a lower-frequency effective target in "
                + "their learning component and converge faster."
                : "Without skip connections the advantage of more blocks weakens (vanishing gradient), and the "
                        + "frequency of the learning component's effective target still orders convergence speed: a "
                        + "lower RDF peak goes with faster convergence.";
        String rule = residual ? ResNetJudgement.SKIPS_RULE : ResNetJudgement.PLAIN_RULE;
        Map<String, Object> settings = new LinkedHashMap<>();
        List<Long> seeds = seeds(context);
        Map<Long, List<ResNetJudgement.Variant>> mine;
        Map<Long, List<ResNetJudgement.Variant>> withSkips;
        List<RunRecord> firstSeedRuns = new ArrayList<>();
        try {
            mine = train(context, residual, seeds, settings, firstSeedRuns);
            withSkips = residual ? mine : train(context, true, seeds, new LinkedHashMap<>(), new ArrayList<>());
        } catch (DatasetMissingException e) { // a damaged run folder is an error, not "not run"
            return ClaimResult.notRun(id(), title, claim, rule, settings, "No image data set is available: "
                    + e.getMessage());
        }
        ResNetJudgement.Outcome o = residual ? ResNetJudgement.judgeSkips(mine)
                : ResNetJudgement.judgePlain(mine, withSkips);
        StringBuilder csv = new StringBuilder("seed,variant,blocks,residual,features_dim,mean_train_loss,"
                + "final_val_accuracy,features_peak_mean,features_peak_sum,features_at_edge,head_peak,head_at_edge\n");
        mine.forEach((seed, variants) -> {
            for (ResNetJudgement.Variant v : variants) {
                csv.append(String.format(Locale.ROOT, "%d,%s,%d,%b,%d,%.6g,%.6g,%.6g,%.6g,%b,%.6g,%b%n", seed,
                        label(residual, v.blocks()), v.blocks(), residual, v.featuresDim(), v.meanLoss(),
                        v.valAccuracy(), v.featuresPeak(), v.featuresPeakSum(), v.featuresEdge(), v.headPeak(),
                        v.headEdge()));
            }
        });
        AtomicFiles.writeString(context.outDir().resolve(id() + ".csv"), csv.toString());
        List<String> figures = new ArrayList<>(List.of(id() + ".csv"));
        figures.addAll(Figures.draw(context, id(), List.of(
                new FigureRenderer.Figure("compare", firstSeedRuns, ResidualNetwork.FEATURES, -1,
                        title + ": features RDF, last epoch, seed " + seeds.get(0)),
                new FigureRenderer.Figure("loss", firstSeedRuns, null, -1,
                        title + ": training loss, seed " + seeds.get(0)))));
        String explanation = o.explanation() + (o.verdict() == Verdict.HELD || !context.quick() ? ""
                : " Quick mode trains narrow networks (stem 8 channels) for 4 epochs on 600 images; full mode uses "
                        + "the paper's width, data and 80-epoch schedule.");
        return new ClaimResult(id(), title, claim, rule, settings, seeds, o.perSeed(), o.measured(), o.verdict(),
                explanation, figures);
    }

    static List<Long> seeds(ReproduceContext context) {
        return context.quick() ? List.of(1L, 2L, 3L) : List.of(1L, 2L, 3L, 4L, 5L);
    }

    private static String label(boolean withSkips, int blocks) {
        return (withSkips ? "resnet" : "plain") + "-" + (8 - blocks);
    }

    /**
     * The preset's base config as the claim trains it: the mean distance; in quick mode CIFAR-10 when prepared, else
     * the preset's substitute, and shrunk to 600 training / 200 validation images, {@value #QUICK_EPOCHS} epochs (lr
     * 1e-3 for 1-2, 1e-4 for 3, 1e-5 for 4) and RDF on 300 images at epoch 0 (which fixes the automatic range) and
     * the last epoch only (the rules read the last epoch's peaks and every epoch's loss), so 24 runs fit the quick
     * mode's time on 2 shared cores.
     */
    static ExperimentConfig base(ReproduceContext context, Preset preset) {
        ExperimentConfig base = preset.config().with("distance", "mean");
        if (context.quick()) {
            String dataset = cifarAvailable(context) ? "cifar10" : base.dataset();
            base = base.with("dataset", dataset).with("samples", "300").with("train", "600")
                    .with("validation", "200").with("epochs", Integer.toString(QUICK_EPOCHS))
                    .with("lr", "1e-3@1,1e-4@3,1e-5@4").with("rdf-every", Integer.toString(QUICK_EPOCHS));
        }
        return base;
    }

    private static Map<Long, List<ResNetJudgement.Variant>> train(ReproduceContext context, boolean withSkips,
            List<Long> seeds, Map<String, Object> settings, List<RunRecord> firstSeedRuns) {
        String presetName = (withSkips ? "resnet18-variants" : "vanishing-gradient") + (context.quick() ? "-demo" : "");
        Preset preset = Presets.named(presetName);
        ExperimentConfig base = base(context, preset);
        settings.put("preset", presetName + ": " + preset.description());
        if (context.quick()) {
            settings.put("shrunk for quick mode", "600 train / 200 validation images, 4 epochs (lr 1e-3 for 1-2, "
                    + "1e-4 for 3, 1e-5 for 4), RDF on 300 images at epochs 0 and 4 only");
        }
        settings.put("data set", base.dataset() + (base.dataset().equals("cifar10") ? ""
                : " (substitute: CIFAR-10 is not prepared here; `deepfreq datasets prepare cifar10 --from DIR`)"));
        settings.put("variants", "blocks " + String.join(", ", preset.sweep().values()) + " (= -1..-4)");
        settings.put("rdf", base.rdf().describe() + "; sum-distance peaks = mean-distance peaks / d");
        settings.put("head split", HEAD_SPLIT + " (" + 4 * base.network().width() + " units in every variant)");
        Map<Long, List<ResNetJudgement.Variant>> out = new LinkedHashMap<>();
        ClaimRuns runs = new ClaimRuns(context);
        for (long seed : seeds) {
            List<ResNetJudgement.Variant> variants = new ArrayList<>();
            for (ExperimentConfig c : preset.sweep().configs(base.with("seed", Long.toString(seed)))) {
                int blocks = c.network().residualBlocks();
                RunRecord r = runs.run(label(withSkips, blocks) + "-seed" + seed, c);
                if (seed == seeds.get(0)) {
                    firstSeedRuns.add(r);
                }
                List<EpochResult> e = r.epochs();
                double mean = e.stream().filter(x -> x.epoch() > 0).mapToDouble(EpochResult::trainLoss).average()
                        .orElse(Double.NaN);
                EpochResult last = e.get(e.size() - 1);
                SplitRdf features = split(last, ResidualNetwork.FEATURES);
                SplitRdf head = split(last, HEAD_SPLIT);
                variants.add(new ResNetJudgement.Variant(blocks, ResidualNetwork.featureChannels(c.network()), mean,
                        last.valAccuracy(), features.peakInvDelta(), features.rdf().peakAtEdge(),
                        features.rdf().stepAtPeak(), head.peakInvDelta(), head.rdf().peakAtEdge(),
                        head.rdf().stepAtPeak()));
            }
            variants.sort(Comparator.comparingInt(ResNetJudgement.Variant::blocks));
            out.put(seed, variants);
        }
        return out;
    }

    private static SplitRdf split(EpochResult e, String name) {
        return e.split(name).orElseThrow(() -> new IllegalStateException("run has no '" + name + "' split"));
    }

    private static boolean cifarAvailable(ReproduceContext context) {
        try {
            context.catalog().load("cifar10", 10, 0, 1);
            return true;
        } catch (InvalidDataException e) {
            return false;
        }
    }
}
