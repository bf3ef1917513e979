package org.deepfreq.experiment;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.deepfreq.model.SettingValues;
import org.deepfreq.spectrum.Distance;
import org.deepfreq.spectrum.GridKind;
import org.deepfreq.spectrum.InverseDeltaGrid;

/**
 * How the RDF of every split is measured after each epoch: the 1/δ grid (its ends, points and spacing), the number
 * of (seeded, stratified) training inputs used, whether each dimension is normalised by its maximum first, and the
 * squared distance of the kernel. {@code autoMin}/{@code autoMax} say that an end is chosen from the measured
 * pairwise distances of all splits at epoch 0 ({@link AutoRangeChoice}); once a run is created the chosen numbers
 * stand in {@code invDeltaMin}/{@code invDeltaMax} and stay fixed, the flags only record where they came from.
 * {@code every} says after which epochs the RDF is measured ({@link RdfSchedule}; absent in older config.json files:
 * every epoch).
 */
public record RdfSettings(double invDeltaMin, double invDeltaMax, int steps, int samples, boolean normalize,
        Distance distance, GridKind gridKind, boolean autoMin, boolean autoMax, RdfSchedule every) {

    public RdfSettings {
        if (every == null) {
            every = RdfSchedule.EVERY_EPOCH;
        }
        if (distance == null) {
            distance = Distance.SUM;
        }
        if (gridKind == null) {
            gridKind = GridKind.UNIFORM;
        }
        new InverseDeltaGrid(invDeltaMin, invDeltaMax, steps, gridKind);
        if (samples < 2) {
            throw new IllegalArgumentException("RDF sample count must be at least 2, got " + samples);
        }
    }

    /** Measured after every epoch. */
    public RdfSettings(double invDeltaMin, double invDeltaMax, int steps, int samples, boolean normalize,
            Distance distance, GridKind gridKind, boolean autoMin, boolean autoMax) {
        this(invDeltaMin, invDeltaMax, steps, samples, normalize, distance, gridKind, autoMin, autoMax,
                RdfSchedule.EVERY_EPOCH);
    }

    /** A fixed uniform grid with the paper's summed distance, measured after every epoch. */
    public RdfSettings(double invDeltaMin, double invDeltaMax, int steps, int samples, boolean normalize) {
        this(invDeltaMin, invDeltaMax, steps, samples, normalize, Distance.SUM, GridKind.UNIFORM, false, false);
    }

    public InverseDeltaGrid grid() {
        return new InverseDeltaGrid(invDeltaMin, invDeltaMax, steps, gridKind);
    }

    /** Whether either end of the range is chosen automatically. */
    public boolean autoRange() {
        return autoMin || autoMax;
    }

    /** The keys {@link #with(String, String)} changes, as {@code --set} names them. */
    public static final List<String> KEYS = List.of("inv-delta-min", "inv-delta-max", "steps", "samples", "normalize",
            "distance", "grid", "rdf-every");

    /**
     * A copy with one setting changed, as given on the command line: inv-delta-min, inv-delta-max (a number, or auto:
     * chosen from the distances at epoch 0), steps, samples, normalize, distance (sum|mean), grid (uniform|log),
     * rdf-every (K or auto).
     *
     * @throws NumberFormatException when a number is expected and {@code value} is none
     */
    public RdfSettings with(String key, String value) {
        boolean auto = value.equalsIgnoreCase("auto");
        return edit(e -> {
            switch (key) {
                case "inv-delta-min" -> {
                    e.autoMin = auto;
                    e.invDeltaMin = auto ? invDeltaMin : Double.parseDouble(value);
                }
                case "inv-delta-max" -> {
                    e.autoMax = auto;
                    e.invDeltaMax = auto ? invDeltaMax : Double.parseDouble(value);
                }
                case "steps" -> e.steps = Integer.parseInt(value);
                case "samples" -> e.samples = Integer.parseInt(value);
                case "normalize" -> e.normalize = SettingValues.bool(key, value);
                case "distance" -> e.distance = Distance.parse(value);
                case "grid" -> e.gridKind = GridKind.parse(value);
                case "rdf-every" -> e.every = RdfSchedule.parse(value);
                default -> throw new IllegalArgumentException("unknown RDF setting '" + key + "': use one of " + KEYS);
            }
        });
    }

    public RdfSettings withRange(double min, double max) {
        return edit(e -> {
            e.invDeltaMin = min;
            e.invDeltaMax = max;
        });
    }

    public RdfSettings withAuto(boolean min, boolean max) {
        return edit(e -> {
            e.autoMin = min;
            e.autoMax = max;
        });
    }

    public RdfSettings withSamples(int value) {
        return edit(e -> e.samples = value);
    }

    public RdfSettings withGridKind(GridKind value) {
        return edit(e -> e.gridKind = value);
    }

    public RdfSettings withEvery(RdfSchedule value) {
        return edit(e -> e.every = value);
    }

    /** A copy with the change applied to its components (checked again by the canonical constructor). */
    private RdfSettings edit(Consumer<Components> change) {
        Components c = new Components(this);
        change.accept(c);
        return new RdfSettings(c.invDeltaMin, c.invDeltaMax, c.steps, c.samples, c.normalize, c.distance, c.gridKind,
                c.autoMin, c.autoMax, c.every);
    }

    /** The components of a settings record while a copy is being changed. */
    private static final class Components {
        double invDeltaMin;
        double invDeltaMax;
        int steps;
        int samples;
        boolean normalize;
        Distance distance;
        GridKind gridKind;
        boolean autoMin;
        boolean autoMax;
        RdfSchedule every;

        Components(RdfSettings s) {
            invDeltaMin = s.invDeltaMin;
            invDeltaMax = s.invDeltaMax;
            steps = s.steps;
            samples = s.samples;
            normalize = s.normalize;
            distance = s.distance;
            gridKind = s.gridKind;
            autoMin = s.autoMin;
            autoMax = s.autoMax;
            every = s.every;
        }
    }

    /**
     * One line for captions: "1/δ 0.01-2 (auto), log, 60 steps, 1000 samples, normalised, distance mean", and
     * ", RDF auto" or ", RDF every 10 epochs" unless measured every epoch.
     */
    public String describe() {
        return String.format(Locale.ROOT, "1/δ %s-%s%s, %s grid, %d steps, %d samples%s, distance %s%s",
                LearningRateSchedule.compact(invDeltaMin), LearningRateSchedule.compact(invDeltaMax),
                autoRange() ? " (auto)" : "", gridKind.label(), steps, samples, normalize ? ", normalised" : "",
                distance.label(), every.every() == 1 ? "" : ", RDF " + every.describe());
    }
}
