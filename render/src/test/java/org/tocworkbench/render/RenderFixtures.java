package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The theories and views the rendering tests walk, and checks on what engines produce. Test
 * theories live in render/src/test/resources/render; the samples in samples/ are walked too.
 */
final class RenderFixtures {
    static final Path TEST_THEORIES = Path.of("src/test/resources/render");
    static final Path SAMPLES = Path.of("../samples");
    static final Path GOLDEN = TEST_THEORIES.resolve("golden");

    private RenderFixtures() {
    }

    /** A theory to draw: a name for golden files and messages, and the compiled theory. */
    record Subject(String name, Path file, Theory theory) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One drawing of a subject: the subject, a variant name, and the options. */
    record Case(Subject subject, String variant, DiagramOptions options) {
        Path golden() {
            return GOLDEN.resolve(subject.name()).resolve(variant + ".dot");
        }

        @Override
        public String toString() {
            return subject.name() + " / " + variant;
        }
    }

    /** Every test theory and every sample that declares results, in a fixed order. */
    static List<Subject> subjects() throws IOException {
        List<Subject> subjects = new ArrayList<>();
        for (Path file : tocFiles(TEST_THEORIES, 1)) {
            subjects.add(subject(stem(file), file));
        }
        if (Files.isDirectory(SAMPLES)) {
            for (Path file : tocFiles(SAMPLES, 3)) {
                Subject s = subject("sample-" + stem(SAMPLES.relativize(file).toString().replace('/', '-')), file);
                if (!s.theory().nodes().isEmpty()) {
                    subjects.add(s);
                }
            }
        }
        return subjects;
    }

