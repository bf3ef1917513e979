package org.deepfreq.experiment;

import java.util.Locale;

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

    public RdfSettings withRange(double min, double max) {
        return new RdfSettings(min, max, steps, samples, normalize, distance, gridKind, autoMin, autoMax, every);
    }

    public RdfSettings withAuto(boolean min, boolean max) {
        return new RdfSettings(invDeltaMin, invDeltaMax, steps, samples, normalize, distance, gridKind, min, max, every);
    }

    public RdfSettings withSteps(int value) {
        return new RdfSettings(invDeltaMin, invDeltaMax, value, samples, normalize, distance, gridKind, autoMin, autoMax, every);
    }

    public RdfSettings withSamples(int value) {
        return new RdfSettings(invDeltaMin, invDeltaMax, steps, value, normalize, distance, gridKind, autoMin, autoMax, every);
    }

    public RdfSettings withNormalize(boolean value) {
        return new RdfSettings(invDeltaMin, invDeltaMax, steps, samples, value, distance, gridKind, autoMin, autoMax, every);
    }

    public RdfSettings withDistance(Distance value) {
        return new RdfSettings(invDeltaMin, invDeltaMax, steps, samples, normalize, value, gridKind, autoMin, autoMax, every);
    }

    public RdfSettings withGridKind(GridKind value) {
        return new RdfSettings(invDeltaMin, invDeltaMax, steps, samples, normalize, distance, value, autoMin, autoMax, every);
    }

    public RdfSettings withEvery(RdfSchedule value) {
        return new RdfSettings(invDeltaMin, invDeltaMax, steps, samples, normalize, distance, gridKind, autoMin, autoMax,
                value);
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
