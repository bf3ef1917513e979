package org.deepfreq.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    @TempDir
    Path dir;

    private final ExperimentConfig config = Presets.named("depth-1d-demo").config();

    @Test
    void aRunFolderRecordsItsProvenanceInConfigJsonAndReadsItBack() {
        Provenance p = new Provenance("1.2.3", "abc123-dirty", "1.0.0-M2.1", "1.0.0-M2.1", "21.0.5", "11.3.1", "17.0.9",
                "Linux amd64", "org.nd4j.linalg.cpu.nativecpu.CpuBackend", "CPU (nd4j-native, 2 threads)", null)
                .onMember("member-7");
        RunFolder folder = new RunFolder(dir.resolve("run"));
        new RunFolderWriter(folder, config, p, List.of()).close();
        assertThat(RunFolderReader.provenance(folder)).isEqualTo(p);
        assertThat(RunFolderReader.read(folder).config()).isEqualTo(config);
    }

    @Test
    void aFolderWrittenBeforeTheTypedRecordIsStillReadable() throws IOException {
        RunFolder folder = new RunFolder(Files.createDirectories(dir.resolve("old")));
        Files.writeString(folder.config(), "{\"config\": " + config.toJson() + ", \"provenance\": {\"deepfreq\": \"0.9\", "
                + "\"java\": \"17\", \"os\": \"Linux amd64\", \"nd4j_backend\": \"CpuBackend\", \"device\": \"CPU\", "
                + "\"dl4j\": \"1.0.0-M2.1\", \"member\": \"m1\"}}\n");
        Provenance p = RunFolderReader.provenance(folder);
        assertThat(p.deepfreq()).isEqualTo("0.9");
        assertThat(p.dl4j()).isEqualTo("1.0.0-M2.1");
        assertThat(p.member()).isEqualTo("m1");
        assertThat(List.of(p.sourceRevision(), p.nd4j(), p.javafx(), p.chartfx())).containsOnly("unknown");

        Files.writeString(folder.config(), "{\"config\": " + config.toJson() + "}\n");
        assertThat(RunFolderReader.provenance(folder)).isEqualTo(Provenance.UNKNOWN);
        assertThat(Provenance.UNKNOWN.device()).isEqualTo("unknown");
    }

    @Test
    void theGridDescriptionNamesRangeStepsSamplesNormalisationAndDistance() {
        var r = config.rdf();
        assertThat(Provenance.describe(r)).isEqualTo("1/δ from " + r.invDeltaMin() + " to " + r.invDeltaMax() + ", "
                + r.steps() + " steps, " + r.samples() + " samples, " + (r.normalize() ? "normalised" : "not normalised")
                + ", " + r.distance().name().toLowerCase(java.util.Locale.ROOT) + " distance");
    }
}
