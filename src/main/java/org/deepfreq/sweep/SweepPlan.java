package org.deepfreq.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Preset;
import org.deepfreq.results.SeedSummary;

/**
 * The cells of a sweep: the cartesian product of the varied settings' values (a preset's own variants count as one
 * varied setting unless {@code --set} or {@code --vary} names its key) times the seeds S..S+N-1, S being the config's
 * seed. Cells are ordered by setting, then seed.
 */
public record SweepPlan(String preset, Map<String, List<String>> vary, int seeds, List<SweepCell> cells) {

    /** Seeds at most, as for {@code train --seeds}. */
    static final int MAX_SEEDS = 1000;

    public SweepPlan {
        vary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vary));
        cells = List.copyOf(cells);
    }

    /**
     * @param preset   the preset (its variants join the varied settings)
     * @param settings {@code KEY=VALUE} applied to every cell
     * @param varies   {@code KEY=V1,V2,...}, one per varied setting
     * @param seeds    seeds per setting, 1..1000
     */
    public static SweepPlan of(Preset preset, List<String> settings, List<String> varies, int seeds) {
        if (!preset.trains()) {
            throw new IllegalArgumentException(preset.name() + " does not train: a sweep needs a training preset");
        }
        ExperimentConfig base = preset.config().withSettings(settings);
        Map<String, List<String>> vary = parseVary(varies);
        List<String> setKeys = settings.stream().map(s -> s.substring(0, s.indexOf('=')).trim()).toList();
        Preset.Sweep variants = preset.sweep();
        if (variants != null && !setKeys.contains(variants.key()) && !vary.containsKey(variants.key())) {
            Map<String, List<String>> withVariants = new LinkedHashMap<>();
            withVariants.put(variants.key(), variants.values());
            withVariants.putAll(vary);
            vary = withVariants;
        }
        for (String key : vary.keySet()) {
            if (setKeys.contains(key)) {
                throw new IllegalArgumentException(key + " is both set (--set) and varied (--vary): drop one");
            }
        }
        return of(preset.name(), base, vary, seeds);
    }

    /**
     * The cells of {@code base} (the app's current settings, say) for every combination of {@code vary} and each of
     * {@code seeds} seeds.
     */
    public static SweepPlan of(String preset, ExperimentConfig base, Map<String, List<String>> vary, int seeds) {
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("--seeds must be between 1 and " + MAX_SEEDS + ", got " + seeds);
        }
        if (vary.containsKey("seed")) {
            throw new IllegalArgumentException("vary seeds with --seeds N, not --vary seed=...");
        }
        List<SweepCell> cells = new ArrayList<>();
        for (Map<String, String> setting : product(vary)) {
            ExperimentConfig c = base;
            StringBuilder name = new StringBuilder();
            for (Map.Entry<String, String> e : setting.entrySet()) {
                c = c.with(e.getKey(), e.getValue());
                name.append(name.length() == 0 ? "" : "-").append(e.getKey()).append(e.getValue());
            }
            String settingName = name.length() == 0 ? "base" : name.toString().replaceAll("[^A-Za-z0-9._-]", "_");
            for (long s = base.seed(); s < base.seed() + seeds; s++) {
                cells.add(new SweepCell(settingName + "/" + SeedSummary.seedFolderName(s), settingName, s,
                        c.with("seed", Long.toString(s))));
            }
        }
        return new SweepPlan(preset, vary, seeds, cells);
    }

    /** {@code KEY=V1,V2,...} arguments as an ordered map (each key once, values without blanks or repeats). */
    public static Map<String, List<String>> parseVary(List<String> varies) {
        Map<String, List<String>> vary = new LinkedHashMap<>();
        for (String v : varies) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new IllegalArgumentException("--vary needs KEY=V1,V2,..., got '" + v + "'");
            }
            String key = v.substring(0, eq).trim();
            List<String> values = List.of(v.substring(eq + 1).split(",")).stream().map(String::trim)
                    .filter(s -> !s.isEmpty()).distinct().toList();
            if (values.isEmpty() || vary.put(key, values) != null) {
                throw new IllegalArgumentException(values.isEmpty() ? "--vary " + key + " has no values"
                        : "--vary " + key + " is given twice: list all its values in one --vary");
            }
        }
        return vary;
    }

    /** Every combination of the varied values, first key slowest. */
    private static List<Map<String, String>> product(Map<String, List<String>> vary) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : vary.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String value : e.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), value);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /** The settings in plan order. */
    public List<String> settings() {
        return cells.stream().map(SweepCell::setting).distinct().toList();
    }
}
