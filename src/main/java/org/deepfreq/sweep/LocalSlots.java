package org.deepfreq.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deepfreq.app.RunFactory;
import org.deepfreq.data.DatasetCatalog;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.experiment.ExperimentConfig;

/**
 * How many cells one machine trains at once: one per two cores (a cell's ND4J operations and its RDF measurement
 * each use two threads already, so more cells than that only take turns; docs/performance.md has the measurement), at
 * least one, no more than three quarters of the maximum heap holds by the largest cell's memory estimate (the
 * same estimate that refuses a run too big for the heap), and no more than there are cells.
 *
 * @param slots  the number of cells at once
 * @param reason how it was decided, for the user
 */
public record LocalSlots(int slots, String reason) {

    public static LocalSlots decide(List<ExperimentConfig> configs, DatasetCatalog catalog, int cores, long maxHeap) {
        long largest = 0;
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (ExperimentConfig c : configs) {
            int[] shape = shapes.computeIfAbsent(c.dataset(), d -> shapeOf(c, catalog));
            if (shape != null) {
                largest = Math.max(largest, RunFactory.MemoryEstimate.bytes(c, java.util.Arrays.copyOf(shape,
                        shape.length - 1), shape[shape.length - 1]));
            }
        }
        long byMemory = largest == 0 ? Integer.MAX_VALUE : Math.max(1, (long) (0.75 * maxHeap / largest));
        int slots = (int) Math.max(1, Math.min(Math.min(byCores(cores), byMemory), configs.size()));
        String reason = String.format(Locale.ROOT, "%d core(s): one cell per two; heap %.1f GiB holds %s cell(s) of up to %.2f GiB; "
                + "%d cell(s)", cores, maxHeap / 1073741824.0, byMemory == Integer.MAX_VALUE ? "any number of"
                        : Long.toString(byMemory), largest / 1073741824.0, configs.size());
        return new LocalSlots(slots, reason);
    }

    /** Cells at once by cores alone: one per two cores, at least one (also a worker's default {@code --slots}). */
    public static int byCores(int cores) {
        return Math.max(1, cores / 2);
    }

    /** The example shape followed by the output count, or null when the data set cannot be loaded here. */
    private static int[] shapeOf(ExperimentConfig c, DatasetCatalog catalog) {
        try {
            TrainValidation data = catalog.load(c.dataset(), c.trainSize(), c.validationSize(), c.seed());
            int[] shape = data.train().shape();
            int[] out = java.util.Arrays.copyOf(shape, shape.length + 1);
            out[shape.length] = data.train().targetMatrix().cols();
            return out;
        } catch (RuntimeException missing) {
            return null;
        }
    }
}
