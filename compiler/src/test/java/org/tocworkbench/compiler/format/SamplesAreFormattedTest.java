package org.tocworkbench.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.source.SourceFile;

/** Every sample theory is kept in the canonical layout: `toc fmt --check samples` is clean. */
class SamplesAreFormattedTest {
    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
            return files.filter(p -> p.toString().endsWith(".toc")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleIsAlreadyFormatted(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        TocFormatter.Result result = new TocFormatter().format(new SourceFile(sample.toString(), sample, text));
        assertTrue(result.ok(), () -> sample + " does not parse: " + result.errors());
        assertEquals(text, result.text(), () -> sample + " is not formatted; run `./toc fmt " + sample + "`");
    }
}
