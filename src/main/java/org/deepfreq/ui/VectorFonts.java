package org.deepfreq.ui;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fonts of the vector figures: the Java2D family for a JavaFX family (JavaFX's "System" font is DejaVu Sans on the
 * Linux desktops this runs on), and the TrueType files a PDF embeds so that its text stays text, including δ, · and −
 * (the PDF standard fonts cannot encode them).
 */
final class VectorFonts {

    /** The family used when Java2D does not know the JavaFX family. */
    static final String DEFAULT_FAMILY = "DejaVu Sans";

    private static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("java.home"), "lib", "fonts"));
    private static final List<String> DEFAULT_FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf");

    private static Set<String> families;
    private static List<Path> files;

    private VectorFonts() {
    }

    /** The Java2D family for a JavaFX font family. */
    static synchronized String family(String fxFamily) {
        if (families == null) {
            families = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        }
        if (families.contains(fxFamily)) {
            return fxFamily;
        }
        return families.contains(DEFAULT_FAMILY) ? DEFAULT_FAMILY : java.awt.Font.SANS_SERIF;
    }

    /** The TrueType files of the default family found on this machine (empty when there are none). */
    static synchronized List<Path> files() {
        if (files == null) {
            files = DEFAULT_FILES.stream().map(VectorFonts::find).flatMap(Stream::ofNullable).toList();
        }
        return files;
    }

    private static Path find(String name) {
        for (Path dir : FONT_DIRS) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, 4)) {
                Path hit = walk.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
                if (hit != null) {
                    return hit;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot look for fonts in " + dir + ": " + e.getMessage(), e);
            }
        }
        return null;
    }
}
