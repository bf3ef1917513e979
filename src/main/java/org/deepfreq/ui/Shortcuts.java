package org.deepfreq.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts: every menu accelerator, read from the menu bar itself (so the list cannot drift from
 * the menus), plus the window's own keys and the standard keyboard navigation.
 */
final class Shortcuts {

    /** Keys the dashboard handles itself, outside the menus. */
    static final List<String> WINDOW_KEYS = List.of("Space — start a run, or pause / resume it",
            "Right arrow — one epoch, then pause (outside text fields)",
            "Tab / Shift+Tab — move between controls (the focused one is outlined)",
            "Arrow keys — move a focused slider (1/δ range, filter 1/δ) or choice",
            "Alt, then the arrow keys — open the menus");

    private Shortcuts() {
    }

    /** One line per shortcut: the menu entries with an accelerator, then the window's keys. */
    static List<String> lines(MenuBar bar) {
        List<String> lines = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    lines.add(item.getAccelerator().getDisplayText() + " — " + menu.getText() + " → "
                            + item.getText().replace("…", ""));
                }
            }
        }
        lines.addAll(WINDOW_KEYS);
        return lines;
    }

    static void show(Window owner, MenuBar bar) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, String.join("\n", lines(bar)));
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.show();
    }
}
