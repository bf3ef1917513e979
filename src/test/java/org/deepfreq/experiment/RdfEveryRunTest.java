package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.deepfreq.app.RunFactory;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with rdf-every measures the RDF only after the chosen epochs and its last, and its folder reads back so. */
class RdfEveryRunTest {

    @TempDir
    Path dir;

    private final RunFactory factory = TinyData.factory();

    private List<EpochResult> run(ExperimentConfig c, Path folder) throws InterruptedException {
        TrainingRun run = factory.create(c, folder).run();
        List<EpochResult> out = TinyData.epochsOf(run);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        return out;
    }

    private static List<Integer> withRdf(List<EpochResult> epochs) {
        return epochs.stream().filter(e -> !e.splits().isEmpty()).map(EpochResult::epoch).toList();
    }

    @Test
    void everyThirdEpochPlusEpochZeroAndTheLastAndTheFolderHoldsOnlyThose() throws InterruptedException {
        Path folder = dir.resolve("run");
        List<EpochResult> e = run(TinyData.config(7, 1e-2).with("rdf-every", "3"), folder);

        assertThat(e).extracting(EpochResult::epoch).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(withRdf(e)).containsExactly(0, 3, 6, 7);
        RunRecord back = RunFolderReader.read(new RunFolder(folder));
        assertThat(back.config().rdf().every().every()).isEqualTo(3);
        assertThat(back.epochs()).extracting(EpochResult::epoch).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(withRdf(back.epochs())).containsExactly(0, 3, 6, 7);
        assertThat(back.epochs().get(2).trainLoss()).isEqualTo(e.get(2).trainLoss());
    }

    @Test
    void aRunThatStopsEarlyHasTheRdfOfItsLastEpoch() throws InterruptedException {
        List<EpochResult> e = run(TinyData.config(50, 1e-2).with("stop-loss", "0.2").with("rdf-every", "1000"),
                dir.resolve("run"));
        int last = e.get(e.size() - 1).epoch();
        assertThat(last).isLessThan(50);
        assertThat(withRdf(e)).containsExactly(0, last);
    }

    @Test
    void theScheduleDoesNotChangeTraining() throws InterruptedException {
        List<EpochResult> every = run(TinyData.config(4, 1e-2), dir.resolve("a"));
        List<EpochResult> sparse = run(TinyData.config(4, 1e-2).with("rdf-every", "2"), dir.resolve("b"));
        assertThat(sparse).extracting(EpochResult::trainLoss)
                .containsExactlyElementsOf(every.stream().map(EpochResult::trainLoss).toList());
    }
}
