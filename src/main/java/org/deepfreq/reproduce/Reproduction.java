package org.deepfreq.reproduce;

import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nd4j.linalg.factory.Nd4j;

/** Runs a chosen set of claim experiments in order and writes the report. */
public final class Reproduction {

    private final List<ClaimExperiment> experiments;

    public Reproduction(List<ClaimExperiment> experiments) {
        this.experiments = List.copyOf(experiments);
    }

    /** Identifiers of all experiments, in report order. */
    public List<String> ids() {
        return experiments.stream().map(ClaimExperiment::id).toList();
    }

    /**
     * Runs the experiments whose id is in {@code only} (all when empty), writes report.md and claims.json
     * to the context's folder, and returns the results.
     */
    public List<ClaimResult> run(ReproduceContext context, Set<String> only) {
        for (String id : only) {
            if (!ids().contains(id)) {
                throw new IllegalArgumentException("unknown experiment '" + id + "': choose from " + ids());
            }
        }
        List<ClaimResult> results = new ArrayList<>();
        for (ClaimExperiment e : experiments) {
            if (only.isEmpty() || only.contains(e.id())) {
                context.log().accept("running " + e.id() + " ...");
                results.add(e.run(context));
                ReproduceReport.write(context.outDir(), context.mode(), results, ZonedDateTime.now(), environment());
            }
        }
        return results;
    }

    static Map<String, Object> environment() {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("java", System.getProperty("java.version"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        env.put("processors", Runtime.getRuntime().availableProcessors());
        env.put("max heap MiB", Runtime.getRuntime().maxMemory() >> 20);
        env.put("nd4j backend", Nd4j.getBackend().getClass().getSimpleName());
        env.put("jvm", ManagementFactory.getRuntimeMXBean().getVmName());
        return env;
    }
}
