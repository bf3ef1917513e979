package org.deepfreq.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.deepfreq.app.Backend;
import org.deepfreq.app.BuildInfo;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.results.Provenance;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.jfree.svg.SVGUtils;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The provenance every exported figure carries, so a figure found in a paper draft can be traced to its run: title,
 * caption, the application's version and source revision, and per run its folder, preset, seed, δ grid, the
 * versions it was computed with and its whole config.json. PNG keeps it in iTXt text chunks, SVG in a
 * {@code <metadata>} element, PDF in its document information; {@link #read} gets it back from any of the three.
 */
public final class FigureMetadata {

    /** XML namespace of the SVG metadata entries. */
    static final String SVG_NAMESPACE = "urn:deepfreq:figure-provenance";
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FigureMetadata() {
    }

    /** The provenance of a figure of runs. */
    static Map<String, String> of(String title, String caption, List<RunRecord> runs) {
        Map<String, String> m = base(title, caption);
        for (int i = 0; i < runs.size(); i++) {
            addRun(m, runs.size() == 1 ? "" : " " + (i + 1), runs.get(i).config(), runs.get(i).folder());
        }
        return m;
    }

    /** The provenance of a figure of the app's run (its folder null before the run has one). */
    static Map<String, String> of(String title, String caption, ExperimentConfig config, RunFolder folder) {
        Map<String, String> m = base(title, caption);
        if (config != null) {
            addRun(m, "", config, folder);
        }
        return m;
    }

    private static void addRun(Map<String, String> m, String k, ExperimentConfig c, RunFolder folder) {
        if (folder != null) {
            m.put("Run" + k, folder.dir().toAbsolutePath().normalize().toString());
        }
        m.put("Preset" + k, c.preset());
        m.put("Seed" + k, Long.toString(c.seed()));
        m.put("Inverse delta grid" + k, Provenance.describe(c.rdf()));
        boolean saved = folder != null && Files.isRegularFile(folder.config());
        m.put("Versions" + k, (saved ? RunFolderReader.provenance(folder) : Backend.provenance()).toJson());
        try {
            m.put("Config" + k, JSON.writeValueAsString(c));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's config as JSON: " + e.getMessage(), e);
        }
    }

    /** The provenance of a figure that is not drawn from run folders (a report's plot). */
    static Map<String, String> base(String title, String caption) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", title);
        m.put("Description", caption == null ? "" : caption);
        m.put("Software", "DeepFreq Studio " + BuildInfo.version());
        m.put("Source revision", BuildInfo.revision());
        return m;
    }

    /** Writes the image as PNG with the provenance in iTXt (UTF-8) chunks. */
    static void writePng(BufferedImage image, Map<String, String> provenance, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            provenance.forEach((k, v) -> {
                IIOMetadataNode e = new IIOMetadataNode("iTXtEntry");
                e.setAttribute("keyword", k);
                e.setAttribute("compressionFlag", "FALSE");
                e.setAttribute("compressionMethod", "0");
                e.setAttribute("languageTag", "");
                e.setAttribute("translatedKeyword", "");
                e.setAttribute("text", v);
                itxt.appendChild(e);
            });
            root.appendChild(itxt);
            meta.mergeTree(PNG_FORMAT, root);
            writer.setOutput(ios);
            writer.write(new IIOImage(image, null, meta));
        } finally {
            writer.dispose();
        }
    }

    /** The SVG {@code <metadata>} element holding the provenance. */
    static String svgMetadata(Map<String, String> provenance) {
        return "<metadata>" + provenance.entrySet().stream()
                .map(e -> "<entry xmlns=\"" + SVG_NAMESPACE + "\" key=\"" + SVGUtils.escapeForXML(e.getKey()) + "\">"
                        + SVGUtils.escapeForXML(e.getValue()) + "</entry>")
                .collect(Collectors.joining()) + "</metadata>";
    }

    /** The provenance stored in a PNG, SVG or PDF figure (empty when it has none). */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no figure file " + file + ": give a .png, .svg or .pdf written by figure");
        }
        try {
            return switch (VectorExport.FigureFormat.of(file)) {
                case PNG -> readPng(file);
                case SVG -> readSvg(file);
                case PDF -> readPdf(file);
            };
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("cannot read " + file + " as a figure: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readPng(Path file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            try {
                reader.setInput(in);
                Node root = reader.getImageMetadata(0).getAsTree(PNG_FORMAT);
                for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                    if (chunk.getNodeName().equals("iTXt") || chunk.getNodeName().equals("tEXt")) {
                        for (Node e = chunk.getFirstChild(); e != null; e = e.getNextSibling()) {
                            Element entry = (Element) e;
                            m.put(entry.getAttribute("keyword"), chunk.getNodeName().equals("iTXt")
                                    ? entry.getAttribute("text") : entry.getAttribute("value"));
                        }
                    }
                }
            } finally {
                reader.dispose();
            }
        }
        return m;
    }

    private static Map<String, String> readSvg(Path file) throws IOException, SAXException,
            ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            NodeList entries = f.newDocumentBuilder().parse(in).getElementsByTagNameNS(SVG_NAMESPACE, "entry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                m.put(e.getAttribute("key"), e.getTextContent());
            }
        }
        return m;
    }

    private static Map<String, String> readPdf(Path file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                String v = info.getCustomMetadataValue(key);
                if (v != null) {
                    m.put(key, v);
                }
            }
        }
        return m;
    }
}
