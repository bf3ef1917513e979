package org.deepfreq.app;

import java.nio.file.Path;

/**
 * Default folders for data sets and runs: under the checkout when started by the {@code ./deepfreq} launcher
 * (system property {@code deepfreq.home}), otherwise under {@code ~/.deepfreq}. Never the install folder.
 */
public final class AppHome {

    private AppHome() {
    }

    public static Path home() {
        String home = System.getProperty("deepfreq.home");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".deepfreq");
    }

    public static Path datasets() {
        return home().resolve("datasets");
    }

    public static Path runs() {
        return home().resolve("runs");
    }
}
