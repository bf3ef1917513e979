package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.results.Provenance;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderWriter;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataExportTest {

    @TempDir
    Path dir;

    @Test
    void theExportedTablesAreTheRunFoldersTablesByteForByte() throws IOException {
        ExperimentConfig c = Presets.named("depth-1d-demo").config();
        double[] grid = {1, 2, 3};
        List<EpochResult> epochs = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            double[] lfr = {0.1 * e, 0.5, 1.0};
            epochs.add(new EpochResult(e, 1e-3, 1.0 / (e + 1), Double.NaN, e == 2 ? 0.75 : Double.NaN, 0.5, 2e3,
                    List.of(new SplitRdf(0, "input", new RdfResult(grid, lfr, lfr, lfr)),
                            new SplitRdf(1, "h1", new RdfResult(grid, lfr, lfr.clone(), lfr)))));
        }
        RunFolder folder = new RunFolder(dir.resolve("run"));
        try (RunFolderWriter w = new RunFolderWriter(folder, c, Provenance.UNKNOWN, List.of())) {
            epochs.forEach(e -> w.epochFinished(e, null));
        }
        Path export = Files.createDirectories(dir.resolve("export"));
        DataExport.write(epochs, c, export);
        for (String table : List.of("metrics.csv", "rdf.csv", "peaks.csv")) {
            assertThat(export.resolve(table)).as(table).hasSameBinaryContentAs(folder.dir().resolve(table));
        }
        // NaN is an empty cell, as in the run folder: epoch 0 has neither validation loss nor accuracy
        assertThat(Files.readAllLines(export.resolve("metrics.csv")).get(1)).isEqualTo("0,0.001,1.0,,,0.5,2000.0");
        assertThat(Files.readAllLines(export.resolve("rdf.csv"))).hasSize(1 + 3 * 2 * 3);
    }
}
