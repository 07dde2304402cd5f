package org.tocworkbench.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.report.HtmlReportWriter;
import org.tocworkbench.evaluator.report.ProgressDiagram;
import org.tocworkbench.evaluator.report.ReportWriter;

/**
 * The report as a PDF a donor can be sent ({@code toc evaluate -o report.pdf}): the HTML report
 * laid out on A4 by openhtmltopdf with the report's print style sheet, drawn with PDFBox, the
 * diagram and the trend charts as vectors (Batik). No browser is involved. The diagram is fitted
 * to the first page: a portrait page for a tall diagram, a landscape one for a wide diagram.
 */
public final class PdfReportWriter implements ReportWriter {
    /** The page area the diagram may fill on a portrait first page, in points (A4 less margins and title). */
    static final double PORTRAIT_WIDTH = mm(186);
    static final double PORTRAIT_HEIGHT = mm(238);
    /**
     * The smallest scale at which the diagram is read, not just seen: its node titles (11 pt as
     * drawn) print at 7 pt or more.
     */
    static final double READING_SCALE = 7.0 / 11.0;
    /** The height a tile of the diagram may take on a landscape page, below its caption. */
    static final double TILE_HEIGHT = mm(178);
    /** The same on a landscape first page. */
    static final double LANDSCAPE_WIDTH = mm(277);
    static final double LANDSCAPE_HEIGHT = mm(160);
    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+)\\s*:\\s*([^;}]+)");
    private static final Pattern CHART_RULE = Pattern.compile("(?<=[{}]|\\A)(\\s*\\.trend\\b[^{}]*)\\{([^{}]*)\\}");
    private static final Pattern USE = Pattern.compile("var\\(--([a-z-]+)\\)");
    private static final Pattern LENGTH = Pattern.compile("([0-9.]+)(pt|px)?");
    private static final List<Path> FONT_FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"));
    private static final String PDF_CSS = resource("report-pdf.css");
    /** The report refers to nothing outside itself; Batik needs a base address all the same. */
    private static final String BASE_URI = "file:///report.html";

    private final ProgressDiagram diagrams;

    public PdfReportWriter(ProgressDiagram diagrams) {
        this.diagrams = diagrams == null ? ProgressDiagram.NONE : diagrams;
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public void write(Evaluation evaluation, OutputStream out) throws IOException {
        Document html = parse(new HtmlReportWriter(diagrams).render(evaluation));
        prepare(html);
        XRLog.setLoggingEnabled(false);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (String[] font : new String[][] {{"DejaVuSans.ttf", "DejaVu Sans", "400"},
                {"DejaVuSans-Bold.ttf", "DejaVu Sans", "700"}, {"DejaVuSansMono.ttf", "DejaVu Sans Mono", "400"}}) {
            font(font[0]).ifPresent(file -> builder.useFont(file.toFile(), font[1], Integer.parseInt(font[2]),
                    PdfRendererBuilder.FontStyle.NORMAL, true));
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(html), BASE_URI);
        builder.toStream(out);
        builder.run();
    }

    /** The HTML report as a DOM; attribute names keep their case, as SVG needs ({@code viewBox}). */
    static Document parse(String html) {
        return Jsoup.parse(html, BASE_URI, org.jsoup.parser.Parser.htmlParser()
                .settings(org.jsoup.parser.ParseSettings.preserveCase));
    }

    /** The report's page for openhtmltopdf: variables resolved, the PDF sheet added, the diagram sized. */
    static void prepare(Document html) {
        Element style = html.selectFirst("head > style");
        if (style != null) {
            String css = forPrint(resolveVariables(style.data()));
            style.text("");
            style.appendChild(new org.jsoup.nodes.DataNode(inlineChartRules(css, html)));
        }
        html.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(PDF_CSS));
        Element svg = html.selectFirst("#diagram .diagram > svg");
        if (svg != null) {
            boolean wide = html.body().hasClass("diagram-wide");
            double[] size = size(svg);
            if (size != null) {
                double scale = fit(size[0], size[1], wide);
                svg.attr("width", number(size[0] * scale)).attr("height", number(size[1] * scale))
                        .attr("style", "width:" + pt(size[0] * scale) + ";height:" + pt(size[1] * scale));
                svg.attr("data-scale", String.format(Locale.ROOT, "%.3f", scale));
                if (scale < READING_SCALE) {
                    readingPages(html, svg, size);
                }
            }
        }
        for (Element paint : html.select("svg [fill=transparent], svg [stroke=transparent]")) {
            for (String attribute : new String[] {"fill", "stroke"}) {
                if (paint.attr(attribute).equals("transparent")) {
                    paint.attr(attribute, "none");
                }
            }
        }
        for (Element trend : html.select("svg.trend")) {
            String height = String.format(Locale.ROOT, "%.1fmm", 46.0 * 92 / 260);
            trend.attr("width", "46mm").attr("height", height).attr("style", "width:46mm;height:" + height);
        }
    }

    /**
     * The page's rules for the trend charts ({@code .trend …}) moved onto the charts' elements as
     * SVG presentation attributes: Batik draws an inline SVG on its own, without the page's style
     * sheet, and fails on a style sheet copied into it. Returns the style sheet without those rules.
     */
    static String inlineChartRules(String css, Document html) {
        Matcher rule = CHART_RULE.matcher(css);
        StringBuilder rest = new StringBuilder();
        while (rule.find()) {
            String[] selectors = rule.group(1).split(",");
            if (!java.util.Arrays.stream(selectors).allMatch(sel -> sel.trim().startsWith(".trend"))) {
                continue;
            }
            for (String selector : selectors) {
                String inner = selector.trim().substring(".trend".length()).trim();
                if (inner.isEmpty()) {
                    continue;
                }
                for (Element target : html.select("svg.trend " + inner)) {
                    for (String declaration : rule.group(2).split(";")) {
                        int colon = declaration.indexOf(':');
                        if (colon > 0) {
                            String value = declaration.substring(colon + 1).trim();
                            target.attr(declaration.substring(0, colon).trim(), value.equals("transparent") ? "none" : value);
                        }
                    }
                }
            }
            rule.appendReplacement(rest, "");
        }
        rule.appendTail(rest);
        return rest.toString();
    }

    /**
     * The style sheet as a printer reads it, in a form openhtmltopdf's CSS 2.1 parser takes: the
     * rules of {@code @media print} unwrapped, every other {@code @media} block (the phone layout,
     * with media features the parser does not know) left out.
     */
    static String forPrint(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int at = 0;
        while (true) {
            int media = css.indexOf("@media", at);
            if (media < 0) {
                out.append(css, at, css.length());
                return out.toString();
            }
            out.append(css, at, media);
            int open = css.indexOf('{', media);
            if (open < 0) {
                return out.toString();
            }
            int depth = 1;
            int close = open + 1;
            while (close < css.length() && depth > 0) {
                char c = css.charAt(close++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            String query = css.substring(media + "@media".length(), open).trim();
            if (query.equals("print")) {
                out.append(css, open + 1, close - 1);
            }
            at = close;
        }
    }

    /**
     * When the diagram fitted to page 1 prints its text smaller than a reader can read, it follows
     * on landscape pages at reading size: as wide as the page allows (never below
     * {@link #READING_SCALE}), cut into equal tiles, each a copy of the drawing that shows one part.
     */
    static void readingPages(Document html, Element svg, double[] size) {
        double scale = Math.max(READING_SCALE, Math.min(1.0, LANDSCAPE_WIDTH / size[0]));
        int columns = (int) Math.ceil(size[0] * scale / LANDSCAPE_WIDTH - 1e-9);
        int rows = (int) Math.ceil(size[1] * scale / TILE_HEIGHT - 1e-9);
        double[] origin = viewBoxOrigin(svg);
        double tileWidth = size[0] / columns;
        double tileHeight = size[1] / rows;
        Element section = html.getElementById("diagram").after("<section id=\"diagram-pages\"></section>").nextElementSibling();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Element tile = section.appendElement("div").addClass("diagram-tile");
                tile.appendElement("p").addClass("tile-caption").text("The diagram at reading size, part "
                        + (row * columns + column + 1) + " of " + rows * columns);
                Element copy = svg.clone();
                copy.removeAttr("data-scale");
                Element shifted = new Element("g").attr("transform", String.format(Locale.ROOT, "translate(%.2f %.2f)",
                        -(origin[0] + column * tileWidth), -(origin[1] + row * tileHeight)));
                for (org.jsoup.nodes.Node child : new java.util.ArrayList<>(copy.childNodes())) {
                    shifted.appendChild(child);
                }
                copy.appendChild(shifted);
                copy.attr("viewBox", String.format(Locale.ROOT, "0 0 %.2f %.2f", tileWidth, tileHeight));
                copy.attr("width", number(tileWidth * scale)).attr("height", number(tileHeight * scale))
                        .attr("style", "width:" + pt(tileWidth * scale) + ";height:" + pt(tileHeight * scale))
                        .attr("data-reading-scale", String.format(Locale.ROOT, "%.3f", scale));
                tile.appendChild(copy);
            }
        }
    }

    private static double[] viewBoxOrigin(Element svg) {
        String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
        try {
            return box.length == 4 ? new double[] {Double.parseDouble(box[0]), Double.parseDouble(box[1])} : new double[2];
        } catch (NumberFormatException e) {
            return new double[2];
        }
    }

    /** The scale that fits a diagram of {@code width} × {@code height} points on the first page. */
    static double fit(double width, double height, boolean wide) {
        double w = wide ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
        double h = wide ? LANDSCAPE_HEIGHT : PORTRAIT_HEIGHT;
        return Math.min(1.0, Math.min(w / width, h / height));
    }

    /** {@code var(--x)} replaced by the value {@code :root} gives {@code --x}: openhtmltopdf has no custom properties. */
    static String resolveVariables(String css) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher definition = VARIABLE.matcher(css);
        while (definition.find()) {
            values.putIfAbsent(definition.group(1), definition.group(2).trim());
        }
        Matcher use = USE.matcher(css);
        StringBuilder out = new StringBuilder();
        while (use.find()) {
            use.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(use.group(1), "inherit")));
        }
        use.appendTail(out);
        return out.toString();
    }

    private static double[] size(Element svg) {
        Matcher w = LENGTH.matcher(svg.attr("width"));
        Matcher h = LENGTH.matcher(svg.attr("height"));
        if (w.matches() && h.matches()) {
            return new double[] {points(w), points(h)};
        }
        String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
        if (box.length == 4) {
            try {
                return new double[] {Double.parseDouble(box[2]), Double.parseDouble(box[3])};
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static double points(Matcher m) {
        double v = Double.parseDouble(m.group(1));
        return "px".equals(m.group(2)) ? v * 0.75 : v;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pt(double v) {
        return String.format(Locale.ROOT, "%.1fpt", v);
    }

    private static double mm(double v) {
        return v * 72 / 25.4;
    }

    private static java.util.Optional<Path> font(String file) {
        return FONT_FOLDERS.stream().map(f -> f.resolve(file)).filter(Files::isReadable).findFirst();
    }

    private static String resource(String name) {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the render module's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
