package org.deepfreq.spectrum;

import static org.assertj.core.api.Assertions.assertThat;

import org.deepfreq.numeric.FastExp;
import org.junit.jupiter.api.Test;

class RecomputedRowsTest {

    private static final int ROWS = 101;

    /** Exponents −D/2 of the kernel column of point 50 among 1-D points 0.1 apart, in order. */
    private static float[] column() {
        float[] r = new float[ROWS];
        for (int i = 0; i < ROWS; i++) {
            float dx = (i - 50) * 0.1f;
            r[i] = -dx * dx / 2;
        }
        return r;
    }

    /** s from 0.5 to about 4.3e4, ascending by a factor of 1.5. */
    private static float[] ascending() {
        float[] s = new float[29];
        s[0] = 0.5f;
        for (int k = 1; k < s.length; k++) {
            s[k] = s[k - 1] * 1.5f;
        }
        return s;
    }

    @Test
    void rowsAtEitherEndWhoseExponentReachedTheFloorLeaveAndHoldTheFloor() {
        float[] r = column();
        float[] w = new float[ROWS];
        RecomputedRows rows = RecomputedRows.forGrid(ascending(), 0, 1, ROWS);
        int left = 0;
        for (float s : ascending()) {
            rows.trim(w, r, s, 0);
            int from = rows.from(0);
            int to = rows.to(0);
            for (int i = 0; i < ROWS; i++) {
                boolean floor = r[i] * s <= FastExp.SMALLEST_EXPONENT;
                if (i < from || i >= to) {
                    assertThat(floor).as("row %d left at s=%s", i, s).isTrue();
                    assertThat(w[i]).isEqualTo(FastExp.FLOOR);
                } else if (i == from || i == to - 1) {
                    assertThat(floor).as("row %d kept at s=%s", i, s).isFalse();
                }
            }
            assertThat(from).isGreaterThanOrEqualTo(left);
            left = from;
        }
        assertThat(rows.from(0)).as("at the last s, about 4.3e4, only dx = 0 stays above the floor").isEqualTo(50);
        assertThat(rows.to(0)).isEqualTo(51);
    }

    @Test
    void aWalkThatTrimsGivesTheKernelSumsOfRecomputingEveryRowBitForBit() {
        float[] r = column();
        float[] s = ascending();
        int steps = s.length;
        float[] nextS = new float[steps];
        System.arraycopy(s, 1, nextS, 0, steps - 1);
        nextS[steps - 1] = s[steps - 1] * 1.5f;
        float[] digits = new float[ROWS];

        float[] every = new float[ROWS];
        float[][] expected = new float[steps][ROWS];
        for (int i = 0; i < ROWS; i++) {
            every[i] = r[i] * s[0];
        }
        FastExp.expInPlace(every, digits, ROWS);
        for (int k = 0; k < steps; k++) {
            for (int i = 0; i < ROWS; i++) {
                expected[k][i] += every[i];
                every[i] = r[i] * nextS[k];
            }
            FastExp.expInPlace(every, digits, ROWS);
        }

        float[] w = new float[ROWS];
        for (int i = 0; i < ROWS; i++) {
            w[i] = r[i] * s[0];
        }
        FastExp.expInPlace(w, digits, ROWS);
        float[][] sums = new float[steps][ROWS];
        GridWalk.walkColumn(w, r, ROWS, sums, steps, nextS, digits);

        for (int k = 0; k < steps; k++) {
            assertThat(sums[k]).as("grid point %d", k).containsExactly(expected[k]);
        }
        assertThat(w).containsExactly(every);
    }

    @Test
    void aGridThatDoesNotAscendIsWalkedWithoutTrimming() {
        assertThat(RecomputedRows.forGrid(null, 0, 4, ROWS)).isNull();
        assertThat(RecomputedRows.forGrid(new float[] {4, 2, 1}, 0, 4, ROWS)).isNull();
        assertThat(RecomputedRows.forGrid(new float[] {1, 2, 4}, 0, 4, ROWS)).isNotNull();
    }
}
