package org.deepfreq.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.deepfreq.io.AtomicFiles;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import javafx.geometry.Bounds;
import javafx.scene.Node;

/**
 * Writes a laid-out chart or dashboard as an SVG (JFreeSVG) or single-page PDF (PDFBox through its Graphics2D
 * bridge) with the title above and the caption below, laid out like {@link PngExport}'s PNG, and the figure's
 * provenance in the file's metadata. Text stays text: SVG {@code <text>} elements, and in the PDF the TrueType fonts
 * of {@link VectorFonts}, embedded. Call on the FX thread.
 */
final class VectorExport {

    private static final double PAD = 8;
    private static final double GAP = 6;
    private static final float TITLE_SIZE = 16;
    private static final float CAPTION_SIZE = 11;

    private VectorExport() {
    }

    /** Writes the figure as SVG or PDF, chosen by the file's extension; atomically. */
    static void write(Node content, String title, String caption, Map<String, String> provenance, Path file) {
        Page page = new Page(content, title, caption);
        switch (FigureFormat.of(file)) {
            case SVG -> writeSvg(page, provenance, file);
            case PDF -> writePdf(page, provenance, file);
            case PNG -> throw new IllegalArgumentException("PNG is written by PngExport, not as vectors: " + file);
        }
    }

    private static void writeSvg(Page page, Map<String, String> provenance, Path file) {
        SVGGraphics2D g = new SVGGraphics2D(page.width, page.height);
        g.setFontFunction(family -> family + ", sans-serif");
        page.paint(g);
        String element = g.getSVGElement(null);
        int open = element.indexOf('>') + 1;
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, open) + "<title>"
                + SVGUtils.escapeForXML(page.title) + "</title>" + FigureMetadata.svgMetadata(provenance)
                + element.substring(open) + "\n";
        AtomicFiles.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static void writePdf(Page page, Map<String, String> provenance, Path file) {
        AtomicFiles.write(file, out -> {
            try (PDDocument doc = new PDDocument();
                    PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
                PDPage pdfPage = new PDPage(new PDRectangle((float) page.width, (float) page.height));
                doc.addPage(pdfPage);
                VectorFonts.files().forEach(f -> fonts.registerFont(f.toFile()));
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) page.width, (float) page.height);
                g.setFontTextDrawer(fonts);
                page.paint(g);
                g.dispose();
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
                    cs.drawForm(g.getXFormObject());
                }
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(page.title);
                info.setSubject(page.caption);
                info.setCreator("DeepFreq Studio");
                provenance.forEach(info::setCustomMetadataValue);
                doc.save(out);
            }
        });
    }

    /** The page: title, the node's drawing, the caption wrapped to the drawing's width. */
    private static final class Page {
        final Node content;
        final String title;
        final String caption;
        final double contentWidth;
        final double contentHeight;
        final double width;
        final double height;
        final java.awt.Font titleFont;
        final java.awt.Font captionFont;
        final List<String> captionLines;
        final double titleHeight;
        final double lineHeight;

        Page(Node content, String title, String caption) {
            this.content = content;
            this.title = title;
            this.caption = caption == null ? "" : caption;
            Bounds b = content.getBoundsInLocal();
            contentWidth = Math.ceil(b.getWidth());
            contentHeight = Math.ceil(b.getHeight());
            String family = VectorFonts.family(VectorFonts.DEFAULT_FAMILY);
            titleFont = new java.awt.Font(family, java.awt.Font.BOLD, 1).deriveFont(TITLE_SIZE);
            captionFont = new java.awt.Font(family, java.awt.Font.PLAIN, 1).deriveFont(CAPTION_SIZE);
            Graphics2D measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            java.awt.FontMetrics tm = measure.getFontMetrics(titleFont);
            java.awt.FontMetrics cm = measure.getFontMetrics(captionFont);
            measure.dispose();
            titleHeight = tm.getHeight();
            lineHeight = cm.getHeight();
            captionLines = this.caption.isEmpty() ? List.of() : ScenePainter.lines(this.caption, contentWidth, cm);
            width = contentWidth + 2 * PAD;
            height = PAD + titleHeight + GAP + contentHeight + (captionLines.isEmpty() ? 0
                    : GAP + captionLines.size() * lineHeight) + PAD;
        }

        void paint(Graphics2D g) {
            g.setColor(java.awt.Color.WHITE);
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
            g.setColor(java.awt.Color.BLACK);
            g.setFont(titleFont);
            g.drawString(title, (float) PAD, (float) (PAD + g.getFontMetrics().getAscent()));
            java.awt.geom.AffineTransform before = g.getTransform();
            g.translate(PAD, PAD + titleHeight + GAP);
            java.awt.Shape clip = g.getClip();
            g.clip(new java.awt.geom.Rectangle2D.Double(0, 0, contentWidth, contentHeight));
            ScenePainter.paint(content, g);
            g.setClip(clip);
            g.setTransform(before);
            g.setColor(java.awt.Color.BLACK);
            g.setFont(captionFont);
            double y = PAD + titleHeight + GAP + contentHeight + GAP + g.getFontMetrics().getAscent();
            for (String line : captionLines) {
                g.drawString(line, (float) PAD, (float) y);
                y += lineHeight;
            }
        }
    }

    /** The figure formats, chosen by the file's extension. */
    enum FigureFormat {
        PNG, SVG, PDF;

        static FigureFormat of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (FigureFormat f : values()) {
                if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new IllegalArgumentException("a figure file must end in .png, .svg or .pdf, got " + file.getFileName());
        }
    }
}
