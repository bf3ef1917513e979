package org.deepfreq.ui;

import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for rendering figures without a window (the {@code figure} and {@code reproduce}
 * commands): with no display (or {@code -Ddeepfreq.headless=true}) it uses Monocle's headless platform and the
 * software renderer. Safe to call more than once, and when the toolkit is already running.
 */
public final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank() || Boolean.getBoolean("deepfreq.headless")) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("headless.geometry", "1600x1200-32");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by the app or a test harness: fine
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
