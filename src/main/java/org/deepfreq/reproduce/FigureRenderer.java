package org.deepfreq.reproduce;

import java.nio.file.Path;
import java.util.List;

import org.deepfreq.results.RunRecord;

/**
 * Draws a report's figures from finished runs with the app's chart code (implemented by the ui package, which this
 * core package cannot see), or does nothing where no renderer is available.
 */
public interface FigureRenderer {

    /** A renderer that draws nothing (the report then links the data files only). */
    FigureRenderer NONE = new FigureRenderer() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void render(Figure figure, Path png) {
            throw new UnsupportedOperationException("no figure renderer");
        }

        @Override
        public void plot(Plot plot, Path png) {
            throw new UnsupportedOperationException("no figure renderer");
        }
    };

    boolean available();

    /** Writes the figure as a PNG. */
    void render(Figure figure, Path png);

    /** Writes a line plot of measured series (not tied to a run) as a PNG, in the app's chart style. */
    void plot(Plot plot, Path png);

    /** A named series of points. */
    record Series(String name, double[] x, double[] y) {
    }

    /** A line plot of series with labelled axes; {@code caption} says what was measured and how. */
    record Plot(String title, String xLabel, String yLabel, boolean logY, List<Series> series, String caption) {

        public Plot {
            series = List.copyOf(series);
        }
    }

    /**
     * What to draw: {@code chart} is a kind of the app's chart catalogue as {@code figure --chart} takes it (rdf,
     * loss, peaks, heatmap, compare, ...); {@code split} and {@code epoch} apply to the RDF charts (−1: last epoch);
     * compare overlays the given split of several runs.
     */
    record Figure(String chart, List<RunRecord> runs, String split, int epoch, String title) {

        public Figure {
            runs = List.copyOf(runs);
        }
    }
}
