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

/**
 * Writes the numbers behind the charts: metrics.csv, rdf.csv and peaks.csv exactly as a run folder holds them
 * ({@link RunTables}), and run.json (config + epochs).
 */
final class DataExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataExport() {
    }

    static void write(List<EpochResult> epochs, ExperimentConfig config, Path dir) {
        for (String table : RunTables.PER_EPOCH) {
            AtomicFiles.writeString(dir.resolve(table), RunTables.csv(table, epochs));
        }
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
