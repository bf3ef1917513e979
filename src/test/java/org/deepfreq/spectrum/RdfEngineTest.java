package org.deepfreq.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.LabeledDataset;
import org.deepfreq.data.SyntheticTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RdfEngineTest {

    private static final RdfEngine ENGINE = new RdfEngine(2, RdfEngine.DEFAULT_MEMORY_BUDGET, 0);

    /** x on a uniform grid of [-1, 1] (400 points) and y = sin(kπx). */
    static RdfRequest sine(int k, InverseDeltaGrid grid) {
        LabeledDataset y = SyntheticTargets.sinKPiX(k, 400);
        return new RdfRequest(y.features(), y.targets(), grid, false);
    }

    static FloatMatrix random(int rows, int cols, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        return new FloatMatrix(rows, cols, v);
    }

    @Test
    void sinePeaksMoveToHigherInverseDeltaAsFrequencyGrowsAndMatchTheDoublePrecisionReference() {
        InverseDeltaGrid grid = new InverseDeltaGrid(1, 600, 120);
        double previous = 0;
        for (int k = 1; k <= 5; k++) {
            RdfRequest request = sine(k, grid);
            double expected = NaiveRdf.peak(NaiveRdf.lfr(request.points(), request.targets(), grid, false),
                    grid.values());
            double peak = ENGINE.compute(request).peakInvDelta();
            assertThat(peak).as("peak for k=%d", k).isCloseTo(expected, within(grid.spacing() * 1.01));
            if (k > 1) {
                assertThat(peak).as("peak moves right for k=%d", k).isGreaterThan(previous);
            }
            previous = peak;
        }
    }

    @Test
    void lfrTendsToOneForSharpKernelsAndToMeanEnergyForWideOnes() {
        RdfRequest wide = sine(1, new InverseDeltaGrid(1e-6, 2e-6, 3));
        RdfRequest sharp = sine(1, new InverseDeltaGrid(1e7, 2e7, 3));
        FloatMatrix y = wide.targets();
        double mean = 0;
        double energy = 0;
        for (int i = 0; i < y.rows(); i++) {
            mean += y.get(i, 0);
            energy += y.get(i, 0) * y.get(i, 0);
        }
        mean /= y.rows();
        double uniformLimit = y.rows() * mean * mean / energy;

        assertThat(ENGINE.compute(wide).lfr()[0]).isCloseTo(uniformLimit, within(1e-4));
        assertThat(ENGINE.compute(sharp).lfr()[2]).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void lfrStaysInUnitIntervalAndRisesWithInverseDelta() {
        RdfResult r = ENGINE.compute(new RdfRequest(random(300, 5, 1), random(300, 3, 2),
                new InverseDeltaGrid(0.01, 50, 60), true));
        for (int k = 0; k < r.size(); k++) {
            assertThat(r.lfr()[k]).isBetween(0.0, 1.0);
            if (k > 0) {
                assertThat(r.lfr()[k]).isGreaterThanOrEqualTo(r.lfr()[k - 1] - 1e-7);
            }
        }
        double max = java.util.Arrays.stream(r.rdf()).max().orElseThrow();
        for (int k = 0; k < r.size(); k++) {
            assertThat(r.rdfNormalized()[k]).isCloseTo(r.rdf()[k] / max, within(1e-12));
        }
    }

    @Test
    void logGridResultEqualsTheReferenceWithTheNonUniformDerivative() {
        FloatMatrix x = random(180, 4, 31);
        FloatMatrix y = random(180, 2, 32);
        InverseDeltaGrid grid = new InverseDeltaGrid(0.01, 50, 40, GridKind.LOG);
        assertThat(grid.value(1) / grid.value(0)).isCloseTo(Math.pow(5000, 1.0 / 39), within(1e-12));
        double[] expected = NaiveRdf.lfr(x, y, grid, true);

        RdfResult r = new RdfEngine(2, RdfEngine.DEFAULT_MEMORY_BUDGET, 32).compute(new RdfRequest(x, y, grid, true));

        assertThat(r.invDelta()).containsExactly(grid.values());
        assertThat(r.lfr()).containsExactly(expected, within(1e-5));
        double[] slope = NaiveRdf.derivative(expected, grid.values());
        for (int k = 0; k < r.size(); k++) {
            double h = k == 0 ? grid.value(1) - grid.value(0) : grid.value(k) - grid.value(k - 1);
            assertThat(r.rdf()[k]).as("RDF at k=%d", k).isCloseTo(slope[k], within(4e-5 / h));
        }
    }

    @Test
    void sortedPointsOnALogGridWhoseSharpEndLeavesOnlyNearNeighboursMatchTheDoublePrecisionReference() {
        // 400 points 0.005 apart: from 1/δ ≈ 7e6 on every pair but a point with itself is at the exponential's floor
        RdfRequest request = sine(3, new InverseDeltaGrid(0.05, 5e7, 60, GridKind.LOG));
        double[] expected = NaiveRdf.lfr(request.points(), request.targets(), request.grid(), false);

        RdfResult r = new RdfEngine(2, RdfEngine.DEFAULT_MEMORY_BUDGET, 64).compute(request);

        assertThat(r.lfr()).containsExactly(expected, within(1e-5));
        assertThat(r.lfr()[59]).as("only each point itself is left").isCloseTo(1.0, within(1e-6));
    }

    @Test
    void meanDistanceEqualsSumDistanceOnPointsScaledByOneOverRootD() {
        int d = 9;
        FloatMatrix x = random(150, d, 41);
        FloatMatrix y = random(150, 3, 42);
        float[] scaled = x.data().clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] /= (float) Math.sqrt(d);
        }
        InverseDeltaGrid grid = new InverseDeltaGrid(0.05, 6, 30);
        RdfResult mean = ENGINE.compute(new RdfRequest(x, y, grid, false, Distance.MEAN));
        RdfResult sum = ENGINE.compute(new RdfRequest(new FloatMatrix(150, d, scaled), y, grid, false, Distance.SUM));

        assertThat(mean.lfr()).containsExactly(sum.lfr(), within(1e-6));
        assertThat(mean.lfr()).containsExactly(NaiveRdf.lfr(x, y, grid, false, true), within(1e-5));
        assertThat(ENGINE.compute(new RdfRequest(x, y, grid, true, Distance.MEAN)).lfr())
                .containsExactly(NaiveRdf.lfr(x, y, grid, true, true), within(1e-5));
    }

    @Test
    void realisticScaleOneHotTargetsStayWithinFloatErrorOfTheDoublePrecisionReference() {
        int n = 1500;
        int d = 500;
        FloatMatrix x = random(n, d, 51);
        float[] labels = new float[n * 10];
        SplittableRandom rnd = new SplittableRandom(52);
        for (int i = 0; i < n; i++) {
            labels[i * 10 + rnd.nextInt(10)] = 1;
        }
        FloatMatrix y = new FloatMatrix(n, 10, labels);
        // normalised Gaussian points: squared distances ≈ 2d/(max|x|)² ≈ 60 (median); the grid spans LFR's rise
        InverseDeltaGrid grid = new InverseDeltaGrid(0.002, 2, 12, GridKind.LOG);
        double[] expected = NaiveRdf.lfr(x, y, grid, true);

        RdfResult r = ENGINE.compute(new RdfRequest(x, y, grid, true));

        assertThat(expected[0]).isLessThan(0.2);
        assertThat(expected[grid.steps() - 1]).isGreaterThan(0.9);
        assertThat(r.lfr()).containsExactly(expected, within(2e-4));
    }

    @ParameterizedTest(name = "N={0}, block={1}, threads={2}, normalize={3}")
    @CsvSource({"97,16,1,true", "97,16,2,false", "150,7,2,true", "150,150,1,true", "61,1,3,false", "200,0,2,true"})
    void blockedResultEqualsNaiveFullMatrix(int n, int block, int threads, boolean normalize) {
        FloatMatrix x = random(n, 6, 10 + n);
        FloatMatrix y = random(n, 2, 20 + n);
        InverseDeltaGrid grid = new InverseDeltaGrid(0.05, 8, 25);
        double[] expected = NaiveRdf.lfr(x, y, grid, normalize);

        RdfResult r = new RdfEngine(threads, RdfEngine.DEFAULT_MEMORY_BUDGET, block)
                .compute(new RdfRequest(x, y, grid, normalize));

        assertThat(r.lfr()).containsExactly(expected, within(1e-5));
        assertThat(r.rdf()).containsExactly(UniformGradient.of(expected, grid.spacing()), within(1e-5 / grid.spacing()));
    }

    /** N points whose target rows are drawn from {@code classes}' rows at random (runs of any length after sorting). */
    static FloatMatrix drawnFrom(float[][] classes, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int c = classes[0].length;
        float[] v = new float[n * c];
        for (int i = 0; i < n; i++) {
            System.arraycopy(classes[rnd.nextInt(classes.length)], 0, v, i * c, c);
        }
        return new FloatMatrix(n, c, v);
    }

    @ParameterizedTest(name = "N={0}, block={1}, threads={2}, normalize={3}, grid={4}")
    @CsvSource({"97,16,1,true,UNIFORM", "150,7,2,false,UNIFORM", "61,1,3,true,UNIFORM", "200,0,2,true,UNIFORM",
            "150,16,2,true,LOG"})
    void targetsOfFewClassesWalkedByClassEqualTheNaiveFullMatrix(int n, int block, int threads, boolean normalize,
            GridKind kind) {
        FloatMatrix x = random(n, 6, 30 + n);
        float[][] oneHot = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        float[][] levels = {{-1f}, {0.5f}, {2f}}; // one column, three values: more classes than columns + 1
        InverseDeltaGrid grid = new InverseDeltaGrid(0.05, 8, 25, kind);
        RdfEngine engine = new RdfEngine(threads, RdfEngine.DEFAULT_MEMORY_BUDGET, block);
        for (FloatMatrix y : new FloatMatrix[] {drawnFrom(oneHot, n, 40 + n), drawnFrom(levels, n, 50 + n)}) {
            double[] expected = NaiveRdf.lfr(x, y, grid, normalize);

            RdfResult r = engine.compute(new RdfRequest(x, y, grid, normalize));

            assertThat(r.lfr()).containsExactly(expected, within(1e-5));
        }
    }

    @Test
    void classBandsSmallerThanTheDataAndAnyThreadCountGiveTheSameResult() {
        FloatMatrix x = random(90, 3, 9);
        FloatMatrix y = drawnFrom(new float[][] {{1, 0}, {0, 1}}, 90, 10);
        InverseDeltaGrid grid = new InverseDeltaGrid(0.05, 8, 3000); // one tile's 2 class sums fill half of 1 MiB
        RdfEngine oneBand = new RdfEngine(1, 1L << 20, 8);
        assertThat(oneBand.bandTiles(8, 2, 3000)).isEqualTo(2);
        RdfRequest request = new RdfRequest(x, y, grid, true);

        double[] one = oneBand.compute(request).lfr();

        assertThat(one).containsExactly(NaiveRdf.lfr(x, y, grid, true), within(1e-5));
        assertThat(new RdfEngine(3, 1L << 20, 8).compute(request).lfr()).containsExactly(one);
    }

    @Test
    void resultDoesNotDependOnThreadCount() {
        RdfRequest req = new RdfRequest(random(333, 4, 5), random(333, 1, 6), new InverseDeltaGrid(1, 30, 20), true);
        double[] one = new RdfEngine(1, RdfEngine.DEFAULT_MEMORY_BUDGET, 32).compute(req).lfr();
        double[] three = new RdfEngine(3, RdfEngine.DEFAULT_MEMORY_BUDGET, 32).compute(req).lfr();
        assertThat(three).containsExactly(one); // same tiles, same block order per tile: bit for bit
    }

    @Test
    void blockRowsFollowTheMemoryBudget() {
        RdfEngine engine = new RdfEngine(2, 2L << 20, 0);
        int rows = engine.blockRows(30_000);
        long workerBytes = 2L * rows * rows * RdfEngine.WORKER_BYTES_PER_PAIR;
        assertThat(workerBytes).isLessThanOrEqualTo(1L << 20);
        assertThat(rows).isEqualTo(160);
        assertThat(new RdfEngine(1, 1L << 30, 0).blockRows(50)).isEqualTo(32); // 2 tiles: 1 worker + 1
    }

    @Test
    void tilesGiveEveryWorkerSeveralBlocks() {
        RdfEngine engine = new RdfEngine(2, RdfEngine.DEFAULT_MEMORY_BUDGET, 0);
        assertThat(engine.blockRows(4000)).isEqualTo(800); // 5 tiles, 15 blocks
        assertThat(engine.blockRows(1000)).isEqualTo(208); // 5 tiles, not 1 of 1,024
        assertThat(engine.blockRows(100_000)).isEqualTo(1024);
    }

    @Test
    void bandHoldsTheSumsOfAsManyTilesAsHalfTheBudgetAllows() {
        RdfEngine engine = new RdfEngine(2, 64L << 20, 0);
        long perTile = 4L * 40 * 11 * 512;
        assertThat(engine.bandTiles(512, 11, 40)).isEqualTo((int) ((32L << 20) / perTile));
        assertThat(new RdfEngine(1, 1L << 20, 0).bandTiles(512, 11, 1000)).isEqualTo(1);
    }

    @Test
    void bandsSmallerThanTheDataGiveTheSameResult() {
        FloatMatrix x = random(60, 3, 7);
        FloatMatrix y = random(60, 5, 8);
        InverseDeltaGrid grid = new InverseDeltaGrid(0.05, 8, 2000); // one tile's sums fill half of 1 MiB
        RdfEngine engine = new RdfEngine(2, 1L << 20, 8);
        assertThat(engine.bandTiles(8, 6, 2000)).isEqualTo(1);

        RdfResult r = engine.compute(new RdfRequest(x, y, grid, true));

        assertThat(r.lfr()).containsExactly(NaiveRdf.lfr(x, y, grid, true), within(1e-5));
    }

    @Test
    void repeatedComputationsGiveIdenticalResults() {
        RdfRequest req = new RdfRequest(random(700, 5, 3), random(700, 3, 4), new InverseDeltaGrid(1, 40, 30), true);
        RdfEngine engine = new RdfEngine(3, RdfEngine.DEFAULT_MEMORY_BUDGET, 48);
        double[] first = engine.compute(req).lfr();
        for (int i = 0; i < 3; i++) {
            assertThat(engine.compute(req).lfr()).containsExactly(first); // fixed block order: bit for bit
        }
    }

    @Test
    void reportsProgressForEveryBlock() {
        AtomicInteger last = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        new RdfEngine(2, RdfEngine.DEFAULT_MEMORY_BUDGET, 10).compute(
                new RdfRequest(random(95, 2, 1), random(95, 1, 2), new InverseDeltaGrid(1, 2, 3), false),
                (done, blocks) -> {
                    last.accumulateAndGet(done, Math::max);
                    total.set(blocks);
                }, () -> false);
        assertThat(total.get()).isEqualTo(55); // 10 tiles: 10 diagonal blocks and 45 pairs
        assertThat(last.get()).isEqualTo(55);
    }

    @Test
    void cancellationStopsTheComputation() {
        AtomicInteger blocks = new AtomicInteger();
        RdfRequest req = new RdfRequest(random(400, 3, 1), random(400, 1, 2), new InverseDeltaGrid(1, 2, 5), false);
        assertThatThrownBy(() -> new RdfEngine(1, RdfEngine.DEFAULT_MEMORY_BUDGET, 10)
                .compute(req, (done, total) -> blocks.set(done), () -> blocks.get() >= 3))
                .isInstanceOf(CancellationException.class);
        assertThat(blocks.get()).isLessThan(40);
    }

    @Test
    void zeroTargetIsRejectedWithAClearMessage() {
        RdfRequest req = new RdfRequest(random(10, 2, 1), FloatMatrix.zeros(10, 1), new InverseDeltaGrid(1, 2, 3), false);
        assertThatThrownBy(() -> ENGINE.compute(req)).hasMessageContaining("Y is zero everywhere");
    }
}
