package org.deepfreq.results;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static tech.tablesaw.api.ColumnType.DOUBLE;
import static tech.tablesaw.api.ColumnType.INTEGER;
import static tech.tablesaw.api.ColumnType.STRING;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Reads a run folder written by {@link RunFolderWriter} back into a {@link RunRecord}. */
public final class RunFolderReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunFolderReader() {
    }

    public static RunRecord read(RunFolder folder) {
        if (!Files.isRegularFile(folder.config())) {
            throw new InvalidDataException(folder.dir() + ": not a run folder (config.json missing)");
        }
        try {
            ExperimentConfig config = config(folder);
            List<EpochResult> epochs = Files.isRegularFile(folder.metrics()) ? epochs(folder) : List.of();
            StatusFile status = status(folder);
            return new RunRecord(folder, config, epochs, status.status(), status.message(), spectra(folder),
                    fit(folder));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidDataException ide) {
                throw ide;
            }
            throw new InvalidDataException(folder.dir() + ": run folder cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** What status.json says: the last status, its message and the last finished epoch. */
    record StatusFile(RunStatus status, String message, int epochs) {
    }

    /** The run's configuration from config.json. */
    static ExperimentConfig config(RunFolder folder) throws IOException {
        return ExperimentConfig.fromJson(JSON.readTree(folder.config().toFile()).get("config").toString());
    }

    /** status.json, or READY with no epochs when the run never wrote one. */
    static StatusFile status(RunFolder folder) throws IOException {
        if (!Files.isRegularFile(folder.status())) {
            return new StatusFile(RunStatus.READY, "", 0);
        }
        JsonNode s = JSON.readTree(folder.status().toFile());
        return new StatusFile(RunStatus.valueOf(s.get("status").asText()), s.get("message").asText(),
                s.path("epochs").asInt(0));
    }

    /** The DFT spectra of a 1-D run, by epoch; empty when the run recorded none. */
    static List<FourierSpectrum> spectra(RunFolder folder) {
        if (!Files.isRegularFile(folder.spectrum())) {
            return List.of();
        }
        Map<Integer, List<double[]>> rows = new TreeMap<>();
        for (Row r : table(folder.spectrum(), INTEGER, INTEGER, DOUBLE, DOUBLE)) {
            rows.computeIfAbsent(r.getInt("epoch"), k -> new ArrayList<>())
                    .add(new double[] {r.getDouble("target"), r.getDouble("output")});
        }
        List<FourierSpectrum> out = new ArrayList<>();
        rows.forEach((epoch, list) -> out.add(new FourierSpectrum(epoch, column(list, 0), column(list, 1))));
        return out;
    }

    /** The fit after the last epoch of a 1-D run, or null. */
    private static OneDimensionalFit fit(RunFolder folder) {
        if (!Files.isRegularFile(folder.fit())) {
            return null;
        }
        Table t = table(folder.fit(), INTEGER, DOUBLE, DOUBLE, DOUBLE);
        if (t.rowCount() == 0) {
            return null;
        }
        return new OneDimensionalFit(t.intColumn("epoch").get(0), t.doubleColumn("x").asDoubleArray(),
                t.doubleColumn("target").asDoubleArray(), t.doubleColumn("output").asDoubleArray());
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    /** Reads a CSV with fixed column types (an all-empty column, such as NaN validation loss, stays numeric). */
    private static Table table(java.nio.file.Path file, ColumnType... types) {
        return Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).columnTypes(types));
    }

    /** Whether peaks.csv has the at_edge column (folders written before it have four columns). */
    private static boolean hasEdgeColumn(java.nio.file.Path peaks) throws IOException {
        try (java.io.BufferedReader in = Files.newBufferedReader(peaks)) {
            String header = in.readLine();
            return header != null && header.contains("at_edge");
        }
    }

    private static List<EpochResult> epochs(RunFolder folder) throws IOException {
        Table metrics = table(folder.metrics(), INTEGER, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE);
        Map<Integer, Map<String, List<double[]>>> rdfRows = new TreeMap<>();
        Map<Integer, Map<String, Integer>> splitIndex = new TreeMap<>();
        if (Files.isRegularFile(folder.rdf()) && Files.size(folder.rdf()) > 0) {
            Table rdf = table(folder.rdf(), INTEGER, STRING, DOUBLE, DOUBLE, DOUBLE, DOUBLE);
            for (Row r : rdf) {
                rdfRows.computeIfAbsent(r.getInt("epoch"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.getString("split"), k -> new ArrayList<>())
                        .add(new double[] {r.getDouble("inv_delta"), r.getDouble("lfr"), r.getDouble("rdf"),
                            r.getDouble("rdf_normalized")});
            }
            Table peaks = hasEdgeColumn(folder.peaks()) ? table(folder.peaks(), INTEGER, INTEGER, STRING, DOUBLE,
                    ColumnType.BOOLEAN) : table(folder.peaks(), INTEGER, INTEGER, STRING, DOUBLE);
            for (Row r : peaks) {
                splitIndex.computeIfAbsent(r.getInt("epoch"), k -> new LinkedHashMap<>())
                        .put(r.getString("split"), r.getInt("split_index"));
            }
        }
        List<EpochResult> out = new ArrayList<>();
        for (Row m : metrics) {
            int epoch = m.getInt("epoch");
            List<SplitRdf> splits = new ArrayList<>();
            rdfRows.getOrDefault(epoch, Map.of()).forEach((name, rows) -> {
                double[][] cols = new double[4][rows.size()];
                for (int k = 0; k < rows.size(); k++) {
                    for (int c = 0; c < 4; c++) {
                        cols[c][k] = rows.get(k)[c];
                    }
                }
                int index = splitIndex.getOrDefault(epoch, Map.of()).getOrDefault(name, splits.size());
                splits.add(new SplitRdf(index, name, new RdfResult(cols[0], cols[1], cols[2], cols[3])));
            });
            out.add(new EpochResult(epoch, m.getDouble("lr"), m.getDouble("train_loss"), m.getDouble("val_loss"),
                    m.getDouble("val_accuracy"), m.getDouble("seconds"), m.getDouble("samples_per_s"), splits));
        }
        return out;
    }
}
