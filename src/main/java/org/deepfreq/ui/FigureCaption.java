package org.deepfreq.ui;

import java.util.Locale;

import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.LearningRateSchedule;

/** The one-line caption of the key settings under every exported figure. */
final class FigureCaption {

    private FigureCaption() {
    }

    static String of(ExperimentConfig c, int epoch, String backend) {
        return String.format(Locale.ROOT, "preset %s · data %s (%d train) · %s, %s, init %s · lr %s · %s · epoch %d · "
                + "seed %d%s", c.preset(), c.dataset(), c.trainSize(), c.network().label(),
                c.network().loss().name().toLowerCase(Locale.ROOT), c.network().init().label(),
                LearningRateSchedule.format(c.schedule()), c.rdf().describe(), epoch, c.seed(),
                backend == null || backend.isEmpty() ? "" : " · " + backend);
    }
}
