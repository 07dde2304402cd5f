package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The drawing libraries (graphviz-java with its embedded J2V8 engine and SVG rasteriser, PDFBox
 * and its Graphics2D bridge) belong to the render module alone: the compiler, the evaluator and
 * the language server do not draw, and carrying them costs start-up time and class-path size.
 * The language server depends on the compiler and the evaluator, so its class path holds
 * everything theirs hand on: a dependency of any of the three that brings a drawing library
 * back (directly or through another library) fails here.
 */
class NoDrawingLibrariesTest {
    /** One well-known class of each drawing library. */
    private static final List<String> DRAWING_CLASSES = List.of(
            "guru.nidi.graphviz.engine.Graphviz",
            "com.eclipsesource.v8.V8",
            "com.kitfox.svg.SVGDiagram",
            "org.apache.pdfbox.pdmodel.PDDocument",
            "de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D");
    /** Classes of the modules this test speaks for: it is only as good as they are here. */
    private static final List<String> COVERED = List.of(
            "org.tocworkbench.compiler.TocCompiler",
            "org.tocworkbench.evaluator.MonitoringEvaluation",
            "org.tocworkbench.lsp.TocLanguageServer");

    @Test
    void drawingLibrariesAreNotOnTheClassPathOfTheCompilerEvaluatorOrLanguageServer() {
        ClassLoader loader = NoDrawingLibrariesTest.class.getClassLoader();
        assertEquals(List.of(), COVERED.stream().filter(name -> !present(loader, name)).toList(),
                "the modules this test covers are on its class path");
        assertEquals(List.of(), DRAWING_CLASSES.stream().filter(name -> present(loader, name)).toList(),
                "drawing libraries on the class path of the compiler, evaluator or language server; they belong in render/");
    }

    private static boolean present(ClassLoader loader, String className) {
        return loader.getResource(className.replace('.', '/') + ".class") != null;
    }
}
