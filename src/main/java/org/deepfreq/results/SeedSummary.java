package org.deepfreq.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.io.AtomicFiles;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The spread over seeds of runs that differ only in their seed: per epoch and split, how many runs have that epoch
 * ({@code n}), the mean and sample standard deviation (n − 1 in the denominator; NaN, written empty, when n = 1) of
 * the RDF peak 1/δ and of the epoch's training loss. Written as {@value #FILE_NAME} next to the seed folders
 * {@code seed-<s>/} by {@code train --seeds}; sweeps summarise their cells with the same class.
 */
public final class SeedSummary {

    /** The summary's file name in a multi-seed folder. */
    public static final String FILE_NAME = "summary.csv";
    /** Prefix of a seed's run folder in a multi-seed folder: {@code seed-<s>}. */
    public static final String SEED_PREFIX = "seed-";

    private static final String[] COLUMNS = {"epoch", "split", "n", "peak_mean", "peak_sd", "train_loss_mean",
        "train_loss_sd"};

    /** One epoch and split over the seeds. */
    public record Row(int epoch, String split, int n, double peakMean, double peakSd, double trainLossMean,
            double trainLossSd) {
    }

    private SeedSummary() {
    }

    /** The folder name of seed {@code seed} in a multi-seed folder. */
    public static String seedFolderName(long seed) {
        return SEED_PREFIX + seed;
    }

    /**
     * Summarises runs (one per seed): rows by epoch, then split in the order the runs record them. An epoch that only
     * some runs reached (one stopped early) counts only those, which {@code n} says.
     */
    public static List<Row> of(List<RunRecord> runs) {
        Map<Integer, Map<String, List<double[]>>> byEpoch = new TreeMap<>();
        for (RunRecord run : runs) {
            for (EpochResult e : run.epochs()) {
                Map<String, List<double[]>> bySplit = byEpoch.computeIfAbsent(e.epoch(), k -> new LinkedHashMap<>());
                for (SplitRdf s : e.splits()) {
                    bySplit.computeIfAbsent(s.name(), k -> new ArrayList<>())
                            .add(new double[] {s.peakInvDelta(), e.trainLoss()});
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        byEpoch.forEach((epoch, bySplit) -> bySplit.forEach((split, values) -> {
            double[] peaks = values.stream().mapToDouble(v -> v[0]).toArray();
            double[] losses = values.stream().mapToDouble(v -> v[1]).toArray();
            rows.add(new Row(epoch, split, values.size(), mean(peaks), sd(peaks), mean(losses), sd(losses)));
        }));
        return rows;
    }

    /** Reads every run folder (without its DFT spectra, which a summary does not use) and summarises them. */
    public static List<Row> ofFolders(List<RunFolder> folders) {
        return of(folders.stream().map(RunFolderReader::readWithoutSpectra).toList());
    }

    /**
     * The run folders {@code seed-<s>} directly inside {@code dir}, by ascending seed; empty when there are none.
     */
    public static List<RunFolder> seedFolders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("config.json")))
                    .filter(p -> seedOf(p) != null)
                    .sorted(Comparator.comparing(SeedSummary::seedOf))
                    .map(RunFolder::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} holds seed folders (a folder written by {@code train --seeds}). */
    public static boolean isMultiSeed(Path dir) {
        return !seedFolders(dir).isEmpty();
    }

    private static Long seedOf(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.startsWith(SEED_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(name.substring(SEED_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The rows as a table with the columns of {@value #FILE_NAME}. */
    public static Table table(List<Row> rows) {
        Table t = Table.create("summary", IntColumn.create(COLUMNS[0]), StringColumn.create(COLUMNS[1]),
                IntColumn.create(COLUMNS[2]), DoubleColumn.create(COLUMNS[3]), DoubleColumn.create(COLUMNS[4]),
                DoubleColumn.create(COLUMNS[5]), DoubleColumn.create(COLUMNS[6]));
        for (Row r : rows) {
            t.intColumn(COLUMNS[0]).append(r.epoch());
            t.stringColumn(COLUMNS[1]).append(r.split());
            t.intColumn(COLUMNS[2]).append(r.n());
            t.doubleColumn(COLUMNS[3]).append(r.peakMean());
            t.doubleColumn(COLUMNS[4]).append(r.peakSd());
            t.doubleColumn(COLUMNS[5]).append(r.trainLossMean());
            t.doubleColumn(COLUMNS[6]).append(r.trainLossSd());
        }
        return t;
    }

    /** Summarises the seed folders of {@code dir} into {@code dir/summary.csv} (atomically) and returns the rows. */
    public static List<Row> write(Path dir) {
        List<RunFolder> seeds = seedFolders(dir);
        if (seeds.isEmpty()) {
            throw new InvalidDataException(dir + " holds no seed-<s> run folders to summarise");
        }
        return write(dir.resolve(FILE_NAME), ofFolders(seeds));
    }

    /** Writes {@code rows} to {@code file} atomically and returns them. */
    public static List<Row> write(Path file, List<Row> rows) {
        Table t = table(rows);
        AtomicFiles.write(file, out -> t.write().csv(out));
        return rows;
    }

    /** Reads a {@value #FILE_NAME} written by {@link #write(Path, List)}. */
    public static List<Row> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataException(file + " not found: summarise the seed folders first (train --seeds)");
        }
        try {
            Table t = Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).columnTypes(new ColumnType[] {
                ColumnType.INTEGER, ColumnType.STRING, ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.DOUBLE,
                ColumnType.DOUBLE, ColumnType.DOUBLE}));
            List<Row> rows = new ArrayList<>(t.rowCount());
            for (int i = 0; i < t.rowCount(); i++) {
                rows.add(new Row(t.intColumn(COLUMNS[0]).getInt(i), t.stringColumn(COLUMNS[1]).get(i),
                        t.intColumn(COLUMNS[2]).getInt(i), value(t, COLUMNS[3], i), value(t, COLUMNS[4], i),
                        value(t, COLUMNS[5], i), value(t, COLUMNS[6], i)));
            }
            return rows;
        } catch (RuntimeException e) {
            throw new InvalidDataException(file + " cannot be read as a seed summary (" + e.getMessage()
                    + "); write it again with train --seeds", e);
        }
    }

    private static double value(Table t, String column, int row) {
        DoubleColumn c = t.doubleColumn(column);
        return c.isMissing(row) ? Double.NaN : c.getDouble(row);
    }

    /** Arithmetic mean; NaN for no values. */
    public static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (n − 1 in the denominator); NaN for fewer than two values. */
    public static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
