package org.deepfreq.app;

import java.util.Properties;

import org.deepfreq.results.Provenance;
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

    /** This process's provenance, recorded in every run's config.json: versions from the build, runtime, device. */
    public static Provenance provenance() {
        return new Provenance(BuildInfo.version(), BuildInfo.revision(), BuildInfo.versionOf("dl4j"),
                BuildInfo.versionOf("nd4j"), BuildInfo.versionOf("javafx"), BuildInfo.versionOf("chartfx"),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Nd4j.getBackend().getClass().getName(), describe(), null);
    }
}
