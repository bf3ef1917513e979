package org.deepfreq.reproduce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measured claim of the paper.
 *
 * @param id          short identifier, e.g. "rdf-sin"
 * @param title       one-line title
 * @param claim       what the paper claims, in words
 * @param rule        how the verdict is decided, fixed before any run (printed before the numbers)
 * @param settings    the settings used (name → value), in order
 * @param seeds       the seeds of the training runs (empty for claims without training)
 * @param perSeed     per seed: the measured values the rule uses (seed → name → value)
 * @param measured    the measured values over all seeds (name → value, e.g. mean ± sd), in order
 * @param verdict     whether the claim held
 * @param explanation how the verdict follows from the measurements
 * @param figures     figure files written next to the report (relative paths)
 */
public record ClaimResult(String id, String title, String claim, String rule, Map<String, Object> settings,
        List<Long> seeds, Map<String, Map<String, Object>> perSeed, Map<String, Object> measured, Verdict verdict,
        String explanation, List<String> figures) {

    public ClaimResult {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        seeds = List.copyOf(seeds);
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        perSeed.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        perSeed = java.util.Collections.unmodifiableMap(copy);
        measured = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measured));
        figures = List.copyOf(figures);
    }

    /** A claim that could not run: no seeds, no measurements. */
    public static ClaimResult notRun(String id, String title, String claim, String rule, Map<String, Object> settings,
            String why) {
        return new ClaimResult(id, title, claim, rule, settings, List.of(), Map.of(), Map.of(), Verdict.NOT_RUN, why,
                List.of());
    }
}
