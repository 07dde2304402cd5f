package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader takes a whole field from its buffer at once when it can (performance.md, "DHIS2
 * data value set"). That shortcut must give exactly the rows, cells and damage reports of the
 * character-at-a-time reading: random CSV text — quotes, doubled and stray quotes, blanks around
 * fields, CR, LF and CRLF, replacement characters, every delimiter — is read both ways, the quick
 * one with buffers of 1 to 40 characters so that fields are cut at every buffer edge.
 */
class CsvQuickFieldTest {
    private static final String ALPHABET = "ab1.-  ,;\t|\"\"\n\r\u00e9\uFFFD";

    @Test
    void takingWholeFieldsFromTheBufferReadsTheSameRowsAsReadingCharacterByCharacter() throws Exception {
        Random random = new Random(20261207);
        int differentShapes = 0;
        for (int trial = 0; trial < 3000; trial++) {
            String text = randomCsv(random);
            char delimiter = ",;\t|".charAt(random.nextInt(4));
            String slow = read(text, delimiter, 1 << 16, false);
            String quick = read(text, delimiter, 1 + random.nextInt(40), true);
            String quickLarge = read(text, delimiter, 1 << 16, true);
            assertEquals(slow, quick, () -> "delimiter " + (int) delimiter + ", text: " + escape(text));
            assertEquals(slow, quickLarge, () -> "delimiter " + (int) delimiter + ", text: " + escape(text));
            if (slow.contains("damaged")) {
                differentShapes++;
            }
        }
        assertTrue(differentShapes > 100, "the random texts include damaged ones: " + differentShapes);
    }

    @Test
    void quotedAndPlainFieldsKeepTheirBlanksAsBefore() throws Exception {
        String rows = read("a , \" b \",c\r\n\"x\"\"y\", z \n", ',', 1 << 16, true);
        assertEquals("row 1:[a][ b ][c]\nrow 2:[x\"y][z]\n", rows);
    }

    private static String randomCsv(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(120);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(6) == 0) {
                s.append(random.nextBoolean() ? "\"quoted, field\"" : "plain text");
            } else {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return s.toString();
    }

    /** Every row with its cells, then every damage report, as text. */
    private static String read(String text, char delimiter, int bufferSize, boolean quick)
            throws IOException, ImportException {
        StringBuilder out = new StringBuilder();
        List<String> damaged = new ArrayList<>();
        try {
            CsvWorkbook.parse("t.csv", new StringReader(text), delimiter, new RowHandler() {
                @Override
                public boolean row(SheetRow row) {
                    out.append("row ").append(row.number()).append(':');
                    for (int i = 0; i < row.width(); i++) {
                        out.append(' ').append(i).append('[').append(row.text(i)).append(']');
                    }
                    out.append('\n');
                    return true;
                }

                @Override
                public void damaged(int row, DataIssue.Kind kind, String message) {
                    damaged.add("damaged " + row + " " + kind + " " + message);
                }
            }, bufferSize, quick);
        } catch (ImportException e) {
            out.append("failed: ").append(e.getMessage());
        }
        return out.toString().replaceAll(" \\d+\\[", "[") + String.join("\n", damaged);
    }

    private static String escape(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
