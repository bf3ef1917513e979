package org.deepfreq.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.deepfreq.results.RunRecord;
import org.deepfreq.spectrum.RdfEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claim runs are trained once into OUT/runs/NAME and reused by a later reproduce with the same folder. */
class ClaimRunsTest {

    @TempDir
    Path out;

    @Test
    void finishedRunIsReusedAndAChangedConfigIsRefused() {
        List<String> log = new ArrayList<>();
        ReproduceContext ctx = new ReproduceContext(ReproduceMode.QUICK, out, new DatasetDirectory(out.resolve("d")),
                RdfEngine.withDefaults(), log::add, FigureRenderer.NONE);
        ExperimentConfig c = Presets.named("depth-1d-demo").config().with("depth", "1").with("epochs", "2")
                .with("samples", "40");
        RunRecord first = new ClaimRuns(ctx).run("tiny", c);
        assertThat(first.epochs()).hasSize(3);
        assertThat(log).anyMatch(l -> l.startsWith("tiny: epoch 2/2"));
        log.clear();
        RunRecord again = new ClaimRuns(ctx).run("tiny", c);
        assertThat(log).containsExactly("tiny: finished earlier, reusing " + out.resolve("runs").resolve("tiny"));
        assertThat(again.epochs()).extracting(e -> e.trainLoss())
                .containsExactlyElementsOf(first.epochs().stream().map(e -> e.trainLoss()).toList());
        assertThatThrownBy(() -> new ClaimRuns(ctx).run("tiny", c.with("seed", "9")))
                .hasMessageContaining("holds a run with other settings");
    }
}
