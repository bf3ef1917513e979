package org.deepfreq.experiment;

import java.util.Locale;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * After which epochs the RDF of every split is measured (setting {@code rdf-every}): every K-th epoch, or
 * {@code auto}: about {@value #AUTO_MEASUREMENTS} epochs spread over the run, half of them evenly spaced in log(epoch)
 * (dense early, where the spectrum changes fastest) and half evenly over all epochs. Whatever the setting, epoch 0
 * (the untrained network, which also fixes an automatic 1/δ range) and the run's last epoch are measured; the training
 * loop adds the last epoch of a run that stops early ({@code stop-loss}). Epochs in between carry no RDF: tables,
 * charts and figures show the measured ones only. The choice depends only on the epoch and the run's epoch limit,
 * so a resumed run measures the same epochs.
 *
 * @param every measure every K-th epoch (K ≥ 1), or 0 for {@code auto}
 */
public record RdfSchedule(int every) {

    /** Measurements of {@code auto} over a run of many epochs (fewer when a run has fewer epochs, or stops early). */
    public static final int AUTO_MEASUREMENTS = 40;
    /** Every epoch: the behaviour of runs that predate the setting. */
    public static final RdfSchedule EVERY_EPOCH = new RdfSchedule(1);
    public static final RdfSchedule AUTO = new RdfSchedule(0);

    public RdfSchedule {
        if (every < 0) {
            throw new IllegalArgumentException("rdf-every must be a positive number of epochs or auto, got " + every);
        }
    }

    /** {@code auto} or a positive whole number of epochs. */
    @JsonCreator
    public static RdfSchedule parse(String value) {
        String v = value == null ? "" : value.trim();
        if (v.equalsIgnoreCase("auto")) {
            return AUTO;
        }
        try {
            int k = Integer.parseInt(v);
            if (k >= 1) {
                return new RdfSchedule(k);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("rdf-every must be auto or a positive whole number of epochs, got '" + value
                + "'");
    }

    public boolean auto() {
        return every == 0;
    }

    /** As the setting is written: {@code auto} or the number of epochs. */
    @JsonValue
    public String text() {
        return auto() ? "auto" : Integer.toString(every);
    }

    /** For captions: "every epoch", "every 10 epochs", "auto". */
    public String describe() {
        return auto() ? "auto" : every == 1 ? "every epoch" : String.format(Locale.ROOT, "every %d epochs", every);
    }

    /** Whether the RDF is measured after {@code epoch} of a run of at most {@code maxEpochs} epochs. */
    public boolean measures(int epoch, int maxEpochs) {
        if (epoch <= 0 || epoch >= maxEpochs) {
            return true;
        }
        return auto() ? autoEpochs(maxEpochs).contains(epoch) : epoch % every == 0;
    }

    /**
     * The epochs (1..maxEpochs) {@code auto} measures besides epoch 0: {@code round(maxEpochs^(j/(H−1)))} and
     * {@code round(j·maxEpochs/H)} for j up to H = {@value #AUTO_MEASUREMENTS}/2, and maxEpochs itself.
     */
    static TreeSet<Integer> autoEpochs(int maxEpochs) {
        int half = AUTO_MEASUREMENTS / 2;
        TreeSet<Integer> epochs = new TreeSet<>();
        for (int j = 0; j < half; j++) {
            epochs.add((int) Math.round(Math.pow(maxEpochs, j / (double) (half - 1))));
            epochs.add((int) Math.round((j + 1) * (double) maxEpochs / half));
        }
        epochs.add(maxEpochs);
        epochs.removeIf(e -> e < 1 || e > maxEpochs);
        return epochs;
    }
}
