package org.deepfreq.results;

import java.util.Locale;

import org.deepfreq.experiment.RdfSettings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a run's numbers came from, in the spirit of Tribuo's provenance: the application version and source revision,
 * the versions of the libraries that computed them (read from the build), the Java runtime, the operating system, the
 * ND4J backend and device, and for a sweep cell the cluster member that trained it. Together with the run's config
 * (preset, seed, δ grid and distance: {@link #describe}) it is what a run folder and every figure record. Written into
 * config.json as {@code "provenance"} and read back; fields an older folder lacks read as "unknown".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(
        @JsonProperty("deepfreq") String deepfreq,
        @JsonProperty("source_revision") String sourceRevision,
        @JsonProperty("dl4j") String dl4j,
        @JsonProperty("nd4j") String nd4j,
        @JsonProperty("javafx") String javafx,
        @JsonProperty("chartfx") String chartfx,
        @JsonProperty("java") String java,
        @JsonProperty("os") String os,
        @JsonProperty("nd4j_backend") String nd4jBackend,
        @JsonProperty("device") String device,
        @JsonProperty("member") String member) {

    static final String UNKNOWN_VALUE = "unknown";
    /** Nothing known (a folder whose config.json has no provenance). */
    public static final Provenance UNKNOWN = new Provenance(null, null, null, null, null, null, null, null, null, null,
            null);
    private static final ObjectMapper JSON = new ObjectMapper();

    public Provenance {
        deepfreq = known(deepfreq);
        sourceRevision = known(sourceRevision);
        dl4j = known(dl4j);
        nd4j = known(nd4j);
        javafx = known(javafx);
        chartfx = known(chartfx);
        java = known(java);
        os = known(os);
        nd4jBackend = known(nd4jBackend);
        device = known(device);
    }

    /** The same, trained on the cluster member {@code id} (a sweep cell). */
    public Provenance onMember(String id) {
        return new Provenance(deepfreq, sourceRevision, dl4j, nd4j, javafx, chartfx, java, os, nd4jBackend, device, id);
    }

    /** The provenance object of a config.json ({@code null} or missing: {@link #UNKNOWN}). */
    public static Provenance of(JsonNode node) {
        if (node == null || node.isNull()) {
            return UNKNOWN;
        }
        try {
            return JSON.treeToValue(node, Provenance.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("provenance is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** From its JSON text (as a sweep worker sends it). */
    public static Provenance fromJson(String json) {
        try {
            return of(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("provenance is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** As JSON text, the form config.json holds. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The run's δ grid as a figure names it: range, steps, samples, normalisation and distance. */
    public static String describe(RdfSettings r) {
        return String.format(Locale.ROOT, "1/δ from %s to %s, %d steps, %d samples, %s, %s distance", r.invDeltaMin(),
                r.invDeltaMax(), r.steps(), r.samples(), r.normalize() ? "normalised" : "not normalised",
                r.distance().name().toLowerCase(Locale.ROOT));
    }

    private static String known(String value) {
        return value == null || value.isBlank() ? UNKNOWN_VALUE : value;
    }
}
