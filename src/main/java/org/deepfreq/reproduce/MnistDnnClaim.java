package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.results.RunRecord;

/**
 * Claim 3: in the MNIST DNN (784-500×5-10, tanh, MSE), the effective targets of deeper splits start at higher
 * frequency but move lower during training and end lower than those of shallower splits. Quick mode trains the
 * {@code mnist-dnn-demo} preset, full mode {@code mnist-dnn}. Writes {@code mnist-dnn-peaks.csv}.
 */
public final class MnistDnnClaim implements ClaimExperiment {

    @Override
    public String id() {
        return "mnist-dnn";
    }

    @Override
    public ClaimResult run(ReproduceContext context) {
        String preset = context.quick() ? "mnist-dnn-demo" : "mnist-dnn";
        ExperimentConfig config = Presets.named(preset).config();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("preset", preset + ": " + Presets.named(preset).description());
        settings.put("inv_delta", config.rdf().invDeltaMin() + ".." + config.rdf().invDeltaMax() + " in "
                + config.rdf().steps() + " steps, normalised per dimension: " + config.rdf().normalize());
        settings.put("seed", config.seed());
        String claim = "The effective target of a deeper hidden layer starts at higher frequency (RDF peak at larger "
                + "1/δ) but moves lower during training and stays lower than that of shallower layers.";
        String title = "MNIST DNN: RDF peak of each split over training";
        RunRecord run;
        try {
            run = new ClaimRuns(context).run(id(), config);
        } catch (InvalidDataException e) {
            return new ClaimResult(id(), title, claim, settings, Map.of(), Verdict.NOT_RUN, "MNIST is not available: "
                    + e.getMessage(), List.of());
        }
        EpochResult first = run.epochs().get(0);
        EpochResult last = run.epochs().get(run.epochs().size() - 1);
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("epochs", last.epoch());
        measured.put("final_train_loss", round(last.trainLoss()));
        measured.put("final_val_accuracy", round(last.valAccuracy()));
        StringBuilder csv = new StringBuilder("split,peak_epoch0,peak_final\n");
        List<double[]> hidden = new ArrayList<>();
        for (int s = 0; s < first.splits().size(); s++) {
            SplitRdf a = first.splits().get(s);
            SplitRdf b = last.splits().get(s);
            measured.put("peak_" + a.name(), String.format(Locale.ROOT, "%.3g → %.3g", a.peakInvDelta(),
                    b.peakInvDelta()));
            csv.append(String.format(Locale.ROOT, "%s,%.6g,%.6g%n", a.name(), a.peakInvDelta(), b.peakInvDelta()));
            if (s > 0) {
                hidden.add(new double[] {a.peakInvDelta(), b.peakInvDelta()});
            }
        }
        AtomicFiles.writeString(context.outDir().resolve("mnist-dnn-peaks.csv"), csv.toString());
        double[] shallow = hidden.get(0);
        double[] deep = hidden.get(hidden.size() - 1);
        boolean startsHigher = deep[0] > shallow[0];
        long movedLower = hidden.stream().filter(h -> h[1] < h[0]).count();
        boolean endsLower = deep[1] < shallow[1];
        int orderedAtEnd = 0;
        for (int i = 1; i < hidden.size(); i++) {
            orderedAtEnd += hidden.get(i)[1] <= hidden.get(i - 1)[1] ? 1 : 0;
        }
        measured.put("deepest_starts_higher_than_first", startsHigher);
        measured.put("hidden_splits_moved_lower", movedLower + " of " + hidden.size());
        measured.put("deepest_ends_lower_than_first", endsLower);
        measured.put("adjacent_pairs_deeper_not_higher_at_end", orderedAtEnd + " of " + (hidden.size() - 1));
        boolean held = startsHigher && movedLower == hidden.size() && endsLower;
        String explanation = String.format(Locale.ROOT, "At epoch 0 the deepest hidden split peaks at 1/δ = %.3g against "
                + "%.3g for the first; after %d epochs at %.3g against %.3g; %d of %d hidden splits moved lower. The "
                + "claim is judged held when the deepest split starts higher, every hidden split moves lower and the "
                + "deepest ends lower than the first.%s", deep[0], shallow[0], last.epoch(), deep[1], shallow[1],
                movedLower, hidden.size(), held ? "" : context.quick() ? " Quick mode trains a narrower net on fewer "
                        + "images with a larger learning rate; full mode uses the paper's settings." : "");
        List<String> figures = new ArrayList<>(List.of("mnist-dnn-peaks.csv"));
        figures.addAll(Figures.draw(context, id(), List.of(
                new FigureRenderer.Figure("peaks", List.of(run), null, -1, "MNIST DNN: RDF peak per split"),
                new FigureRenderer.Figure("rdf", List.of(run), "h5", -1, "MNIST DNN: RDF of h5 over training"))));
        return new ClaimResult(id(), title, claim, settings, measured, held ? Verdict.HELD : Verdict.NOT_HELD,
                explanation, figures);
    }

    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
