package org.deepfreq.ui;

import javafx.application.Application;

/** Opens the desktop app from a plain (non-JavaFX) class, so the classpath launch works. */
public final class GuiMain {

    private GuiMain() {
    }

    /** Blocks until the window is closed. */
    public static void launch(GuiOptions options) {
        GuiOptions.set(options);
        Application.launch(DeepFreqApp.class);
    }
}
