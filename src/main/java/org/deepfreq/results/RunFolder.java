package org.deepfreq.results;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The files of one run: {@code config.json}, {@code metrics.csv}, {@code rdf.csv} (long format),
 * {@code peaks.csv}, {@code status.json} and the latest checkpoint {@code checkpoint.zip}.
 */
public record RunFolder(Path dir) {

    /** A new folder name {@code <yyyyMMdd-HHmmss>-<preset>} under {@code runsDir}. */
    public static RunFolder createName(Path runsDir, String preset, LocalDateTime now) {
        String safe = preset.replaceAll("[^A-Za-z0-9._-]", "_");
        return new RunFolder(runsDir.resolve(now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + safe));
    }

    public Path config() {
        return dir.resolve("config.json");
    }

    public Path metrics() {
        return dir.resolve("metrics.csv");
    }

    public Path rdf() {
        return dir.resolve("rdf.csv");
    }

    public Path peaks() {
        return dir.resolve("peaks.csv");
    }

    public Path status() {
        return dir.resolve("status.json");
    }

    /** spectrum.csv: DFT magnitudes of target and output per epoch (1-D runs). */
    public Path spectrum() {
        return dir.resolve("spectrum.csv");
    }

    /** fprinciple.csv: DFT values of target and output at the target's peaks and the relative error, per epoch. */
    public Path fprinciple() {
        return dir.resolve("fprinciple.csv");
    }

    /** fit.csv: target and output at the training points after the last epoch (1-D runs). */
    public Path fit() {
        return dir.resolve("fit.csv");
    }

    public Path checkpoint() {
        return dir.resolve("checkpoint.zip");
    }
}
