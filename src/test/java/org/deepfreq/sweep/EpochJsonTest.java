package org.deepfreq.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;
import org.junit.jupiter.api.Test;

class EpochJsonTest {

    @Test
    void anEpochCrossesTheWireUnchangedIncludingNaNValidation() {
        RdfResult rdf = new RdfResult(new double[] {0.5, 1, 2}, new double[] {0.9, 0.5, 0.1},
                new double[] {0.2, 0.4, 0.1}, new double[] {0.5, 1, 0.25});
        EpochResult e = new EpochResult(7, 3e-3, 0.123456789, Double.NaN, Double.NaN, 0.25, 1600,
                List.of(new SplitRdf(0, "input", rdf), new SplitRdf(1, "h1", rdf)));
        EpochResult back = EpochJson.epoch(EpochJson.write(e));
        assertThat(back.epoch()).isEqualTo(7);
        assertThat(back.trainLoss()).isEqualTo(0.123456789);
        assertThat(back.valLoss()).isNaN();
        assertThat(back.splits()).extracting(SplitRdf::name).containsExactly("input", "h1");
        assertThat(back.splits().get(1).rdf().rdfNormalized()).containsExactly(0.5, 1, 0.25);
        assertThat(back.splits().get(1).peakInvDelta()).isEqualTo(1.0);

        FourierSpectrum s = new FourierSpectrum(7, new double[] {1, 2}, new double[] {3, 4});
        assertThat(EpochJson.spectrum(EpochJson.write(s)).output()).containsExactly(3, 4);
    }
}
