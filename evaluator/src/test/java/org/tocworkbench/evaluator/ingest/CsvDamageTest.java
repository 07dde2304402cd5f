package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 2: a stray quote in a CSV file no longer drops the rest of the file. The
 * property test damages CSV files at random (quotes, separators, encodings, cut lines) and
 * checks that every line of the file is either read into a row or named in an issue.
 */
class CsvDamageTest {
    @TempDir
    Path dir;

    @Test
    void anUnterminatedQuoteIsAnIssueNamingItsLineAndLaterRowsAreRead() throws Exception {
        StringBuilder csv = new StringBuilder("Indicator,Period,Value,Comment\n");
        csv.append("visits,2024-Q1,10,\"late report\n");
        for (int q = 2; q <= 4; q++) {
            csv.append("visits,2024-Q").append(q).append(',').append(10 * q).append(",ok\n");
        }
        Path file = Fixtures.text(dir, "stray.csv", csv.toString());

        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));

        assertEquals(4, c.of("visits").size(), c.describeIssues());
        List<DataIssue> quotes = c.issues(DataIssue.Kind.UNTERMINATED_QUOTE);
        assertEquals(1, quotes.size(), c.describeIssues());
        assertTrue(quotes.get(0).message().startsWith("line 2:"), quotes.get(0).message());
        assertEquals(2, quotes.get(0).where().row());
        assertEquals(1, c.result.totalIssues(), c.describeIssues());
        assertEquals(4, c.result.rowsRead(), "every data line is a row read: " + c.result);
    }

    @Test
    void aClosingQuoteLinesLaterFollowedByTextMakesTheOpeningQuoteAStray() throws Exception {
        Path file = Fixtures.text(dir, "two.csv", "Indicator,Period,Value\n"
                + "visits,\"2024-Q1,1\n"
                + "visits,2024-Q2,2\n"
                + "visits,2024-Q3\"x,3\n"
                + "visits,2024-Q4,4\n");
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(1, c.issues(DataIssue.Kind.UNTERMINATED_QUOTE).size(), c.describeIssues());
        List<Double> values = c.of("visits").stream().map(Observation::value).toList();
        assertTrue(values.contains(2.0) && values.contains(4.0), values + " " + c.describeIssues());
    }

    @Test
    void hiddenCharactersOfACellAreEscapedInItsIssue() throws Exception {
        Path file = Fixtures.text(dir, "bidi.csv", "Indicator,Period,Value\nvisits,2024-Q1,12\u202e34\n");
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        List<DataIssue> issues = c.issues(DataIssue.Kind.NON_NUMERIC_VALUE);
        assertEquals(1, issues.size(), c.describeIssues());
        assertTrue(issues.get(0).message().contains("12<U+202E>34"), issues.get(0).message());
    }

    @Test
    void aQuotedLineBreakThatClosesProperlyIsStillOneField() throws Exception {
        Path file = Fixtures.text(dir, "ok.csv", "Indicator,Period,Value,Comment\n"
                + "visits,2024-Q1,3,\"two\nlines\"\nvisits,2024-Q2,4,\n");
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(2, c.observations.size(), c.describeIssues());
        assertEquals(0, c.result.totalIssues(), c.describeIssues());
    }

    /** The CSV reader alone: every line's marker is in a cell of some row, or the line is named in an issue. */
    @Test
    void everyLineOfARandomlyDamagedCsvIsReadOrNamedInAnIssue() throws IOException, ImportException {
        Random random = new Random(1313);
        for (int trial = 0; trial < 400; trial++) {
            int lines = 2 + random.nextInt(40);
            char delimiter = ",;\t|".charAt(random.nextInt(4));
            List<String> text = new ArrayList<>();
            for (int i = 1; i <= lines; i++) {
                text.add(damage("L" + i + "X" + delimiter + "2024-Q" + (1 + i % 4) + delimiter + i * 7 + delimiter
                        + "note é " + i, random));
            }
            String separator = random.nextInt(5) == 0 ? "\r\n" : random.nextInt(8) == 0 ? "\r" : "\n";
            String content = String.join(separator, text) + (random.nextBoolean() ? separator : "");
            Charset charset = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
                    StandardCharsets.UTF_16LE).get(random.nextInt(3));
            byte[] bytes = content.getBytes(charset);
            if (charset.equals(StandardCharsets.UTF_16LE)) {
                byte[] withBom = new byte[bytes.length + 2];
                withBom[0] = (byte) 0xFF;
                withBom[1] = (byte) 0xFE;
                System.arraycopy(bytes, 0, withBom, 2, bytes.length);
                bytes = withBom;
            }
            Path file = dir.resolve("damaged" + trial + ".csv");
            Files.write(file, bytes);

            StringBuilder cells = new StringBuilder();
            Set<Integer> named = new TreeSet<>();
            List<String> messages = new ArrayList<>();
            new CsvWorkbook(file, file.getFileName().toString()).read("", new RowHandler() {
                @Override
                public boolean row(SheetRow row) {
                    for (int i = 0; i < row.width(); i++) {
                        cells.append(row.text(i)).append('\u0000');
                    }
                    return true;
                }

                @Override
                public void damaged(int row, DataIssue.Kind kind, String message) {
                    messages.add(message);
                    named.add(Integer.parseInt(message.substring(5, message.indexOf(':'))));
                }
            });
            String read = cells.toString();
            for (int i = 1; i <= lines; i++) {
                boolean inACell = read.contains("L" + i + "X");
                assertTrue(inACell || named.contains(i), () -> "trial with " + charset + ": line lost: " + content
                        + "\nissues: " + messages);
            }
        }
    }

    private static String damage(String line, Random random) {
        StringBuilder s = new StringBuilder(line);
        int kind = random.nextInt(10);
        int marker = s.indexOf("X") + 1;
        int at = marker + random.nextInt(s.length() - marker + 1);
        switch (kind) {
            case 0, 1 -> s.insert(at, '"');
            case 2 -> s.insert(at, ",;\t|".charAt(random.nextInt(4)));
            case 3 -> s.insert(at, "\"\"");
            case 4 -> s.setLength(at);
            default -> {
            }
        }
        return s.toString();
    }
}
