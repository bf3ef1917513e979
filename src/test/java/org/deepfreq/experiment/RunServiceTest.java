package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunServiceTest {

    @TempDir
    Path dir;

    @Test
    void runToCompletionReturnsTheTerminalStatusAfterEveryEpochIsRecorded() throws InterruptedException {
        TrainingRun run = TinyData.run(dir.resolve("run"), 3);
        assertThat(RunService.runToCompletion(run)).isEqualTo(RunStatus.COMPLETED);
        assertThat(RunFolderReader.read(new RunFolder(dir.resolve("run"))).lastEpoch()).isEqualTo(3);
    }

    @Test
    void theWatchCanCancelTheRunAndFinishedEpochsAreKept() throws InterruptedException {
        TrainingRun run = TinyData.run(dir.resolve("run"), 10_000);
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
        TrainingRun run = TinyData.run(dir.resolve("run"), 10_000);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> RunService.runToCompletion(run)).isInstanceOf(InterruptedException.class);
        Thread.interrupted();
        // the run had ended (cancelled, terminal status published) before the exception reached the caller
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(RunFolderReader.read(new RunFolder(dir.resolve("run"))).status()).isEqualTo(RunStatus.CANCELLED);
    }
}
