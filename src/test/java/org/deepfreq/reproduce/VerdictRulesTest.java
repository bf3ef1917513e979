package org.deepfreq.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every branch of the verdict rules on synthetic numbers: held, not held, ties, edge peaks, holds only with sum. */
class VerdictRulesTest {

    /** Variants with 4..7 blocks, features dimensions 2w, 4w, 4w, 8w for w = 8. */
    private static final int[] BLOCKS = {4, 5, 6, 7};
    private static final int[] DIMS = {16, 32, 32, 64};

    private static List<ResNetJudgement.Variant> variants(double[] loss, double[] featuresPeak, double[] headPeak,
            boolean featuresEdge) {
        ResNetJudgement.Variant[] v = new ResNetJudgement.Variant[4];
        for (int i = 0; i < 4; i++) {
            v[i] = new ResNetJudgement.Variant(BLOCKS[i], DIMS[i], loss[i], 0.8, featuresPeak[i],
                    featuresEdge && i == 2, 1.01, headPeak[i], false, 1.01);
        }
        return List.of(v);
    }

    private static Map<Long, List<ResNetJudgement.Variant>> seeds(List<ResNetJudgement.Variant>... perSeed) {
        Map<Long, List<ResNetJudgement.Variant>> m = new LinkedHashMap<>();
        for (int i = 0; i < perSeed.length; i++) {
            m.put((long) i + 1, perSeed[i]);
        }
        return m;
    }

    private static final double[] FASTER = {0.9, 0.8, 0.7, 0.6};
    private static final double[] LOWER = {4, 3, 2, 1};
    private static final double[] HIGHER = {1, 2, 3, 4};

    @Test
    void skipsClaimHeldWhenLossAndBothMeanDistancePeaksFallWithBlocksInTwoOfThreeSeeds() {
        var good = variants(FASTER, LOWER, LOWER, false);
        var bad = variants(FASTER, HIGHER, HIGHER, false);
        assertThat(ResNetJudgement.judgeSkips(seeds(good, good, bad)).verdict()).isEqualTo(Verdict.HELD);
        assertThat(ResNetJudgement.judgeSkips(seeds(good, bad, bad)).verdict()).isEqualTo(Verdict.NOT_HELD);
    }

    @Test
    void skipsClaimNotHeldWhenConvergenceDoesNotOrder() {
        var slow = variants(new double[] {0.6, 0.7, 0.8, 0.9}, LOWER, LOWER, false);
        assertThat(ResNetJudgement.judgeSkips(seeds(slow, slow, slow)).verdict()).isEqualTo(Verdict.NOT_HELD);
    }

    @Test
    void tiesAreNotOrdered() {
        // two tied pairs: only 4 of 6 pairs strictly ordered, below the 5 needed
        var tied = variants(FASTER, new double[] {3, 3, 1, 1}, LOWER, false);
        assertThat(PairOrder.ordered(new double[] {3, 3, 1, 1}, true)).isEqualTo(4);
        var outcome = ResNetJudgement.judgeSkips(seeds(tied, tied, tied));
        assertThat(outcome.perSeed().get("1").get("pairs_lower_features_peak_mean")).isEqualTo("4 of 6");
        // divided by d = 16, 32, 32, 64 the tied peaks separate (3/16 > 3/32 > 1/32 > 1/64): only the sum orders them
        assertThat(outcome.verdict()).isEqualTo(Verdict.HOLDS_ONLY_WITH_SUM);
        var tiedHead = variants(FASTER, LOWER, new double[] {2, 2, 2, 1}, false);
        assertThat(ResNetJudgement.judgeSkips(seeds(tiedHead, tiedHead, tiedHead)).verdict())
                .isEqualTo(Verdict.HOLDS_ONLY_WITH_SUM);
        assertThat(PairOrder.concordant(new double[] {1, 1, 2, 3}, new double[] {1, 2, 3, 4})).isEqualTo(5);
    }

    @Test
    void peaksOfDifferentGridsCloserThanHalfAStepAreTies() {
        // steps of 10 %: 1.00 vs 0.97 is within half a step (√1.1 ≈ 1.049), 1.00 vs 0.90 is not
        assertThat(PairOrder.orderedBeyondGrid(new double[] {1.0, 0.97}, new double[] {1.1, 1.1}, true)).isZero();
        assertThat(PairOrder.orderedBeyondGrid(new double[] {1.0, 0.90}, new double[] {1.1, 1.1}, true)).isEqualTo(1);
        assertThat(PairOrder.orderedBeyondGrid(new double[] {1.0, 1.0 / 1.1}, new double[] {1.1, 1.1}, true))
                .as("adjacent points of one grid").isEqualTo(1);
        assertThat(PairOrder.concordantBeyondGrid(new double[] {1.0, 0.97, 0.5}, new double[] {1.1, 1.1, 1.1},
                new double[] {3, 2, 1})).isEqualTo(2);
    }

