package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.deepfreq.app.RunFactory;
import org.deepfreq.io.FaultInjection;
import org.deepfreq.io.FolderLock;
import org.deepfreq.results.Checkpoint;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunFolderWriter;
import org.deepfreq.results.RunRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk at every write step of a run: an injected "No space left on device" at step k (k = 1, 2, … until the
 * run writes no more) must end the run as FAILED with a message naming the disk, leave no temporary file, leave a
 * folder that reads back as exactly the epochs of its checkpoint, and resume to the same tables as a run that never
 * failed. Also: a second writer of a folder is refused.
 */
class RunFolderFaultInjectionTest {

    private static final List<String> TABLES = List.of("metrics.csv", "rdf.csv", "peaks.csv", "spectrum.csv");

    @TempDir
    Path dir;

    private final RunFactory factory = TinyData.factory();

    @AfterEach
    void noFaults() {
        FaultInjection.configure(0, 0);
    }

    private static TrainingRun finish(TrainingRun run) throws InterruptedException {
        run.start();
        assertThat(run.awaitTermination(Duration.ofMinutes(2))).isTrue();
        run.close();
        return run;
    }

    @Test
    void aFullDiskAtAnyWriteStepLeavesAConsistentFolderThatResumesToTheSameTables() throws Exception {
        ExperimentConfig config = TinyData.config(1, 1e-2);
        Path reference = dir.resolve("reference");
        FaultInjection.configure(0, 0);
        assertThat(finish(factory.create(config, reference).run()).status()).isEqualTo(RunStatus.COMPLETED);
        int steps = FaultInjection.steps();
        assertThat(steps).as("write steps of a 1-epoch run").isGreaterThan(12);

        for (int k = 1; k <= steps; k++) {
            Path folder = dir.resolve("full-at-" + k);
            FaultInjection.configure(k, 0);
            TrainingRun run;
            try {
                run = factory.create(config, folder).run();
            } catch (UncheckedIOException e) {
                assertThat(e.getMessage()).as("step %d", k).contains("disk full");
                FaultInjection.configure(0, 0);
                // nothing of the run was written: the same command again starts it in the same folder
                assertThat(finish(factory.create(config, folder).run()).status()).isEqualTo(RunStatus.COMPLETED);
                assertSameTables(folder, reference);
                continue;
            }
            List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
            run.addListener(e -> {
                if (e instanceof RunEvent.StatusChanged s && s.status().isTerminal()) {
                    messages.add(s.message());
                }
            });
            finish(run);
            FaultInjection.configure(0, 0);
            if (run.status() == RunStatus.COMPLETED) {
                continue; // the step hit the final status.json, which a full disk may not update; the run is whole
            }
            assertThat(run.status()).as("step %d", k).isEqualTo(RunStatus.FAILED);
            assertThat(messages).singleElement().asString().contains("disk full", "finished epoch(s) kept");
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("step %d", k)
                        .noneMatch(n -> n.endsWith(".tmp"));
            }
            int last = Checkpoint.read(new RunFolder(folder)).map(Checkpoint.Contents::epoch).orElse(-1);
            RunRecord record = RunFolderReader.read(new RunFolder(folder));
            assertThat(record.epochs()).extracting(EpochResult::epoch).as("step %d", k)
                    .containsExactlyElementsOf(IntStream.rangeClosed(0, last).boxed().toList());
            if (last < config.maxEpochs()) {
                assertThat(finish(factory.resume(folder).run()).status()).as("resume after step %d", k)
                        .isEqualTo(RunStatus.COMPLETED);
            } else { // the last epoch's checkpoint was written: resuming only brings the tables in line
                assertThatThrownBy(() -> factory.resume(folder)).hasMessageContaining("already finished all 1 epochs");
                assertThat(RunFolderReader.read(new RunFolder(folder)).status()).isEqualTo(RunStatus.COMPLETED);
            }
            assertSameTables(folder, reference);
        }
    }

    @Test
    void aSecondWriterOfARunFolderIsRefused() {
        Path folder = dir.resolve("run");
        try (RunFolderWriter first = new RunFolderWriter(new RunFolder(folder), TinyData.config(2, 1e-2),
                org.deepfreq.results.Provenance.UNKNOWN, List.of())) {
            assertThatThrownBy(() -> new RunFolderWriter(new RunFolder(folder), TinyData.config(2, 1e-2),
                    org.deepfreq.results.Provenance.UNKNOWN, List.of())).isInstanceOf(FolderLock.FolderBusyException.class)
                    .hasMessageContaining("already being written");
        }
        new RunFolderWriter(new RunFolder(folder), TinyData.config(2, 1e-2), org.deepfreq.results.Provenance.UNKNOWN, List.of()).close();
    }

    @Test
    void aFolderThatIsNotARunIsNeverWrittenInto() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(folder.resolve("metrics.csv"), "my,own\n");
        assertThatThrownBy(() -> factory.create(TinyData.config(2, 1e-2), folder))
                .hasMessageContaining("is not empty and is not a run folder");
        assertThat(Files.readString(folder.resolve("metrics.csv"))).isEqualTo("my,own\n");
    }

    private static void assertSameTables(Path folder, Path reference) throws IOException {
        for (String t : TABLES) {
            assertThat(withoutTiming(folder.resolve(t))).as(folder + "/" + t)
                    .isEqualTo(withoutTiming(reference.resolve(t)));
        }
    }

    private static List<String> withoutTiming(Path table) throws IOException {
        if (!Files.exists(table)) {
            return List.of();
        }
        return Files.readAllLines(table).stream().map(l -> {
            String[] c = l.split(",", -1);
            return table.getFileName().toString().equals("metrics.csv")
                    ? String.join(",", Arrays.copyOf(c, c.length - 2)) : l;
        }).toList();
    }
}
