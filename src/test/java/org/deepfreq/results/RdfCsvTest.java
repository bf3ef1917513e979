package org.deepfreq.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;

import org.deepfreq.spectrum.GridKind;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.Test;

class RdfCsvTest {

    @Test
    void rowsCarryTenSignificantDigitsExactlyAsTheLocaleNeutralFormatWritesThem() {
        SplittableRandom rnd = new SplittableRandom(7);
        InverseDeltaGrid grid = new InverseDeltaGrid(1e-7, 3e8, 200, GridKind.LOG); // plain and scientific notation
        double[] lfr = new double[grid.steps()];
        for (int k = 0; k < lfr.length; k++) {
            lfr[k] = Math.min(1, (k == 0 ? 0 : lfr[k - 1]) + rnd.nextDouble() * 1e-2 * Math.pow(10, -rnd.nextInt(8)));
        }
        RdfResult r = RdfResult.fromLfr(grid, lfr);

        String[] lines = RdfCsv.format(r).split("\n");

        assertThat(lines[0]).isEqualTo(RdfCsv.HEADER);
        assertThat(lines).hasSize(grid.steps() + 1);
        for (int k = 0; k < grid.steps(); k++) {
            String expected = String.format(Locale.ROOT, "%.10g,%.10g,%.10g,%.10g", r.invDelta()[k], r.lfr()[k],
                    r.rdf()[k], r.rdfNormalized()[k]);
            assertThat(lines[k + 1]).as("row %d", k).isEqualTo(expected);
        }
        assertThat(lines[1]).startsWith("1.000000000e-07,");
    }
}
