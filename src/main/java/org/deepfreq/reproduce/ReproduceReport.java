package org.deepfreq.reproduce;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.app.BuildInfo;
import org.deepfreq.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes {@code report.md} and {@code claims.json} for a list of measured claims, atomically. */
public final class ReproduceReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReproduceReport() {
    }

    public static void write(Path outDir, ReproduceMode mode, List<ClaimResult> claims, ZonedDateTime when,
            Map<String, Object> environment) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generated", when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        root.put("version", BuildInfo.version());
        root.put("mode", mode.name().toLowerCase(java.util.Locale.ROOT));
        root.put("environment", environment);
        root.put("claims", claims);
        try {
            AtomicFiles.writeString(outDir.resolve("claims.json"), JSON.writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claims cannot be serialised: " + e.getMessage(), e);
        }
        AtomicFiles.writeString(outDir.resolve("report.md"), markdown(mode, claims, when, environment));
    }

    static String markdown(ReproduceMode mode, List<ClaimResult> claims, ZonedDateTime when,
            Map<String, Object> environment) {
        StringBuilder md = new StringBuilder();
        md.append("# Deep Frequency Principle — reproduction report\n\n");
        md.append("Generated ").append(when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" by DeepFreq Studio ").append(BuildInfo.version()).append(" in **")
                .append(mode.name().toLowerCase(java.util.Locale.ROOT)).append("** mode.\n\n");
        md.append("Paper: Zhi-Qin John Xu, Hanxu Zhou, *Deep frequency principle towards understanding why deeper "
                + "learning is faster*, AAAI 2021, arXiv:2007.14313.\n\n");
        environment.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| claim | verdict |\n|---|---|\n");
        for (ClaimResult c : claims) {
            md.append("| ").append(c.title()).append(" | ").append(c.verdict().text()).append(" |\n");
        }
        for (ClaimResult c : claims) {
            md.append("\n## ").append(c.title()).append("\n\n");
            md.append("**Claim.** ").append(c.claim()).append("\n\n");
            md.append("**Rule (fixed before the runs).** ").append(c.rule()).append("\n\n");
            md.append("Settings:\n\n");
            c.settings().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
            if (!c.seeds().isEmpty()) {
                md.append("- seeds: ").append(c.seeds()).append('\n');
            }
            md.append("\n| measured | value |\n|---|---|\n");
            c.measured().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
            if (!c.perSeed().isEmpty()) {
                md.append("\nPer seed:\n\n| seed | measured | value |\n|---|---|---|\n");
                c.perSeed().forEach((seed, values) -> values.forEach((k, v) -> md.append("| ").append(seed)
                        .append(" | ").append(k).append(" | ").append(v).append(" |\n")));
            }
            md.append("\n**Verdict: ").append(c.verdict().text()).append(".** ").append(c.explanation()).append("\n");
            for (String f : c.figures()) {
                md.append('\n').append(f.endsWith(".png") ? "![" + c.title() + "](" + f + ")" : "Data: [" + f + "](" + f + ")")
                        .append('\n');
            }
        }
        return md.toString();
    }
}
