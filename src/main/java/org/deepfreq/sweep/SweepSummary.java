package org.deepfreq.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.deepfreq.results.SeedSummary;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A sweep's {@code summary.csv}: the columns of {@code train --seeds} ({@link SeedSummary}) after a first column
 * {@code group}, which is a cell (its own loss and RDF peaks per epoch, n = 1) or a setting (mean and sd over its
 * seeds). Each setting folder also gets the plain seed summary of {@code train --seeds}, so it opens like one.
 */
public final class SweepSummary {

    public static final String FILE_NAME = SeedSummary.FILE_NAME;

    private SweepSummary() {
    }

    /** Reads every cell that has a run folder and rewrites the summaries; returns the rows per group. */
    public static Map<String, List<SeedSummary.Row>> write(Path dir, List<SweepCell> cells) {
        Map<String, List<RunRecord>> bySetting = new LinkedHashMap<>();
        Map<String, List<SeedSummary.Row>> groups = new LinkedHashMap<>();
        for (SweepCell cell : cells) {
            RunFolder folder = new RunFolder(dir.resolve(cell.name()));
            if (!Files.isRegularFile(folder.config())) {
                continue;
            }
            RunRecord record;
            try {
                record = RunFolderReader.read(folder);
            } catch (InvalidDataException unreadable) {
                continue;
            }
            groups.put(cell.name(), SeedSummary.of(List.of(record)));
            bySetting.computeIfAbsent(cell.setting(), k -> new ArrayList<>()).add(record);
        }
        bySetting.forEach((setting, records) -> {
            List<SeedSummary.Row> rows = SeedSummary.of(records);
            groups.put(setting, rows);
            SeedSummary.write(dir.resolve(setting).resolve(FILE_NAME), rows);
        });
        Table all = null;
        for (Map.Entry<String, List<SeedSummary.Row>> g : groups.entrySet()) {
            Table t = SeedSummary.table(g.getValue());
            t.insertColumn(0, StringColumn.create("group", java.util.Collections.nCopies(t.rowCount(), g.getKey())));
            all = all == null ? t : all.append(t);
        }
        if (all != null) {
            Table table = all;
            AtomicFiles.write(dir.resolve(FILE_NAME), out -> table.write().csv(out));
        }
        return groups;
    }
}
