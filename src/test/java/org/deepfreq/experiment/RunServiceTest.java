package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.deepfreq.app.RunFactory;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.spectrum.RdfEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunServiceTest {

    @TempDir
    Path dir;

    private final RunFactory factory = new RunFactory(TinyData.catalog(), Path.of("unused"), new RdfEngine(2,
            RdfEngine.DEFAULT_MEMORY_BUDGET, 0));

    @Test
    void runToCompletionReturnsTheTerminalStatusAfterEveryEpochIsRecorded() throws InterruptedException {
        TrainingRun run = factory.create(TinyData.config(3, 1e-2), dir.resolve("run")).run();
        assertThat(RunService.runToCompletion(run)).isEqualTo(RunStatus.COMPLETED);
        assertThat(RunFolderReader.read(new RunFolder(dir.resolve("run"))).lastEpoch()).isEqualTo(3);
    }

    @Test
    void theWatchCanCancelTheRunAndFinishedEpochsAreKept() throws InterruptedException {
        TrainingRun run = factory.create(TinyData.config(10_000, 1e-2), dir.resolve("run")).run();
        AtomicInteger polls = new AtomicInteger();
        RunStatus status = RunService.runToCompletion(run, Duration.ofMillis(50), () -> {
            if (polls.incrementAndGet() == 3) {
                run.cancel();
            }
        });
        assertThat(status).isEqualTo(RunStatus.CANCELLED);
        assertThat(polls.get()).isGreaterThanOrEqualTo(3);
        assertThat(RunFolderReader.read(new RunFolder(dir.resolve("run"))).status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void anInterruptedCallerCancelsTheRunWaitsForItAndRethrows() {
        TrainingRun run = factory.create(TinyData.config(10_000, 1e-2), dir.resolve("run")).run();
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> RunService.runToCompletion(run)).isInstanceOf(InterruptedException.class);
        Thread.interrupted();
        // the run had ended (cancelled, terminal status published) before the exception reached the caller
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(RunFolderReader.read(new RunFolder(dir.resolve("run"))).status()).isEqualTo(RunStatus.CANCELLED);
    }
}
