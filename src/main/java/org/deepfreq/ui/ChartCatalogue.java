package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every chart of the app, registered once. The live dashboard, {@code figure}, PNG export, the chart warm-up and
 * the report figures all take their charts from here; the order is the order in which a live epoch updates them
 * (one per FX pulse) and, within a placement, the dashboard's order. Adding a chart: write its
 * {@link ChartDescription} and {@link ChartData} (see {@link LossChart}) and add the description below.
 */
final class ChartCatalogue {

    /** {@code figure} kind that overlays one split of several runs at one epoch. */
    static final String COMPARE = "compare";
    /** {@code figure} kind that draws the whole dashboard. */
    static final String DASHBOARD = "dashboard";

    private static final List<ChartDescription> ALL = List.of(
            LossChart.DESCRIPTION,
            AccuracyChart.DESCRIPTION,
            PeaksChart.DESCRIPTION,
            RdfChart.DESCRIPTION,
            HeatmapChart.DESCRIPTION,
            LfrChart.DESCRIPTION,
            EpochTimeChart.DESCRIPTION,
            FitChart.DESCRIPTION,
            SpectrumChart.DESCRIPTION,
            FPrincipleChart.DESCRIPTION);

    private ChartCatalogue() {
    }

    static List<ChartDescription> all() {
        return ALL;
    }

    /** The charts the dashboard shows in one place, in order. */
    static List<ChartDescription> placed(ChartDescription.Placement placement) {
        return ALL.stream().filter(d -> d.placement() == placement).toList();
    }

    static Optional<ChartDescription> byId(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** What {@code figure --chart} accepts: every chart, the comparison of runs and the dashboard. */
    static List<String> figureKinds() {
        List<String> kinds = new ArrayList<>(ALL.stream().map(ChartDescription::id).toList());
        kinds.add(COMPARE);
        kinds.add(DASHBOARD);
        return kinds;
    }
}
