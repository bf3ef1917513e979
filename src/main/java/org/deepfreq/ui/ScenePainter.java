package org.deepfreq.ui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.GridRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

/**
 * Paints a laid-out JavaFX node (a chart or the whole dashboard, as the screen and the PNG export show it) onto a
 * Java2D {@link Graphics2D}, so that an SVG or PDF library can write it as vectors: every text node becomes text, a
 * chart's axes are drawn from their own tick marks and labels, its curves as lines from its data sets in the colours
 * and widths ChartFX resolved for them, and the rest of a chart's pixels (a heat map, a legend symbol) as an image at
 * {@link #IMAGE_SCALE}× resolution. Call on the FX thread after the node has been laid out and drawn.
 */
final class ScenePainter {

    /** Resolution of the parts that are images (heat maps, legend symbols, colour bars), relative to the screen. */
    static final double IMAGE_SCALE = 3;

    /** Nodes that only hold styles, never drawn themselves. */
    private static final Predicate<Node> ONLY_SCENE = n -> n instanceof GridRenderer;

    private final Graphics2D g;
    private final Node root;

    private ScenePainter(Graphics2D g, Node root) {
        this.g = g;
        this.root = root;
    }

    /** Paints the node at the origin of the graphics, 1 pixel of the node per unit of the graphics. */
    static void paint(Node node, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        AffineTransform base = g.getTransform();
        Bounds b = node.getBoundsInLocal();
        g.translate(-b.getMinX(), -b.getMinY());
        new ScenePainter(g, node).visit(node, ONLY_SCENE);
        g.setTransform(base);
    }

    /** Draws the node and its children, leaving out those {@code skip} names (and their children). */
    private void visit(Node node, Predicate<Node> skip) {
        if (!node.isVisible() || node.getOpacity() == 0 || skip.test(node)) {
            return;
        }
        java.awt.Shape outer = g.getClip();
        clipTo(node);
        draw(node, skip);
        g.setClip(outer);
    }

    /** Applies the node's clip (its bounds: the app's clips are rectangles), as the screen does. */
    private void clipTo(Node node) {
        Node clip = node.getClip();
        if (clip != null) {
            Bounds b = clip.getBoundsInParent();
            withTransform(node, () -> g.clip(new Rectangle2D.Double(b.getMinX(), b.getMinY(), Math.max(0, b.getWidth()),
                    Math.max(0, b.getHeight()))));
        }
    }

