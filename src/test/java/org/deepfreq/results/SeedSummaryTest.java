package org.deepfreq.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedSummaryTest {

    @TempDir
    Path dir;

    /** A split whose RDF peaks at {@code peak} on the grid 1, 2, 3, 4. */
    private static SplitRdf split(String name, double peak) {
        double[] s = {1, 2, 3, 4};
        double[] rdf = new double[4];
        for (int k = 0; k < 4; k++) {
            rdf[k] = s[k] == peak ? 1 : 0.1;
        }
        return new SplitRdf(0, name, new RdfResult(s, new double[4], rdf, rdf));
    }

    private static RunRecord run(double loss0, double loss1, double peak0, double peak1, boolean secondEpoch) {
        EpochResult e0 = new EpochResult(0, 1e-3, loss0, Double.NaN, Double.NaN, 0, 0, List.of(split("h1", peak0)));
        EpochResult e1 = new EpochResult(1, 1e-3, loss1, Double.NaN, Double.NaN, 0, 0, List.of(split("h1", peak1)));
        return new RunRecord(new RunFolder(Path.of("x")), null, secondEpoch ? List.of(e0, e1) : List.of(e0),
                RunStatus.COMPLETED, "", List.of(), null);
    }

    @Test
    void meanAndSampleStandardDeviationPerEpochAndSplitCountOnlyTheRunsThatReachedTheEpoch() {
        List<SeedSummary.Row> rows = SeedSummary.of(List.of(run(1.0, 0.5, 1, 2, true), run(3.0, 0.7, 3, 4, true),
                run(2.0, 0, 2, 0, false)));
        assertThat(rows).hasSize(2);
        SeedSummary.Row first = rows.get(0);
        assertThat(first.epoch()).isZero();
        assertThat(first.n()).isEqualTo(3);
        assertThat(first.peakMean()).isEqualTo(2.0);
        assertThat(first.peakSd()).isCloseTo(1.0, within(1e-12)); // values 1, 2, 3: sample variance 1
        assertThat(first.trainLossMean()).isEqualTo(2.0);
        assertThat(first.trainLossSd()).isCloseTo(1.0, within(1e-12));
        SeedSummary.Row second = rows.get(1);
        assertThat(second.n()).isEqualTo(2);
        assertThat(second.peakMean()).isEqualTo(3.0);
        assertThat(second.peakSd()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(second.trainLossSd()).isCloseTo(Math.sqrt(0.02), within(1e-12));
    }

    @Test
    void oneSeedHasNoSpreadAndTheCsvRoundTripsIt() {
        List<SeedSummary.Row> rows = SeedSummary.of(List.of(run(1.0, 0.5, 1, 2, true)));
        assertThat(rows.get(0).peakSd()).isNaN();
        Path file = dir.resolve(SeedSummary.FILE_NAME);
        SeedSummary.write(file, rows);
        assertThat(SeedSummary.read(file)).isEqualTo(rows);
    }

    @Test
    void seedFoldersAreFoundInSeedOrderAndOtherFoldersIgnored() throws Exception {
        for (String name : new String[] {"seed-10", "seed-9", "seed-x", "other"}) {
            java.nio.file.Files.createDirectories(dir.resolve(name));
            java.nio.file.Files.writeString(dir.resolve(name).resolve("config.json"), "{}");
        }
        assertThat(SeedSummary.seedFolders(dir)).extracting(f -> f.dir().getFileName().toString())
                .containsExactly("seed-9", "seed-10");
        assertThat(SeedSummary.isMultiSeed(dir.resolve("other"))).isFalse();
    }
}
