package org.deepfreq.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.Presets;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCatalogTest {

    @TempDir
    Path runs;

    private Path run(String name, int epochs, RunStatus status, long modifiedMillis) throws IOException {
        RunFolder f = new RunFolder(runs.resolve(name));
        RunFolderWriter w = new RunFolderWriter(f, Presets.named("mnist-dnn-demo").config(), Provenance.UNKNOWN, List.of());
        for (int e = 0; e <= epochs; e++) {
            w.epochFinished(new EpochResult(e, 1e-3, 1.0 / (e + 1), 1, 0.5, 1, 100, List.of()), null);
        }
        w.onEvent(new RunEvent.StatusChanged(status, "done"));
        Files.setLastModifiedTime(f.status(), FileTime.fromMillis(modifiedMillis));
        Files.setLastModifiedTime(f.config(), FileTime.fromMillis(modifiedMillis));
        return f.dir();
    }

    @Test
    void listsRunsNewestFirstWithTheirStatusAndSkipsOtherFolders() throws IOException {
        run("old", 2, RunStatus.COMPLETED, 1_000_000);
        run("new", 1, RunStatus.CANCELLED, 2_000_000);
        Files.createDirectories(runs.resolve("not-a-run"));
        List<RunCatalog.Summary> list = new RunCatalog(runs).list();
        assertThat(list).extracting(RunCatalog.Summary::name).containsExactly("new", "old");
        assertThat(list.get(0).status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(list.get(1).epochs()).isEqualTo(2);
        assertThat(list.get(1).preset()).isEqualTo("mnist-dnn-demo");
        assertThat(list.get(1).network()).isEqualTo("FC 5×100 tanh");
        assertThat(new RunCatalog(runs.resolve("missing")).list()).isEmpty();
    }

    @Test
    void renameAndDeleteActOnlyOnRunFoldersInTheRunsDirectory() throws IOException {
        Path a = run("a", 1, RunStatus.COMPLETED, 1_000_000);
        run("b", 1, RunStatus.COMPLETED, 1_000_000);
        RunCatalog catalog = new RunCatalog(runs);
        assertThatThrownBy(() -> catalog.rename(a, "b")).hasMessageContaining("already exists");
        assertThatThrownBy(() -> catalog.rename(a, "../escape")).hasMessageContaining("must be 1-100 letters");
        Path renamed = catalog.rename(a, "baseline-run");
        assertThat(renamed.resolve("config.json")).exists();
        assertThat(a).doesNotExist();
        Files.createDirectories(runs.resolve("keep"));
        assertThatThrownBy(() -> catalog.delete(runs.resolve("keep"))).hasMessageContaining("not a run folder");
        catalog.delete(renamed);
        assertThat(renamed).doesNotExist();
        assertThat(catalog.list()).extracting(RunCatalog.Summary::name).containsExactly("b");
    }
}
