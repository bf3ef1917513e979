package org.deepfreq.ui;

import java.util.Locale;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;

/**
 * Light and dark theme: the dark one is the style class {@value #DARK} on a window's root ({@code dashboard.css}
 * darkens Modena and the charts under it). JavaFX 21 cannot read the desktop's colour scheme (its
 * {@code Platform.Preferences} arrived in JavaFX 22), so "following the system" means the GTK theme the session
 * names ({@code GTK_THEME=Adwaita:dark} and the like); {@code DEEPFREQ_THEME=dark|light} overrides it.
 */
final class Theme {

    /** Style class of the dark theme. */
    static final String DARK = "dark";

    private Theme() {
    }

    /** Whether the session asks for a dark theme. */
    static boolean systemPrefersDark() {
        String own = System.getenv("DEEPFREQ_THEME");
        if (own != null && !own.isBlank()) {
            return own.trim().equalsIgnoreCase(DARK);
        }
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(Locale.ROOT).contains(DARK);
    }

    /** Keeps the root's dark style class in step with the property. */
    static void follow(Parent root, ObservableBooleanValue dark) {
        apply(root, dark.get());
        dark.addListener((obs, was, now) -> apply(root, now));
    }

    private static void apply(Parent root, boolean dark) {
        root.getStyleClass().remove(DARK);
        if (dark) {
            root.getStyleClass().add(DARK);
        }
    }
}
