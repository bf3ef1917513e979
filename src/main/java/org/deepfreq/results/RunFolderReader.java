package org.deepfreq.results;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.PeakErrors;
import org.deepfreq.experiment.RdfSchedule;
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
        return read(folder, true);
    }

    /**
     * Reads a run folder without its per-epoch DFT spectra (spectrum.csv, the largest table of a long 1-D run): for
     * summaries of the RDF peaks and losses, where parsing them would take most of the time.
     */
    public static RunRecord readWithoutSpectra(RunFolder folder) {
        return read(folder, false);
    }

    private static RunRecord read(RunFolder folder, boolean withSpectra) {
        if (!Files.isRegularFile(folder.config())) {
            throw new InvalidDataException(folder.dir() + ": not a run folder (config.json missing)");
        }
        try {
            ExperimentConfig config = config(folder);
            StatusFile status = status(folder);
            Committed committed = committed(folder, status);
            List<EpochResult> epochs = epochs(folder, committed, config.rdf().every(), config.maxEpochs());
            return new RunRecord(folder, config, epochs, status.status(), status.message(),
                    withSpectra ? spectra(folder, committed) : List.of(), fit(folder, committed));
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

    /**
     * What a run folder holds for sure: the tables up to the checkpoint's epoch, whose rows for that epoch the
     * checkpoint also carries (rows beyond it, or a line cut short by a kill, are not part of the run).
     *
     * @param cutBefore rows of epochs before this one are taken from the tables
     * @param rows      the checkpoint's rows of epoch {@code cutBefore} by table file name (empty: none)
     */
    record Committed(int cutBefore, Map<String, String> rows, Checkpoint.Contents checkpoint) {

        /** The last epoch the folder holds, or -1. */
        int lastEpoch() {
            return checkpoint != null && checkpoint.epoch() >= 0 ? checkpoint.epoch() : -1;
        }
    }

    /**
     * The committed part of a folder: up to its checkpoint's epoch; everything in a folder written before checkpoints
     * recorded their epoch (or a finished run without a network, written so); nothing when a run has no checkpoint
     * yet (killed during epoch 0).
     */
    static Committed committed(RunFolder folder, StatusFile status) {
        Optional<Checkpoint.Contents> cp = Checkpoint.read(folder);
        if (cp.isPresent() && cp.get().epoch() >= 0) {
            return new Committed(cp.get().epoch(), cp.get().rows(), cp.get());
        }
        boolean legacy = cp.isPresent() || status.status() == RunStatus.COMPLETED;
        return new Committed(legacy ? Integer.MAX_VALUE : 0, Map.of(), cp.orElse(null));
    }

    /** The committed text of one table: its header, its rows before the cut, then the checkpoint's rows. */
    static String text(Path file, String header, Committed c) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (Files.isRegularFile(file)) {
            long cut = RunTableFile.cutOffset(file, header, c.cutBefore());
            if (cut > 0) {
                try (var in = Files.newInputStream(file)) {
                    sb.append(new String(in.readNBytes((int) Math.min(cut, Integer.MAX_VALUE - 16)),
                            StandardCharsets.UTF_8));
                }
            }
        }
        if (sb.length() == 0) {
            sb.append(header).append('\n');
        }
        sb.append(c.rows().getOrDefault(file.getFileName().toString(), ""));
        return sb.toString();
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

    /** The DFT spectra of a 1-D run with their peak errors (none in folders written before them), by epoch. */
    private static List<FourierSpectrum> spectra(RunFolder folder, Committed c) throws IOException {
        Table t = table(folder.spectrum(), c, INTEGER, INTEGER, DOUBLE, DOUBLE);
        Map<Integer, List<double[]>> rows = new TreeMap<>();
        for (Row r : t) {
            rows.computeIfAbsent(r.getInt("epoch"), k -> new ArrayList<>())
                    .add(new double[] {r.getDouble("target"), r.getDouble("output")});
        }
        Map<Integer, List<double[]>> peaks = new TreeMap<>();
        for (Row r : table(folder.fprinciple(), c, INTEGER, INTEGER, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE)) {
            peaks.computeIfAbsent(r.getInt("epoch"), k -> new ArrayList<>()).add(new double[] {r.getInt("k"),
                r.getDouble("target_re"), r.getDouble("target_im"), r.getDouble("output_re"), r.getDouble("output_im")});
        }
        List<FourierSpectrum> out = new ArrayList<>();
        rows.forEach((epoch, list) -> {
            List<double[]> p = peaks.getOrDefault(epoch, List.of());
            out.add(new FourierSpectrum(epoch, column(list, 0), column(list, 1), new PeakErrors(
                    p.stream().mapToInt(r -> (int) r[0]).toArray(), column(p, 1), column(p, 2), column(p, 3),
                    column(p, 4))));
        });
        return out;
    }

    /** The fit after the last epoch of a 1-D run, or null. */
    private static OneDimensionalFit fit(RunFolder folder, Committed c) throws IOException {
        String text = c.rows().get(EpochRows.FIT);
        if (text == null) {
            if (c.cutBefore() != Integer.MAX_VALUE || !Files.isRegularFile(folder.fit())) {
                return null;
            }
            text = Files.readString(folder.fit());
        }
        Table t = parse(folder.fit(), text, INTEGER, DOUBLE, DOUBLE, DOUBLE);
        if (t.rowCount() == 0) {
            return null;
        }
        return new OneDimensionalFit(t.intColumn("epoch").get(0), t.doubleColumn("x").asDoubleArray(),
                t.doubleColumn("target").asDoubleArray(), t.doubleColumn("output").asDoubleArray());
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    /** The committed part of a table, read with fixed column types (an all-empty column stays numeric). */
    private static Table table(Path file, Committed c, ColumnType... types) throws IOException {
        return parse(file, text(file, EpochRows.APPENDED.get(file.getFileName().toString()), c), types);
    }

    private static Table parse(Path file, String text, ColumnType... types) {
        try {
            return Table.read().usingOptions(CsvReadOptions.builder(new StringReader(text)).tableName(
                    file.getFileName().toString()).columnTypes(types));
        } catch (RuntimeException e) {
            throw new InvalidDataException(file + ": not a table this program wrote (" + RunTableFile.abbreviate(
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")) + "); the run folder is damaged", e);
        }
    }

    private static List<EpochResult> epochs(RunFolder folder, Committed c, RdfSchedule every, int maxEpochs)
            throws IOException {
        Table metrics = table(folder.metrics(), c, INTEGER, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE);
        Map<Integer, Map<String, List<double[]>>> rdfRows = new TreeMap<>();
        Map<Integer, Map<String, Integer>> splitIndex = new TreeMap<>();
        {
            Table rdf = table(folder.rdf(), c, INTEGER, STRING, DOUBLE, DOUBLE, DOUBLE, DOUBLE);
            for (Row r : rdf) {
                rdfRows.computeIfAbsent(r.getInt("epoch"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.getString("split"), k -> new ArrayList<>())
                        .add(new double[] {r.getDouble("inv_delta"), r.getDouble("lfr"), r.getDouble("rdf"),
                            r.getDouble("rdf_normalized")});
            }
            String peaksText = text(folder.peaks(), EpochRows.APPENDED.get("peaks.csv"), c);
            // folders written before the at_edge column have four columns
            Table peaks = peaksText.lines().findFirst().orElse("").contains("at_edge")
                    ? parse(folder.peaks(), peaksText, INTEGER, INTEGER, STRING, DOUBLE, ColumnType.BOOLEAN)
                    : parse(folder.peaks(), peaksText, INTEGER, INTEGER, STRING, DOUBLE);
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
                    for (int col = 0; col < 4; col++) {
                        cols[col][k] = rows.get(k)[col];
                    }
                }
                int index = splitIndex.getOrDefault(epoch, Map.of()).getOrDefault(name, splits.size());
                splits.add(new SplitRdf(index, name, new RdfResult(cols[0], cols[1], cols[2], cols[3])));
            });
            out.add(new EpochResult(epoch, m.getDouble("lr"), m.getDouble("train_loss"), m.getDouble("val_loss"),
                    m.getDouble("val_accuracy"), m.getDouble("seconds"), m.getDouble("samples_per_s"), splits));
        }
        // an epoch the run's rdf-every measures has RDF rows: one without them means rdf.csv lost them
        if (out.stream().anyMatch(e -> !e.splits().isEmpty())) {
            out.stream().filter(e -> e.splits().isEmpty() && every.measures(e.epoch(), maxEpochs)).findFirst()
                    .ifPresent(e -> {
                        throw new InvalidDataException(folder.rdf() + ": has no rows for epoch " + e.epoch()
                                + " (the file was deleted, cut or edited); the run folder is damaged: its RDF cannot "
                                + "be shown");
                    });
        }
        return out;
    }
}