    static Subject subject(String name, Path file) {
        Compilation compilation = new TocCompiler().compile(file, CompileOptions.DEFAULT);
        assertFalse(compilation.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR),
                file + " has errors: " + compilation.diagnostics());
        return new Subject(name, file, compilation.theory());
    }

    static Subject subject(String fileName) {
        Path file = TEST_THEORIES.resolve(fileName);
        return subject(stem(file), file);
    }

    private static List<Path> tocFiles(Path folder, int depth) throws IOException {
        try (Stream<Path> files = Files.walk(folder, depth)) {
            return files.filter(p -> p.toString().endsWith(".toc")).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static String stem(Path file) {
        return stem(file.getFileName().toString());
    }

    private static String stem(String name) {
        return name.endsWith(".toc") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * The views every subject is drawn in: the whole theory, and each kind of view with the
     * options varied across them, so that every option is covered by some golden file.
     */
    static List<Case> cases(Subject s) {
        Theory t = s.theory();
        List<Case> cases = new ArrayList<>();
        DiagramOptions base = DiagramOptions.DEFAULT;
        cases.add(new Case(s, "whole", base));
        cases.add(new Case(s, "whole-bt-by-pathway", base.withDirection(RankDirection.BT).withGroupBy(GroupBy.PATHWAY)));
        if (!t.pathways().isEmpty()) {
            cases.add(new Case(s, "pathway-hide-by-horizon", base.withView(new View.OfPathway(t.pathways().get(0).id()))
                    .withContext(ContextMode.HIDE).withGroupBy(GroupBy.HORIZON)));
        }
        firstActor(t).ifPresent(actor -> cases.add(new Case(s, "actor-grey-by-actor-tb-indicators",
                base.withView(new View.OfActor(actor)).withGroupBy(GroupBy.ACTOR).withDirection(RankDirection.TB)
                        .withIndicators(true))));
        firstFunction(t).ifPresent(f -> cases.add(new Case(s, "function-grey-bt",
                base.withView(new View.OfFunction(f)).withDirection(RankDirection.BT))));
        cases.add(new Case(s, "focus-hide-indicators", base.withView(new View.Around(busiestNode(t), 1))
                .withContext(ContextMode.HIDE).withIndicators(true)));
        return cases;
    }

    static List<Case> allCases() throws IOException {
        List<Case> all = new ArrayList<>();
        for (Subject s : subjects()) {
            all.addAll(cases(s));
        }
        return all;
    }

    private static Optional<String> firstActor(Theory t) {
        return t.actors().keySet().stream().filter(a -> t.nodes().values().stream()
                .anyMatch(n -> n.contributors().contains(a) || a.equals(n.owner()))).findFirst();
    }

    private static Optional<NetworkFunction> firstFunction(Theory t) {
        for (NetworkFunction f : NetworkFunction.values()) {
            boolean used = t.nodes().values().stream().anyMatch(n -> n.functions().contains(f))
                    || t.pathways().stream().anyMatch(p -> p.functions().contains(f));
            if (used) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The node with the most links, the first declared on a tie. */
    static String busiestNode(Theory t) {
        String best = null;
        long most = -1;
        for (Node n : t.nodes().values()) {
            long degree = t.links().stream().filter(l -> l.from().equals(n.id()) || l.to().equals(n.id())).count();
            if (degree > most) {
                best = n.id();
                most = degree;
            }
        }
        return best;
    }

    /** How many theory nodes a case draws. */
    static int drawnNodes(Case c) throws ViewException {
        if (c.options().context() == ContextMode.GREY) {
            return c.subject().theory().nodes().size();
        }
        return c.options().view().select(c.subject().theory(),
                new org.tocworkbench.compiler.graph.TheoryGraph(c.subject().theory())).nodes().size();
    }

    static Optional<NativeDotEngine> nativeEngine() {
        return NativeDotEngine.findOnPath().map(dot -> new NativeDotEngine(dot, java.time.Duration.ofMinutes(2), 96));
    }

    /**
     * Graphviz's {@code dot} for the tests that need it. Missing, the test fails with what to
     * install (CI installs it), unless {@code -Dtoc.noDot=true} says to skip those tests on purpose.
     */
    static NativeDotEngine requiredNativeEngine() {
        Optional<NativeDotEngine> engine = nativeEngine();
        if (engine.isEmpty() && Boolean.getBoolean("toc.noDot")) {
            Assumptions.abort("Graphviz's dot is not on the PATH and -Dtoc.noDot=true skips the tests that need it");
        }
        return engine.orElseThrow(() -> new AssertionError(
                "Graphviz's dot is not on the PATH: apt-get install -y graphviz (or run with -Dtoc.noDot=true to skip these tests)"));
    }

    // ---------------------------------------------------------------- checks on pictures

    /** Parses SVG as XML (the DTD is not fetched), failing on anything not well-formed. */
    static Document parseSvg(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(new String(svg, StandardCharsets.UTF_8))));
    }

    /** The {@code <g class="node ...">} elements, one per drawn node. */
    static List<Element> svgNodes(Document svg) {
        List<Element> nodes = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").split(" ")[0].equals("node") && g.getAttribute("id").startsWith("node-")) {
                nodes.add(g);
            }
        }
        return nodes;
    }

    static void assertSvgHasOneElementPerNode(byte[] svg, int expected, String what) throws Exception {
        List<Element> nodes = svgNodes(parseSvg(svg));
        assertEquals(expected, nodes.size(), what + ": node elements in the SVG");
        assertEquals(expected, nodes.stream().map(e -> e.getAttribute("id")).distinct().count(), what + ": ids unique");
    }

    static String serialise(org.w3c.dom.Node node) throws Exception {
        var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        var out = new java.io.StringWriter();
        transformer.transform(new javax.xml.transform.dom.DOMSource(node), new javax.xml.transform.stream.StreamResult(out));
        return out.toString();
    }

    /** Width and height of a PNG, from its header, after checking its signature. */
    static int[] pngSize(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (int i = 0; i < signature.length; i++) {
            assertEquals(signature[i], png[i], "PNG signature byte " + i);
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        return new int[] {b.getInt(16), b.getInt(20)};
    }

    /** Width and height of a PDF's first page in points, after checking its header. */
    static float[] pdfSize(byte[] pdf) throws IOException {
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "PDF header");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle box = document.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    static void assertSensible(int width, int height, String what) {
        assertTrue(width >= 100 && width <= 20_000 && height >= 100 && height <= 20_000,
                what + " has a sensible size: " + width + " x " + height);
    }
}
