package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Graphviz's own {@code dot} (CI installs it; {@code -Dtoc.noDot=true} skips these tests where it cannot be installed). */
class NativeEngineTest {
    private final DiagramRenderer renderer = new DiagramRenderer();

    private static NativeDotEngine engine() {
        return RenderFixtures.requiredNativeEngine();
    }

    @TestFactory
    Stream<DynamicTest> dotAcceptsEveryTheoryInEveryViewAndDrawsOneSvgElementPerNode() throws IOException {
        List<RenderFixtures.Case> cases = RenderFixtures.allCases();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            byte[] svg = renderer.render(c.subject().theory(), c.options(), DiagramFormat.SVG, engine());
            RenderFixtures.assertSvgHasOneElementPerNode(svg, RenderFixtures.drawnNodes(c), c.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTheoryGivesByteIdenticalSvgAndSensiblePngAndPdf() throws IOException {
        return RenderFixtures.subjects().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            NativeDotEngine engine = engine();
            DiagramOptions options = DiagramOptions.DEFAULT;
            byte[] first = renderer.render(s.theory(), options, DiagramFormat.SVG, engine);
            byte[] second = renderer.render(s.theory(), options, DiagramFormat.SVG, engine);
            assertArrayEquals(first, second, "same DOT, same SVG bytes");
            int[] png = RenderFixtures.pngSize(renderer.render(s.theory(), options, DiagramFormat.PNG, engine));
            RenderFixtures.assertSensible(png[0], png[1], s.name() + " PNG");
            byte[] pdf = renderer.render(s.theory(), options, DiagramFormat.PDF, engine);
            float[] size = RenderFixtures.pdfSize(pdf);
            RenderFixtures.assertSensible(Math.round(size[0]), Math.round(size[1]), s.name() + " PDF");
            assertArrayEquals(pdf, renderer.render(s.theory(), options, DiagramFormat.PDF, engine),
                    "PDF bytes do not depend on the time they were made");
        }));
    }

    @Test
    void pdfCreationTimeIsReplacedByAFixedOneOfTheSameLength() {
        byte[] pdf = "%PDF-1.5\n<< /CreationDate (D:20261123183213Z) >>\n".getBytes(StandardCharsets.ISO_8859_1);
        String fixed = new String(NativeDotEngine.fixPdfDate(pdf), StandardCharsets.ISO_8859_1);
        assertEquals(pdf.length, fixed.length());
        assertTrue(fixed.contains("(D:20000101000000Z)") || System.getenv("SOURCE_DATE_EPOCH") != null, fixed);
    }

    @Test
    void aFailingDotIsReportedWithWhatItPrinted(@TempDir Path dir) throws IOException {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"));
        Path fake = script(dir, "#!/bin/sh\ncat >/dev/null\necho 'Error: syntax error in line 3' >&2\nexit 1\n");
        NativeDotEngine engine = new NativeDotEngine(fake, Duration.ofSeconds(20), 96);
        RenderException e = assertThrows(RenderException.class, () -> engine.render("digraph {", DiagramFormat.SVG));
        assertTrue(e.getMessage().contains("`dot` failed (exit 1): Error: syntax error in line 3"), e.getMessage());
    }

    @Test
    void aDotThatHangsIsStoppedAfterTheTimeout(@TempDir Path dir) throws IOException {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"));
        Path fake = script(dir, "#!/bin/sh\nexec sleep 30\n");
        NativeDotEngine engine = new NativeDotEngine(fake, Duration.ofSeconds(1), 96);
        long start = System.nanoTime();
        RenderException e = assertThrows(RenderException.class, () -> engine.render("digraph {}", DiagramFormat.SVG));
        assertTrue(e.getMessage().contains("took longer than 1 s"), e.getMessage());
        assertTrue(System.nanoTime() - start < 15_000_000_000L, "stopped promptly");
    }

    private static Path script(Path dir, String text) throws IOException {
        Path file = dir.resolve("dot");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
