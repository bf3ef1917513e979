package org.deepfreq.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.data.DatasetDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SineRdfClaimTest {

    @TempDir
    Path out;

    @Test
    void sineClaimHoldsAndClaimsJsonCarriesTheMeasuredPeaks() throws IOException {
        List<String> log = new ArrayList<>();
        ReproduceContext ctx = new ReproduceContext(ReproduceMode.QUICK, out, new DatasetDirectory(out.resolve("no-data")),
                RdfEngine.withDefaults(), log::add, FigureRenderer.NONE);
        ClaimResult r = new SineRdfClaim().run(ctx);

        assertThat(r.verdict()).isEqualTo(Verdict.HELD);
        // peaks of numpy's float64 computation on a 1e-3..1e5 log grid: 1.85, 11.7, 34 (k = 1, 2, 3), 100 (k = 5)
        assertThat((double) r.measured().get("peak_inv_delta_k1")).isBetween(1.5, 2.3);
        assertThat((double) r.measured().get("peak_inv_delta_k5")).isBetween(85.0, 120.0);
        assertThat(r.measured().get("edge_peak")).isEqualTo(false);
        assertThat(log).hasSize(5);
        assertThat(Files.readAllLines(out.resolve("rdf-sin.csv"))).hasSize(1 + 5 * SineRdfClaim.GRID.steps());

        ReproduceReport.write(out, ReproduceMode.QUICK, List.of(r), ZonedDateTime.now(), Map.of("cpu", "test"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("claims.json").toFile());
        assertThat(json.get("mode").asText()).isEqualTo("quick");
        JsonNode claim = json.get("claims").get(0);
        assertThat(claim.get("id").asText()).isEqualTo("rdf-sin");
        assertThat(claim.get("verdict").asText()).isEqualTo("HELD");
        assertThat(claim.get("measured").get("peak_inv_delta_k3").asDouble()).isBetween(29.0, 40.0);
        assertThat(Files.readString(out.resolve("report.md"))).contains("## RDF of sin(kπx)", "**Verdict: held.**",
                "peak_inv_delta_k5", "**Rule (fixed before the runs).** HELD when the RDF peak");
    }
}
