package org.deepfreq.reproduce;

import java.util.ArrayList;
import java.util.List;

/** Draws a claim's figures next to the report, named {@code <claim>-<n>-<chart>.png}; none without a renderer. */
final class Figures {

    private Figures() {
    }

    /** The relative file names of the figures drawn. */
    static List<String> draw(ReproduceContext context, String claim, List<FigureRenderer.Figure> figures) {
        List<String> names = new ArrayList<>();
        if (!context.figures().available()) {
            return names;
        }
        for (int i = 0; i < figures.size(); i++) {
            String name = claim + "-" + (i + 1) + "-" + figures.get(i).chart() + ".png";
            context.figures().render(figures.get(i), context.outDir().resolve(name));
            names.add(name);
        }
        return names;
    }

    /** Draws a plot as {@code <name>.png}; returns its file name, or nothing without a renderer. */
    static List<String> plot(ReproduceContext context, String name, FigureRenderer.Plot plot) {
        if (!context.figures().available()) {
            return List.of();
        }
        context.figures().plot(plot, context.outDir().resolve(name + ".png"));
        return List.of(name + ".png");
    }
}
