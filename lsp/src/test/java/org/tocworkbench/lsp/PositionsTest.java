package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.Position;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tocworkbench.compiler.source.SourceFile;

class PositionsTest {
    /** The end of a text, as a whole-document edit must reach it: line breaks, emoji and a byte-order mark. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                        | 0 | 0",
        "impact I                  | 0 | 8",
        "a\\nb                     | 1 | 1",
        "a\\n                      | 1 | 0",
        "a\\r\\nbc\\r\\n           | 2 | 0",
        "a\\rbc                    | 1 | 2",
        "x \uD83C\uDF31            | 0 | 4",
        "\uFEFFimpact I            | 0 | 9",
        "\uFEFFa\\nb               | 1 | 1"})
    void theEndOfAnEditorTextCountsItsLinesAndUtf16Units(String written, int line, int character) {
        String text = written.replace("\\r", "\r").replace("\\n", "\n");
        assertEquals(new Position(line, character), Positions.end(new SourceFile("t.toc", text), text));
    }
}
