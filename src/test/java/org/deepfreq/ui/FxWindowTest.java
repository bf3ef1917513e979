package org.deepfreq.ui;

import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import javafx.stage.Stage;

/** A headless test that opens one window at a time ({@link #stage}), closed after each test. */
abstract class FxWindowTest {

    final FxRobot robot = new FxRobot();
    Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }
}
