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
        assertThat((double) r.measured().get("peak_inv_delta_k1")).isLessThan(6);
        assertThat((double) r.measured().get("peak_inv_delta_k5")).isBetween(95.0, 110.0);
        assertThat(log).hasSize(5);
        assertThat(Files.readAllLines(out.resolve("rdf-sin.csv"))).hasSize(1 + 5 * 120);

        ReproduceReport.write(out, ReproduceMode.QUICK, List.of(r), ZonedDateTime.now(), Map.of("cpu", "test"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("claims.json").toFile());
        assertThat(json.get("mode").asText()).isEqualTo("quick");
        JsonNode claim = json.get("claims").get(0);
        assertThat(claim.get("id").asText()).isEqualTo("rdf-sin");
        assertThat(claim.get("verdict").asText()).isEqualTo("HELD");
        assertThat(claim.get("measured").get("peak_inv_delta_k3").asDouble()).isBetween(25.0, 37.0);
        assertThat(Files.readString(out.resolve("report.md"))).contains("## RDF of sin(kπx)", "**Verdict: held.**",
                "peak_inv_delta_k5");
    }
}
