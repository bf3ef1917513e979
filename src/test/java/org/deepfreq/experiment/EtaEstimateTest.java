package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class EtaEstimateTest {

    @Test
    void beforeTheFirstEpochEndsEveryEpochIsEstimatedFromTheTrainingRate() {
        EtaEstimate eta = new EtaEstimate(1000, 10);
        // epoch 1, 250 of 1000 examples at 500/s: 750/500 = 1.5 s left in it, then 9 epochs of 1000/500 = 2 s
        assertThat(eta.remaining(1, 250, 500)).isEqualTo(Duration.ofMillis(19_500));
    }

    @Test
    void afterAnEpochTheRemainingEpochsTakeAsLongAsTheLastWholeEpoch() {
        EtaEstimate eta = new EtaEstimate(1000, 10);
        eta.epochTook(5.0); // training 2 s, validation and RDF 3 s
        // epoch 4, 500 done at 500/s: 1 s left in it, then 6 epochs of 5 s
        assertThat(eta.remaining(4, 500, 500)).isEqualTo(Duration.ofMillis(31_000));
        // the last epoch's final batch: nothing left
        assertThat(eta.remaining(10, 1000, 500)).isEqualTo(Duration.ZERO);
    }
}
