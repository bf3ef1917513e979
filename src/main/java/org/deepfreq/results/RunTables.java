package org.deepfreq.results;

import java.util.List;

import org.deepfreq.experiment.EpochResult;

/**
 * The per-epoch tables of a run as whole CSV texts, made by the one table writer ({@link EpochRows}) that
 * {@link RunFolderWriter} appends with, so an export holds exactly the rows a run folder holds.
 */
public final class RunTables {

    /** The tables every epoch adds rows to, by file name. */
    public static final List<String> PER_EPOCH = List.of("metrics.csv", "rdf.csv", "peaks.csv");

    private RunTables() {
    }

    /** {@code table} (one of {@link #PER_EPOCH}) over {@code epochs}: its header, then each epoch's rows in order. */
    public static String csv(String table, List<EpochResult> epochs) {
        String header = EpochRows.APPENDED.get(table);
        if (header == null || !PER_EPOCH.contains(table)) {
            throw new IllegalArgumentException("no per-epoch table " + table + ": choose one of " + PER_EPOCH);
        }
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (EpochResult e : epochs) {
            csv.append(EpochRows.of(e, null, null).get(table));
        }
        return csv.toString();
    }
}