    @Test
    void anEdgePeakCannotSupportTheClaim() {
        var edge = variants(FASTER, LOWER, LOWER, true);
        var outcome = ResNetJudgement.judgeSkips(seeds(edge, edge, edge));
        assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_HELD);
        assertThat(outcome.perSeed().get("1").get("pairs_lower_features_peak_mean")).asString()
                .contains("edge peak");
    }

    @Test
    void skipsClaimThatHoldsOnlyWithSummedDistanceIsReportedAsSuch() {
        // mean-distance peaks rise with blocks, but divided by d = 16, 32, 32, 64 they fall: 2/16 > 3/32 > 3.5/32 ... no
        double[] mean = {2.0, 3.0, 3.5, 4.0}; // sum: 0.125, 0.094, 0.109, 0.0625 -> 5 of 6 pairs lower
        var onlySum = variants(FASTER, mean, HIGHER, false);
        assertThat(PairOrder.ordered(new double[] {2.0 / 16, 3.0 / 32, 3.5 / 32, 4.0 / 64}, true)).isEqualTo(5);
        assertThat(ResNetJudgement.judgeSkips(seeds(onlySum, onlySum, onlySum)).verdict())
                .isEqualTo(Verdict.HOLDS_ONLY_WITH_SUM);
    }

    @Test
    void plainClaimMeasuresTheSizeOfTheLossGapNotARankThatSaturates() {
        // both perfectly ordered (a rank correlation would be −1 in both), but the gap shrinks without skips
        var skips = variants(new double[] {1.0, 0.8, 0.6, 0.4}, LOWER, LOWER, false);
        var plain = variants(new double[] {1.0, 0.95, 0.9, 0.85}, new double[] {4, 3.5, 3, 2.5}, LOWER, false);
        assertThat(ResNetJudgement.gap(skips)).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ResNetJudgement.judgePlain(seeds(plain, plain, plain), seeds(skips, skips, skips)).verdict())
                .isEqualTo(Verdict.HELD);
        assertThat(ResNetJudgement.judgePlain(seeds(skips, skips, skips), seeds(plain, plain, plain)).verdict())
                .isEqualTo(Verdict.NOT_HELD);
    }

    @Test
    void plainClaimWhoseOrderHoldsOnlyWithSumIsReportedAsSuch() {
        var skips = variants(new double[] {1.0, 0.8, 0.6, 0.4}, LOWER, LOWER, false);
        // loss falls with blocks; mean peaks rise (discordant), sum peaks 0.125, 0.094, 0.109, 0.0625 (5 concordant)
        var plain = variants(new double[] {1.0, 0.95, 0.9, 0.85}, new double[] {2.0, 3.0, 3.5, 4.0}, LOWER, false);
        assertThat(ResNetJudgement.judgePlain(seeds(plain, plain, plain), seeds(skips, skips, skips)).verdict())
                .isEqualTo(Verdict.HOLDS_ONLY_WITH_SUM);
    }

    @Test
    void mnistSeedAgreesOnlyWithStrictOrderAndNoEdgePeak() {
        double[] start = {0.5, 0.6, 0.7};
        double[] end = {0.4, 0.3, 0.2};
        assertThat(MnistDnnClaim.agrees(start, end, false)).isTrue();
        assertThat(MnistDnnClaim.agrees(start, end, true)).as("edge").isFalse();
        assertThat(MnistDnnClaim.agrees(start, new double[] {0.4, 0.3, 0.4}, false)).as("deepest tied at end").isFalse();
        assertThat(MnistDnnClaim.agrees(new double[] {0.5, 0.6, 0.5}, end, false)).as("tied at start").isFalse();
        assertThat(MnistDnnClaim.agrees(start, new double[] {0.5, 0.3, 0.2}, false)).as("h1 did not move").isFalse();
    }

    @Test
    void depthSeedAgreesWhenDeeperIsFasterWithAtMostOneExceptionAndTiesAreNotFaster() {
        assertThat(DepthSweepClaim.agrees(new int[] {900, 500, 400, 300})).isTrue();
        assertThat(DepthSweepClaim.agrees(new int[] {900, 500, 600, 300})).isTrue(); // one slower step
        assertThat(DepthSweepClaim.agrees(new int[] {900, 500, 500, 500})).isFalse(); // two ties
        assertThat(DepthSweepClaim.agrees(new int[] {300, 500, 400, 350})).isFalse(); // deepest slower than depth 1
        assertThat(DepthSweepClaim.agrees(new int[] {3001, 3001, 3001, 3001})).isFalse(); // none reached
    }

    @Test
    void twoThirdsOfTheSeedsMustAgree() {
        assertThat(SeedAgreement.needed(3)).isEqualTo(2);
        assertThat(SeedAgreement.needed(5)).isEqualTo(4);
        assertThat(SeedAgreement.of(List.of(true, false, false)).enough()).isFalse();
        assertThat(SeedAgreement.of(List.of(true, true, false)).enough()).isTrue();
        assertThat(SeedAgreement.of(List.of(true, true, true, false, false)).enough()).isFalse();
    }
}
