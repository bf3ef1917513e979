package org.deepfreq.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.nd4j.linalg.factory.Nd4j;

/** Which ND4J backend and device this process computes on, for display and provenance. */
public final class Backend {

    private Backend() {
    }

    /** E.g. "CPU (nd4j-native, 2 threads)" or "GPU (CUDA: NVIDIA H100)". */
    public static String describe() {
        String name = Nd4j.getBackend().getClass().getSimpleName();
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        if (name.toLowerCase(java.util.Locale.ROOT).contains("cuda")) {
            Object devices = env.get("cuda.devicesInformation");
            return "GPU (CUDA" + (devices == null ? "" : ": " + devices) + ")";
        }
        return "CPU (nd4j-native, " + Runtime.getRuntime().availableProcessors() + " threads)";
    }

    /** Provenance recorded in every run's config.json. */
    public static Map<String, Object> provenance() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("deepfreq", BuildInfo.version());
        p.put("java", System.getProperty("java.version"));
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        p.put("nd4j_backend", Nd4j.getBackend().getClass().getName());
        p.put("device", describe());
        p.put("dl4j", "1.0.0-M2.1");
        return p;
    }
}
