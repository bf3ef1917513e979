package org.deepfreq.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.spectrum.RdfEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FPrincipleClaimTest {

    private static final int NEVER = Integer.MAX_VALUE;

    @TempDir
    Path out;

    @Test
    void aSeedAgreesWhenNoHigherPeakIsLearntBeforeALowerOneAndTheLowestComesFirst() {
        assertThat(FPrincipleClaim.agrees(new int[] {16, 300, 340})).isTrue();
        assertThat(FPrincipleClaim.agrees(new int[] {16, 300, NEVER})).isTrue(); // the highest not yet learnt
        assertThat(FPrincipleClaim.agrees(new int[] {16, 16, 40})).isTrue();
        assertThat(FPrincipleClaim.agrees(new int[] {300, 16, 340})).isFalse(); // k_2 before k_1
        assertThat(FPrincipleClaim.agrees(new int[] {16, NEVER, 300})).isFalse(); // k_3 learnt, k_2 never
        assertThat(FPrincipleClaim.agrees(new int[] {40, 40, 40})).isFalse(); // all at once: no order
        assertThat(FPrincipleClaim.agrees(new int[] {NEVER, NEVER, NEVER})).isFalse();
        assertThat(FPrincipleClaim.agrees(new int[] {16})).isFalse(); // one peak orders nothing
    }

    @Test
    void aMiniatureRunRecordsThePeaksOfTheTargetAndItsVerdictFollowsFromTheRunFolder() throws IOException {
        FPrincipleClaim.Settings mini = new FPrincipleClaim.Settings("depth-1d-demo", 1, 1e-2, 40, 0, List.of(1L));
        ReproduceContext ctx = new ReproduceContext(ReproduceMode.QUICK, out, new DatasetDirectory(out.resolve("none")),
                RdfEngine.withDefaults(), line -> { }, FigureRenderer.NONE);
        ClaimResult r = new FPrincipleClaim(mini, mini).run(ctx);

        // independently of the claim's code: the first epoch below the threshold per peak, from fprinciple.csv
        List<String> rows = Files.readAllLines(out.resolve("runs/fprinciple-1d-seed1/fprinciple.csv"));
        assertThat(rows.get(0)).isEqualTo("epoch,k,target_re,target_im,output_re,output_im,relative_error");
        Map<Integer, Integer> first = new LinkedHashMap<>();
        List<Integer> epochs = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            int epoch = Integer.parseInt(f[0]);
            int k = Integer.parseInt(f[1]);
            if (!epochs.contains(epoch)) {
                epochs.add(epoch);
            }
            first.putIfAbsent(k, NEVER);
            // the relative error from the recorded complex values
            double err = Math.hypot(Double.parseDouble(f[2]) - Double.parseDouble(f[4]),
                    Double.parseDouble(f[3]) - Double.parseDouble(f[5])) / Math.hypot(Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]));
            assertThat(Double.parseDouble(f[6])).isCloseTo(err, org.assertj.core.api.Assertions.within(1e-12));
            if (first.get(k) == NEVER && err < FPrincipleClaim.THRESHOLD) {
                first.put(k, epoch);
            }
        }
        // sin(x), sin(3x), sin(5x) on the whole grid of [−π, π]: peaks at k = 1, 3, 5 in every epoch 0..40
        assertThat(first.keySet()).containsExactly(1, 3, 5);
        assertThat(epochs).hasSize(41);
        int[] f = first.values().stream().mapToInt(Integer::intValue).toArray();
        boolean ordered = f[0] <= f[1] && f[1] <= f[2] && f[0] < f[2];
        assertThat(r.verdict()).isEqualTo(ordered ? Verdict.HELD : Verdict.NOT_HELD);
        assertThat(r.perSeed().get("1").get("agrees")).isEqualTo(ordered);
        assertThat(Files.readAllLines(out.resolve("fprinciple-1d.csv"))).hasSize(1 + 3);
    }
}
