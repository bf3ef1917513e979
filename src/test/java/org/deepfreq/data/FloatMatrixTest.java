package org.deepfreq.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloatMatrixTest {

    @Test
    void theFirstNonFiniteValueIsFoundOnEitherSideOfAChunkBoundary() {
        int cols = 7; // not a divisor of the chunk size: rows straddle chunk boundaries
        int rows = 2 * FloatMatrix.FINITE_CHUNK / cols + 3;
        for (int at : new int[] {0, FloatMatrix.FINITE_CHUNK - 1, FloatMatrix.FINITE_CHUNK, rows * cols - 1}) {
            float[] v = new float[rows * cols];
            v[at] = at % 2 == 0 ? Float.NaN : Float.NEGATIVE_INFINITY;
            if (at + 5 < v.length) {
                v[at + 5] = Float.POSITIVE_INFINITY; // a later one is not reported
            }

            int[] found = new FloatMatrix(rows, cols, v).firstNonFinite();

            assertThat(found).as("value at %d", at).containsExactly(at / cols, at % cols);
        }
        assertThat(new FloatMatrix(rows, cols, new float[rows * cols]).firstNonFinite()).isNull();
    }
}