    private void draw(Node node, Predicate<Node> skip) {
        if (node instanceof Region r) {
            fillBackground(r);
        }
        if (node instanceof XYChart chart) {
            paintChart(chart);
            return;
        }
        if (node instanceof Text t) {
            paintText(t);
        } else if (node instanceof Canvas c) {
            paintAsImage(c);
        } else if (node instanceof Shape s) {
            paintAsImage(s);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> visit(n, skip));
        }
    }

    /**
     * A chart: its own nodes (backgrounds, title), the grid, the data and the axes in place of its canvases, then the
     * legend on top.
     */
    private void paintChart(XYChart chart) {
        Node legend = chart.getLegend() == null ? null : chart.getLegend().getNode();
        Predicate<Node> drawnByChart = n -> n == chart.getCanvas() || n instanceof Axis || n == legend
                || n instanceof GridRenderer;
        for (Node child : chart.getChildrenUnmodifiable()) {
            visit(child, drawnByChart);
        }
        clippedInChart(chart.getCanvas(), chart, () -> {
            paintGrid(chart);
            boolean lines = false;
            for (Renderer r : chart.getRenderers()) {
                if (r instanceof ContourDataSetRenderer) {
                    paintAsImage(chart.getCanvas());
                } else {
                    lines = true;
                }
            }
            if (lines) {
                paintCurves(chart);
            }
        });
        for (Axis axis : chart.getAxes()) {
            if (axis instanceof AbstractAxis a && a.isVisible()) {
                clippedInChart(a, chart, () -> paintAxis(a));
            }
        }
        if (legend != null && chart.legendVisibleProperty().get()) {
            clippedInChart(legend.getParent(), chart, () -> visit(legend, ONLY_SCENE));
        }
    }

    /** The grid lines at the major ticks, in the grid renderer's styles, under the data. */
    private void paintGrid(XYChart chart) {
        GridRenderer grid = chart.getGridRenderer();
        Canvas canvas = chart.getCanvas();
        if (grid == null || canvas.getWidth() < 1 || canvas.getHeight() < 1
                || !(chart.getXAxis() instanceof AbstractAxis x) || !(chart.getYAxis() instanceof AbstractAxis y)) {
            return;
        }
        withTransform(canvas, () -> {
            if (grid.getVerticalMajorGrid().isVisible() && stroke(grid.getVerticalMajorGrid())) {
                for (TickMark tm : x.getTickMarks()) {
                    g.draw(new java.awt.geom.Line2D.Double(tm.getPosition(), 0, tm.getPosition(), canvas.getHeight()));
                }
            }
            if (grid.getHorizontalMajorGrid().isVisible() && stroke(grid.getHorizontalMajorGrid())) {
                for (TickMark tm : y.getTickMarks()) {
                    g.draw(new java.awt.geom.Line2D.Double(0, tm.getPosition(), canvas.getWidth(), tm.getPosition()));
                }
            }
        });
    }

    /** Sets colour and stroke from a ChartFX line style; false when it draws nothing. */
    private boolean stroke(javafx.scene.shape.Line style) {
        if (!(style.getStroke() instanceof Color c) || c.getOpacity() == 0 || style.getStrokeWidth() <= 0) {
            return false;
        }
        g.setColor(awt(c));
        float[] dashes = null;
        if (!style.getStrokeDashArray().isEmpty()) {
            dashes = new float[style.getStrokeDashArray().size()];
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] = style.getStrokeDashArray().get(i).floatValue();
            }
        }
        g.setStroke(new BasicStroke((float) style.getStrokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                dashes, 0));
        return true;
    }

    private void fillBackground(Region r) {
        Background bg = r.getBackground();
        if (bg == null || r.getWidth() <= 0 || r.getHeight() <= 0) {
            return;
        }
        for (BackgroundFill f : bg.getFills()) {
            if (f.getFill() instanceof Color c && c.getOpacity() > 0) {
                withTransform(r, () -> {
                    g.setColor(awt(c));
                    g.fill(new Rectangle2D.Double(f.getInsets().getLeft(), f.getInsets().getTop(),
                            r.getWidth() - f.getInsets().getLeft() - f.getInsets().getRight(),
                            r.getHeight() - f.getInsets().getTop() - f.getInsets().getBottom()));
                });
            }
        }
    }

    private void paintText(Text t) {
        String s = t.getText();
        if (s == null || s.isBlank()) {
            return;
        }
        withTransform(t, () -> {
            g.setFont(awt(t.getFont()));
            g.setColor(t.getFill() instanceof Color c ? awt(c) : java.awt.Color.BLACK);
            Bounds lb = t.getLayoutBounds();
            double baseline = lb.getMinY() + t.getBaselineOffset();
            java.awt.FontMetrics fm = g.getFontMetrics();
            List<String> lines = lines(s, t.getWrappingWidth(), fm);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), (float) lb.getMinX(), (float) (baseline + i * fm.getHeight()));
            }
        });
    }

    /** The text's lines: its own line breaks, and words wrapped at the wrapping width as JavaFX wraps them. */
    static List<String> lines(String text, double wrappingWidth, java.awt.FontMetrics fm) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (wrappingWidth <= 0) {
                out.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && fm.stringWidth(candidate) > wrappingWidth) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /** A chart axis: its line, major tick marks, tick labels and name, from the tick marks ChartFX computed. */
    private void paintAxis(AbstractAxis a) {
        withTransform(a, () -> {
            Side side = a.getSide();
            double w = a.getWidth();
            double h = a.getHeight();
            double len = a.getTickLength();
            double gap = a.getTickLabelGap();
            java.awt.Color stroke = a.getMajorTickStyle().getStroke() instanceof Color c ? awt(c) : java.awt.Color.BLACK;
            g.setStroke(new BasicStroke((float) Math.max(1, a.getMajorTickStyle().getStrokeWidth())));
            g.setColor(stroke);
            Text style = a.getTickLabelStyle();
            java.awt.Font tickFont = awt(style.getFont());
            g.setFont(tickFont);
            java.awt.FontMetrics fm = g.getFontMetrics();
            boolean horizontal = side.isHorizontal();
            double edge = side == Side.BOTTOM || side == Side.RIGHT ? 0 : horizontal ? h : w;
            double dir = side == Side.BOTTOM || side == Side.RIGHT ? 1 : -1;
            if (horizontal) {
                g.draw(new java.awt.geom.Line2D.Double(0, edge, w, edge));
            } else {
                g.draw(new java.awt.geom.Line2D.Double(edge, 0, edge, h));
            }
            for (TickMark tm : a.getMinorTickMarks()) {
                double p = tm.getPosition();
                double m = a.getMinorTickLength();
                if (tm.isVisible() && a.getMinorTickStyle().isVisible()) {
                    g.draw(horizontal ? new java.awt.geom.Line2D.Double(p, edge, p, edge + dir * m)
                            : new java.awt.geom.Line2D.Double(edge, p, edge + dir * m, p));
                }
            }
            double labelExtent = 0;
            for (TickMark tm : a.getTickMarks()) {
                if (!tm.isVisible()) {
                    continue;
                }
                double p = tm.getPosition();
                g.setColor(stroke);
                if (horizontal) {
                    g.draw(new java.awt.geom.Line2D.Double(p, edge, p, edge + dir * len));
                } else {
                    g.draw(new java.awt.geom.Line2D.Double(edge, p, edge + dir * len, p));
                }
                String label = tm.getText();
                if (label == null || label.isEmpty()) {
                    continue;
                }
                g.setColor(style.getFill() instanceof Color c ? awt(c) : java.awt.Color.BLACK);
                int tw = fm.stringWidth(label);
                if (horizontal) {
                    double y = dir > 0 ? edge + len + gap + fm.getAscent() : edge - len - gap - fm.getDescent();
                    g.drawString(label, (float) (p - tw / 2.0), (float) y);
                    labelExtent = Math.max(labelExtent, fm.getHeight());
                } else {
                    double x = dir > 0 ? edge + len + gap : edge - len - gap - tw;
                    g.drawString(label, (float) x, (float) (p + (fm.getAscent() - fm.getDescent()) / 2.0));
                    labelExtent = Math.max(labelExtent, tw);
                }
            }
            paintAxisName(a, side, w, h, edge, dir, len + gap + labelExtent + a.getAxisLabelGap());
        });
    }

    private void paintAxisName(AbstractAxis a, Side side, double w, double h, double edge, double dir, double offset) {
        String name = a.getName();
        if (name == null || name.isBlank()) {
            return;
        }
        Text style = a.getAxisLabel();
        g.setFont(awt(style.getFont()));
        g.setColor(style.getFill() instanceof Color c ? awt(c) : java.awt.Color.BLACK);
        java.awt.FontMetrics fm = g.getFontMetrics();
        int tw = fm.stringWidth(name);
        if (side.isHorizontal()) {
            double y = dir > 0 ? edge + offset + fm.getAscent() : edge - offset - fm.getDescent();
            g.drawString(name, (float) ((w - tw) / 2), (float) Math.min(y, dir > 0 ? h - fm.getDescent() : y));
            return;
        }
        AffineTransform before = g.getTransform();
        double x = dir > 0 ? Math.min(edge + offset + fm.getAscent(), w - fm.getDescent())
                : Math.max(edge - offset - fm.getDescent(), fm.getAscent());
        g.translate(x, (h + tw) / 2);
        g.rotate(-Math.PI / 2);
        g.drawString(name, 0f, 0f);
        g.setTransform(before);
    }

    /** The chart's line data sets, in the canvas' coordinates, clipped to it. */
    private void paintCurves(XYChart chart) {
        Canvas canvas = chart.getCanvas();
        Axis x = chart.getXAxis();
        Axis y = chart.getYAxis();
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return; // no room for the plot (on screen too)
        }
        withTransform(canvas, () -> {
            java.awt.Shape clip = g.getClip();
            g.clip(new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight()));
            for (Renderer r : chart.getRenderers()) {
                if (r instanceof ContourDataSetRenderer) {
                    continue;
                }
                for (DataSetNode n : r.getDatasetNodes()) {
                    if (n.isVisible()) {
                        paintCurve(n, x, y);
                    }
                }
            }
            g.setClip(clip);
        });
    }

    private void paintCurve(DataSetNode node, Axis x, Axis y) {
        DataSet ds = node.getDataSet();
        Paint colour = node.getLineColor();
        g.setColor(colour instanceof Color c ? awt(c) : java.awt.Color.BLACK);
        g.setStroke(new BasicStroke((float) node.getLineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double path = new Path2D.Double();
        ds.lock().readLockGuard(() -> {
            boolean pen = false;
            for (int i = 0; i < ds.getDataCount(); i++) {
                double vx = ds.get(DataSet.DIM_X, i);
                double vy = ds.get(DataSet.DIM_Y, i);
                double px = x.getDisplayPosition(vx);
                double py = y.getDisplayPosition(vy);
                if (!Double.isFinite(px) || !Double.isFinite(py) || (y.isLogAxis() && vy <= 0)) {
                    pen = false;
                    continue;
                }
                if (pen) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    pen = true;
                }
            }
        });
        g.draw(path);
    }

    /** Pixels that are not text or curves (a heat map, a legend symbol, a colour bar), as an image in place. */
    private void paintAsImage(Node n) {
        Bounds b = n.getBoundsInLocal();
        if (b.getWidth() < 1 || b.getHeight() < 1) {
            return;
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(IMAGE_SCALE, IMAGE_SCALE));
        p.setFill(Color.TRANSPARENT);
        BufferedImage image = SwingFXUtils.fromFXImage(n.snapshot(p, null), null);
        withTransform(n, () -> g.drawImage(image, new AffineTransform(1 / IMAGE_SCALE, 0, 0, 1 / IMAGE_SCALE,
                b.getMinX(), b.getMinY()), null));
    }

    /**
     * Runs the drawing of a chart's own part (its canvas, an axis) inside the clips of the nodes between it and the
     * chart, as the screen shows it.
     */
    private void clippedInChart(Node part, XYChart chart, Runnable draw) {
        java.awt.Shape outer = g.getClip();
        for (Node n = part; n != null && n != chart; n = n.getParent()) {
            clipTo(n);
        }
        draw.run();
        g.setClip(outer);
    }

    /** Runs the drawing in the node's local coordinates. */
    private void withTransform(Node n, Runnable draw) {
        AffineTransform before = g.getTransform();
        g.transform(toRoot(n));
        draw.run();
        g.setTransform(before);
    }

    private AffineTransform toRoot(Node n) {
        Transform t = n.getLocalToSceneTransform();
        try {
            t = root.getLocalToSceneTransform().createInverse().createConcatenation(t);
        } catch (javafx.scene.transform.NonInvertibleTransformException e) {
            throw new IllegalStateException("the figure's node cannot be mapped to the page", e);
        }
        return new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    /** The Java2D font matching a JavaFX font: its family where Java2D has it, else the sans-serif font. */
    static java.awt.Font awt(Font f) {
        String style = f.getStyle().toLowerCase(java.util.Locale.ROOT);
        int s = (style.contains("bold") ? java.awt.Font.BOLD : 0)
                | (style.contains("italic") || style.contains("oblique") ? java.awt.Font.ITALIC : 0);
        return new java.awt.Font(VectorFonts.family(f.getFamily()), s, 1).deriveFont((float) f.getSize());
    }

}
