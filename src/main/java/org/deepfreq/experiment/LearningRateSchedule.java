package org.deepfreq.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A piecewise-constant learning rate per epoch, e.g. the paper's ResNet schedule
 * {@code 1e-3@1,1e-4@41,1e-5@61}: 1e-3 for epochs 1-40, 1e-4 for 41-60, 1e-5 from 61 on.
 */
public final class LearningRateSchedule {

    private LearningRateSchedule() {
    }

    /** The rate in force at a (1-based) epoch. */
    public static double rateAt(List<LearningRateStep> steps, int epoch) {
        double rate = steps.get(0).rate();
        for (LearningRateStep s : steps) {
            if (s.fromEpoch() <= epoch) {
                rate = s.rate();
            }
        }
        return rate;
    }

    /** Parses {@code "1e-3"} or {@code "1e-3@1,1e-4@41"}; the first step must start at epoch 1. */
    public static List<LearningRateStep> parse(String text) {
        List<LearningRateStep> steps = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] p = part.trim().split("@");
            try {
                double rate = Double.parseDouble(p[0].trim());
                int from = p.length > 1 ? Integer.parseInt(p[1].trim()) : 1;
                steps.add(new LearningRateStep(from, rate));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cannot read learning-rate schedule '" + text
                        + "': write RATE or RATE@EPOCH,RATE@EPOCH (e.g. 1e-3@1,1e-4@41)");
            }
        }
        return validated(steps);
    }

    static List<LearningRateStep> validated(List<LearningRateStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("the learning-rate schedule is empty: give at least one rate");
        }
        List<LearningRateStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(LearningRateStep::fromEpoch));
        if (sorted.get(0).fromEpoch() != 1) {
            throw new IllegalArgumentException("the learning-rate schedule must start at epoch 1, not "
                    + sorted.get(0).fromEpoch());
        }
        return List.copyOf(sorted);
    }

    /** The textual form accepted by {@link #parse(String)}. */
    public static String format(List<LearningRateStep> steps) {
        StringBuilder sb = new StringBuilder();
        for (LearningRateStep s : steps) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(compact(s.rate())).append('@').append(s.fromEpoch());
        }
        return sb.toString();
    }

    /** A number with three significant digits and no trailing zeros: 0.001, 1e-05, 600, 0.0123. */
    public static String compact(double v) {
        String[] parts = String.format(Locale.ROOT, "%.3g", v).split("e");
        String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
        return parts.length == 1 ? mantissa : mantissa + "e" + parts[1];
    }
}
