package org.deepfreq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/** Help → Keyboard shortcuts lists every accelerator of the menus and the window's own keys. */
class ShortcutsTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void listsEveryMenuAcceleratorAndTheWindowKeys() {
        MenuItem open = new MenuItem("Open data…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.F6));
        MenuItem plain = new MenuItem("About");
        MenuBar bar = new MenuBar(new Menu("File", null, open), new Menu("Help", null, plain));
        assertThat(Shortcuts.lines(bar)).contains("F6 — File → Open data").anyMatch(l -> l.startsWith("Space"))
                .noneMatch(l -> l.contains("About")).hasSize(1 + Shortcuts.WINDOW_KEYS.size());
    }
}
