package org.tocworkbench.render;

import com.kitfox.svg.SVGDiagram;
import com.kitfox.svg.SVGException;
import com.kitfox.svg.SVGUniverse;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * PNG and PDF drawn from a Graphviz SVG in Java, for the embedded engine (the native engine
 * lets {@code dot} draw them). svgSalamander paints the SVG onto a Java2D surface: an image
 * for PNG, a PDFBox page for PDF (vector shapes, text as outlines). Text is drawn with
 * {@link JavaFonts#family()}, the font the layout was measured with.
 */
final class SvgPictures {
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>");
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family=\"[^\"]*\"");
    private static final Pattern TRANSPARENT = Pattern.compile("(fill|stroke)=\"transparent\"");
    /** svgSalamander reports through java.util.logging, to the terminal; held here so the setting stays. */
    private static final java.util.logging.Logger SALAMANDER_LOG = quiet(com.kitfox.svg.SVGConst.SVG_LOGGER);

    private SvgPictures() {
    }

    static byte[] png(String svg, double dpi) throws RenderException {
        SVGDiagram diagram = load(svg);
        double scale = dpi / 72.0;
        int width = (int) Math.ceil(diagram.getWidth() * scale);
        int height = (int) Math.ceil(diagram.getHeight() * scale);
        if ((long) width * height > 200_000_000L) {
            throw new RenderException("the diagram is too large for a PNG (" + width + " x " + height
                    + " pixels); write SVG or PDF, or use --dpi with a lower value");
        }
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            diagram.render(g);
        } catch (SVGException | RuntimeException e) {
            throw new RenderException("cannot draw the PNG: " + e.getMessage(), e);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new RenderException("cannot encode the PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static byte[] pdf(String svg) throws RenderException {
        SVGDiagram diagram = load(svg);
        float width = Math.max(1, diagram.getWidth());
        float height = Math.max(1, diagram.getHeight());
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                diagram.render(g);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            // the file id is derived from this number instead of the clock: same SVG, same bytes
            document.setDocumentId((long) Arrays.hashCode(svg.getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException | SVGException | RuntimeException e) {
            throw new RenderException("cannot draw the PDF: " + e.getMessage(), e);
        }
    }

    private static final Pattern TEXT = Pattern.compile("(<text[^>]*>)([^<]*)(</text>)");

    /** svgSalamander trims the pieces of text around entities ("a &amp; b" would read "a&amp;b"): no-break spaces survive. */
    private static String keepSpaces(String svg) {
        Matcher m = TEXT.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2).replace(' ', '\u00a0') + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.OFF);
        return logger;
    }

    /** Parses the SVG without fetching its DTD, with Java's sans-serif font for every text. */
    private static SVGDiagram load(String svg) throws RenderException {
        String local = DOCTYPE.matcher(svg).replaceFirst("");
        local = FONT_FAMILY.matcher(local).replaceAll("font-family=\"" + JavaFonts.family() + "\"");
        local = keepSpaces(local);
        local = TRANSPARENT.matcher(local).replaceAll("$1=\"none\"");
        SVGUniverse universe = new SVGUniverse();
        URI uri = universe.loadSVG(new StringReader(local), "diagram");
        SVGDiagram diagram = uri == null ? null : universe.getDiagram(uri);
        if (diagram == null) {
            throw new RenderException("the embedded engine produced an SVG that cannot be read back");
        }
        diagram.setIgnoringClipHeuristic(true);
        return diagram;
    }
}
