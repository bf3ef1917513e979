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
 * @param settings    the settings used (name → value), in order
 * @param measured    the measured values (name → value), in order
 * @param verdict     whether the claim held
 * @param explanation how the verdict follows from the measurements, and what full mode would change
 * @param figures     figure files written next to the report (relative paths)
 */
public record ClaimResult(String id, String title, String claim, Map<String, Object> settings,
        Map<String, Object> measured, Verdict verdict, String explanation, List<String> figures) {

    public ClaimResult {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        measured = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measured));
        figures = List.copyOf(figures);
    }
}
