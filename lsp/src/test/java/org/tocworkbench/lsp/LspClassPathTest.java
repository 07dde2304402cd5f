package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The drawing libraries (graphviz-java with its embedded J2V8 engine and SVG rasteriser, PDFBox
 * and its Graphics2D bridge) belong to the render module alone: the lsp does not draw, and
 * carrying them costs start-up time and class-path size in every run. A dependency that brings
 * one back (directly or through another library) fails here.
 */
class LspClassPathTest {
    /** One well-known class of each drawing library. */
    private static final List<String> DRAWING_CLASSES = List.of(
            "guru.nidi.graphviz.engine.Graphviz",
            "com.eclipsesource.v8.V8",
            "com.kitfox.svg.SVGDiagram",
            "org.apache.pdfbox.pdmodel.PDDocument",
            "de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D");

    @Test
    void drawingLibrariesAreNotOnTheClassPath() {
        ClassLoader loader = LspClassPathTest.class.getClassLoader();
        List<String> present = DRAWING_CLASSES.stream()
                .filter(name -> loader.getResource(name.replace('.', '/') + ".class") != null)
                .toList();
        assertEquals(List.of(), present, "the lsp's class path carries drawing libraries; they belong in render/");
    }
}
