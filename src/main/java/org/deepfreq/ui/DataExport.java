package org.deepfreq.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.results.RunTables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes the numbers behind the charts: metrics.csv, rdf.csv, peaks.csv and run.json (config + epochs). */
final class DataExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataExport() {
    }

    static void write(List<EpochResult> epochs, ExperimentConfig config, Path dir) {
        AtomicFiles.write(dir.resolve("metrics.csv"), out -> RunTables.metrics(epochs).write().csv(out));
        AtomicFiles.write(dir.resolve("rdf.csv"), out -> RunTables.rdf(epochs).write().csv(out));
        AtomicFiles.write(dir.resolve("peaks.csv"), out -> RunTables.peaks(epochs).write().csv(out));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("config", config);
        root.put("epochs", epochs);
        try {
            AtomicFiles.writeString(dir.resolve("run.json"), JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the run: " + e.getMessage(), e);
        }
    }
}
