package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Preset;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.model.ResidualNetwork;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.results.RunRecord;

/**
 * Claims 4 and 5: the ResNet18 variants −1..−4 (7..4 basic blocks), with skip connections ({@code resnet18-variants})
 * or without ({@code vanishing-gradient}). Per variant: convergence speed (mean training loss over the epochs),
 * final training loss and validation accuracy, and the RDF peak of the learning component's input ("features") at
 * the last epoch. With skips the paper's claim is that more blocks give a lower-frequency effective target and faster
 * convergence (judged by Spearman ρ ≤ −0.8 between blocks and both measures); without skips the deep frequency
 * principle predicts that the effective target's frequency still orders the convergence speed (judged by ρ ≥ 0.8
 * between the RDF peak and the mean loss), while the advantage of more blocks weakens. Quick mode trains the demo
 * presets on CIFAR-10 when prepared, else on Fashion-MNIST; full mode the paper's presets on CIFAR-10.
 */
public final class ResNetVariantsClaim implements ClaimExperiment {

    /** Pre-registered threshold on |ρ| over the four variants (at most one adjacent pair out of order). */
    static final double RHO = 0.8;

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
        Map<String, Object> settings = new LinkedHashMap<>();
        Map<String, Object> measured = new LinkedHashMap<>();
        List<Variant> mine;
        List<Variant> withSkips;
        try {
            mine = train(context, residual, settings);
            withSkips = residual ? mine : train(context, true, new LinkedHashMap<>());
        } catch (InvalidDataException e) {
            return new ClaimResult(id(), title, claim, settings, measured, Verdict.NOT_RUN, "No image data set is "
                    + "available: " + e.getMessage(), List.of());
        }
        StringBuilder csv = new StringBuilder("variant,blocks,residual,epochs,mean_train_loss,final_train_loss,"
                + "final_val_accuracy,features_peak_final,features_peak_epoch0\n");
        for (Variant v : mine) {
            measured.put(v.label(), String.format(Locale.ROOT, "mean loss %.4f, final loss %.4f, val acc %.3f, "
                    + "features peak %.3g (epoch 0: %.3g)", v.meanLoss(), v.finalLoss(), v.valAccuracy(), v.peak(),
                    v.peak0()));
            csv.append(String.format(Locale.ROOT, "%s,%d,%b,%d,%.6g,%.6g,%.6g,%.6g,%.6g%n", v.label(), v.blocks(),
                    residual, v.epochs(), v.meanLoss(), v.finalLoss(), v.valAccuracy(), v.peak(), v.peak0()));
        }
        AtomicFiles.writeString(context.outDir().resolve(id() + ".csv"), csv.toString());
        double rhoLoss = rho(mine, Variant::blocks, Variant::meanLoss);
        double rhoPeak = rho(mine, Variant::blocks, Variant::peak);
        double rhoPeakLoss = rho(mine, Variant::peak, Variant::meanLoss);
        measured.put("rho_blocks_vs_mean_loss", round(rhoLoss));
        measured.put("rho_blocks_vs_features_peak", round(rhoPeak));
        measured.put("rho_features_peak_vs_mean_loss", round(rhoPeakLoss));
        boolean held;
        String explanation;
        if (residual) {
            held = rhoLoss <= -RHO && rhoPeak <= -RHO;
            explanation = String.format(Locale.ROOT, "Spearman ρ between blocks and mean training loss is %.2f, between "
                    + "blocks and the features' RDF peak %.2f; the claim is judged held when both are ≤ −%.1f.",
                    rhoLoss, rhoPeak, RHO);
        } else {
            double rhoSkips = rho(withSkips, Variant::blocks, Variant::meanLoss);
            measured.put("rho_blocks_vs_mean_loss_with_skips", round(rhoSkips));
            held = rhoPeakLoss >= RHO && rhoLoss > rhoSkips;
            explanation = String.format(Locale.ROOT, "Without skips ρ(blocks, mean loss) is %.2f against %.2f with "
                    + "skips; ρ(features peak, mean loss) is %.2f. Judged held when the first is larger (the "
                    + "advantage of more blocks weakens) and the last is ≥ %.1f.", rhoLoss, rhoSkips, rhoPeakLoss, RHO);
        }
        if (!held) {
            explanation += context.quick() ? " Quick mode trains narrow networks (stem 8 channels) for 8 epochs on "
                    + "4,000 images; full mode uses the paper's width, data and 80-epoch schedule."
                    : " Measured in the paper's settings.";
        }
        List<String> figures = new ArrayList<>(List.of(id() + ".csv"));
        List<RunRecord> runs = mine.stream().map(Variant::run).toList();
        figures.addAll(Figures.draw(context, id(), List.of(
                new FigureRenderer.Figure("compare", runs, ResidualNetwork.FEATURES, -1, title + ": features RDF, last epoch"),
                new FigureRenderer.Figure("loss", runs, null, -1, title + ": training loss"))));
        return new ClaimResult(id(), title, claim, settings, measured, held ? Verdict.HELD : Verdict.NOT_HELD,
                explanation, figures);
    }

    /** One trained variant and its measures. */
    private record Variant(String label, int blocks, RunRecord run, int epochs, double meanLoss, double finalLoss,
            double valAccuracy, double peak, double peak0) {
    }

    private static List<Variant> train(ReproduceContext context, boolean withSkips, Map<String, Object> settings) {
        String presetName = (withSkips ? "resnet18-variants" : "vanishing-gradient") + (context.quick() ? "-demo" : "");
        Preset preset = Presets.named(presetName);
        ExperimentConfig base = preset.config();
        if (context.quick()) {
            String dataset = cifarAvailable(context) ? "cifar10" : base.dataset();
            base = base.with("dataset", dataset);
        }
        settings.put("preset", presetName + ": " + preset.description());
        settings.put("data set", base.dataset() + (base.dataset().equals("cifar10") ? ""
                : " (substitute: CIFAR-10 is not prepared here; `deepfreq datasets prepare cifar10 --from DIR`)"));
        settings.put("variants", "blocks " + String.join(", ", preset.sweep().values()) + " (= -1..-4)");
        settings.put("seed", base.seed());
        List<Variant> out = new ArrayList<>();
        ClaimRuns runs = new ClaimRuns(context);
        for (ExperimentConfig c : preset.sweep().configs(base)) {
            int blocks = c.network().residualBlocks();
            String label = (withSkips ? "resnet" : "plain") + "-" + (8 - blocks);
            RunRecord r = runs.run(label, c);
            List<EpochResult> e = r.epochs();
            double mean = e.stream().filter(x -> x.epoch() > 0).mapToDouble(EpochResult::trainLoss).average()
                    .orElse(Double.NaN);
            EpochResult last = e.get(e.size() - 1);
            out.add(new Variant(label, blocks, r, last.epoch(), mean, last.trainLoss(), last.valAccuracy(),
                    features(last).peakInvDelta(), features(e.get(0)).peakInvDelta()));
        }
        return out;
    }

    private static SplitRdf features(EpochResult e) {
        return e.split(ResidualNetwork.FEATURES)
                .orElseThrow(() -> new IllegalStateException("run has no 'features' split"));
    }

    private static boolean cifarAvailable(ReproduceContext context) {
        try {
            context.catalog().load("cifar10", 10, 0, 1);
            return true;
        } catch (InvalidDataException e) {
            return false;
        }
    }

    private static double rho(List<Variant> v, java.util.function.ToDoubleFunction<Variant> x,
            java.util.function.ToDoubleFunction<Variant> y) {
        return RankCorrelation.spearman(v.stream().mapToDouble(x).toArray(), v.stream().mapToDouble(y).toArray());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
