package org.deepfreq.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.deepfreq.reproduce.FigureRenderer;
import org.deepfreq.results.RunRecord;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Renders figures from run folders with the app's chart code, without the dashboard: the chart is laid out in an
 * off-screen stage (Monocle's headless platform when there is no display), left for a few pulses so ChartFX draws
 * it, then exported like the app's exports (title, legend, axis labels, caption of the key settings): as PNG, or as
 * SVG or PDF drawn from the same laid-out chart ({@link VectorExport}), with the figure's provenance in its metadata.
 */
public final class FigureFactory implements FigureRenderer {

    /** Prefix of a chart kind drawn as mean ± sd bands over the seed runs of a multi-seed folder. */
    public static final String SEEDS_PREFIX = FigureCharts.SEEDS_PREFIX;

    private final double width;
    private final double height;
    private final double scale;

    /** Figures of the given size in pixels at 1× and the given scale (1-4). */
    public FigureFactory(double width, double height, double scale) {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be between 1 and 4, got " + scale);
        }
        this.width = width;
        this.height = height;
        this.scale = scale;
        HeadlessFx.start();
    }

    /** The kinds {@link #render} draws: every chart of the app's catalogue, {@code compare} and {@code dashboard}. */
    public static List<String> chartKinds() {
        return ChartCatalogue.figureKinds();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void render(Figure figure, Path file) {
        String caption = caption(figure);
        draw(() -> FigureCharts.build(figure.chart(), figure.runs(), figure.split(), figure.epoch(), figure.title()),
                figure.title(), caption, FigureMetadata.of(figure.title(), caption, figure.runs()), file);
    }

    @Override
    public void plot(Plot plot, Path file) {
        draw(() -> FigureCharts.plot(plot), plot.title(), plot.caption(),
                FigureMetadata.base(plot.title(), plot.caption()), file);
    }

    /**
     * Builds the chart on the FX thread, lets ChartFX lay it out and draw it, and writes the export: PNG, SVG or PDF
     * by the file's extension, with the provenance in the file's metadata.
     */
    private void draw(java.util.function.Supplier<Region> build, String title, String caption,
            Map<String, String> provenance, Path file) {
        VectorExport.FigureFormat format = VectorExport.FigureFormat.of(file);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Region chart = build.get();
                Stage stage = new Stage();
                Scene scene = new Scene(chart, width, height);
                scene.getStylesheets().add(DashboardView.class.getResource("dashboard.css").toExternalForm());
                stage.setScene(scene);
                stage.show();
                new AnimationTimer() {
                    private int frames;

                    @Override
                    public void handle(long now) {
                        if (++frames < 4) {
                            return;
                        }
                        stop();
                        try {
                            if (format == VectorExport.FigureFormat.PNG) {
                                image.complete(PngExport.render(chart, title, caption, scale));
                            } else {
                                VectorExport.write(chart, title, caption, provenance, file);
                                image.complete(null);
                            }
                        } catch (RuntimeException e) {
                            image.completeExceptionally(e);
                        } finally {
                            stage.close();
                        }
                    }
                }.start();
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            WritableImage drawn = image.get(60, TimeUnit.SECONDS);
            if (drawn != null) {
                PngExport.write(drawn, provenance, file);
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("figure " + file.getFileName() + " was not drawn within 60 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing " + file.getFileName(), e);
        }
    }

    private static String caption(Figure figure) {
        RunRecord r = figure.runs().get(0);
        int epoch = figure.epoch() >= 0 ? figure.epoch() : r.lastEpoch();
        String more = figure.runs().size() > 1 ? " · " + figure.runs().size() + " runs: "
                + String.join(", ", figure.runs().stream().map(x -> x.config().network().label()).toList()) : "";
        return FigureCaption.of(r.config(), epoch, "") + more;
    }
}
