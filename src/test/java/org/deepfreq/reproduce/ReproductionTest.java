package org.deepfreq.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.data.DatasetDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The sin(kπx) claim and a miniature 1-D depth sweep end to end, as `reproduce` runs them. */
class ReproductionTest {

    @TempDir
    Path out;

    @Test
    void sineAndMiniatureDepthClaimsProduceClaimsJsonWithMeasuredValues() throws IOException {
        DepthSweepClaim.Settings mini = new DepthSweepClaim.Settings(2, 16, 100, 1e-2, 0.3, 400, List.of(1L, 2L));
        Reproduction r = new Reproduction(List.of(new SineRdfClaim(), new DepthSweepClaim(mini, mini)));
        List<String> log = new ArrayList<>();
        List<ClaimResult> results = r.run(new ReproduceContext(ReproduceMode.QUICK, out, new DatasetDirectory(out.resolve("no-data")),
                RdfEngine.withDefaults(),
                log::add, FigureRenderer.NONE), Set.of());

        assertThat(results).extracting(ClaimResult::id).containsExactly("rdf-sin", "depth-1d");
        JsonNode json = new ObjectMapper().readTree(out.resolve("claims.json").toFile());
        JsonNode depth = json.get("claims").get(1);
        assertThat(depth.get("measured").get("epochs_depth_1").asText()).matches("\\d+ ± \\d+ \\(\\d/2 reached\\)");
        assertThat(depth.get("measured").get("epochs_depth_2").asText()).matches("\\d+ ± \\d+ \\(\\d/2 reached\\)");
        assertThat(depth.get("verdict").asText()).isIn("HELD", "NOT_HELD");
        assertThat(Files.readAllLines(out.resolve("depth-1d.csv"))).hasSize(1 + 2 * 2);
        assertThat(Files.readString(out.resolve("report.md"))).contains("## 1-D depth experiment", "## RDF of sin(kπx)");
        assertThat(log).anyMatch(l -> l.startsWith("depth-1d: depth 2 needs"));
    }
}
