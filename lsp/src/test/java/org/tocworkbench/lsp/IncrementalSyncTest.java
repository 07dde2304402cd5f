package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental text synchronisation: ranged changes applied by the server give the same text as a
 * plain reference implementation here (which walks the text character by character), and the
 * diagnostics of the edited document are those of the same text opened afresh.
 */
class IncrementalSyncTest {
    /** A theory with CRLF and LF line ends, emoji (surrogate pairs), accents and a comment. */
    private static final String SAMPLE = "impact I \"🌍 World 🙂\"\r\n"
            + "outcome O1 \"🌱 Growth é\" horizon short\r\n"
            + "// a comment 😀😀\n"
            + "activity A1 \"Train\"\r\n"
            + "A1 -> O1 -> I\n";

    /** Pieces the random edits insert: plain text, line ends of every kind, surrogate pairs, whole statements. */
    private static final String[] PIECES = {"", "x", "O1", " ", "🙂", "é", "\n", "\r\n", "\r", "ab\r\ncd", "😀\n😀",
        "outcome O9 \"New 🌱\" horizon long\r\n", "O9 -> I\n", "\"", "{", "horizon shrot", "// note 🙂\r\n"};

    @Test
    void theServerOffersIncrementalSync() throws Exception {
        try (LspSession session = new LspSession()) {
            assertEquals(TextDocumentSyncKind.Incremental,
                    session.initialized.getCapabilities().getTextDocumentSync().getRight().getChange());
        }
    }

    @Test
    void rangesClampToTheLineEndAndTheTextEndAndCountUtf16Units() {
        String text = "ab🙂c\r\nde\rf\n";
        assertEquals("ab🙂Xc\r\nde\rf\n", apply(text, change(0, 4, 0, 4, "X")), "after the two-unit emoji");
        assertEquals("ab🙂cX\r\nde\rf\n", apply(text, change(0, 99, 0, 99, "X")), "a column past the line end");
        assertEquals("ab🙂c\r\nde\rf\nX", apply(text, change(9, 0, 12, 3, "X")), "a line past the text end");
        assertEquals("ab🙂c\r\ndXf\n", apply(text, change(1, 1, 2, 0, "X")), "across a CR line end");
        assertEquals("aXde\rf\n", apply(text, change(1, 0, 0, 1, "X")), "a range given end first");
        assertEquals("Xb🙂c\r\nde\rf\n", apply(text, change(-1, 0, 0, 1, "X")), "a negative line is the start");
        assertEquals("\uFEFFXb", apply("\uFEFFab", change(0, 0, 0, 1, "X")), "a byte-order mark is not a column");
    }

    @Test
    void aChangeWithoutRangeReplacesTheWholeTextEvenAmongRangedOnes() {
        String result = Documents.apply(document("one\ntwo\n"), List.of(change(0, 0, 0, 3, "1"),
                new TextDocumentContentChangeEvent("three\nfour"), change(1, 0, 1, 4, "4")));
        assertEquals("three\n4", result);
    }

    /** Many random batches applied directly: fast, so many more cases than through a session. */
    @Test
    void randomBatchesGiveTheReferenceText() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            String text = SAMPLE;
            for (int step = 0; step < 30; step++) {
                List<TextDocumentContentChangeEvent> batch = batch(random, text);
                String expected = reference(text, batch);
                String actual = Documents.apply(document(text), batch);
                assertEquals(expected, actual, "seed " + seed + ", step " + step + ", changes " + describe(batch)
                        + " on " + quote(text));
                text = actual;
            }
        }
    }

    @Test
    void rangedDidChangesThroughTheProtocolKeepTheServersTextAndDiagnosticsRight(@TempDir Path dir) throws Exception {
        String uri = Documents.uri(dir.resolve("edited.toc"));
        String text = SAMPLE;
        int version = 1;
        Random random = new Random(20261203);
        try (LspSession session = new LspSession()) {
            session.open(uri, text);
            for (int step = 0; step < 60; step++) {
                List<TextDocumentContentChangeEvent> batch = batch(random, text);
                String expected = reference(text, batch);
                session.change(uri, ++version, batch);
                assertEquals(expected, session.textAt(uri, version), "step " + step + ", changes " + describe(batch)
                        + " on " + quote(text));
                text = expected;
            }
            int last = version;
            PublishDiagnosticsParams edited = session.awaitDiagnostics(uri,
                    p -> p.getVersion() != null && p.getVersion() == last, Duration.ofSeconds(30));
            try (LspSession fresh = new LspSession()) {
                fresh.open(uri, text);
                PublishDiagnosticsParams opened = fresh.awaitDiagnostics(uri);
                assertEquals(opened.getDiagnostics(), edited.getDiagnostics());
            }
        }
    }

    @Test
    void aRangedEditFixesAndThenBreaksTheTheory(@TempDir Path dir) throws Exception {
        String uri = Documents.uri(dir.resolve("typo.toc"));
        String text = "impact I \"🌍 World\"\r\noutcome O1 \"Growth\" horizon shrot\r\nO1 -> I\r\n";
        try (LspSession session = new LspSession()) {
            session.open(uri, text);
            session.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty(), Duration.ofSeconds(20));
            int column = "outcome O1 \"Growth\" horizon ".length();
            session.change(uri, 2, List.of(change(1, column, 1, column + 5, "short")));
            session.awaitDiagnostics(uri, p -> p.getVersion() == 2 && p.getDiagnostics().stream()
                    .noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), Duration.ofSeconds(20));
            session.change(uri, 3, List.of(change(2, 6, 2, 7, "Impakt")));
            PublishDiagnosticsParams broken = session.awaitDiagnostics(uri, p -> p.getVersion() == 3, Duration.ofSeconds(20));
            List<Diagnostic> errors = broken.getDiagnostics().stream()
                    .filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
            assertEquals(1, errors.size(), broken.toString());
            assertEquals("TOC101", errors.get(0).getCode().getLeft());
            assertEquals(new Range(new Position(2, 6), new Position(2, 12)), errors.get(0).getRange());
        }
    }

    // ------------------------------------------------------------------ random edits

    /** One to four changes: ranged (inserts, deletes, replacements, any span of lines), now and then whole-text. */
    private static List<TextDocumentContentChangeEvent> batch(Random random, String text) {
        List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        if (random.nextInt(3) == 0) {
            // as editors send a multi-cursor edit: ranges in the same text, from the last to the first
            int[] offsets = random.ints(count * 2, 0, text.length() + 1).sorted().toArray();
            for (int i = count - 1; i >= 0; i--) {
                changes.add(change(position(text, offsets[2 * i]), position(text, offsets[2 * i + 1]), piece(random)));
            }
            return changes;
        }
        String current = text;
        for (int i = 0; i < count; i++) {
            TextDocumentContentChangeEvent change;
            int kind = random.nextInt(20);
            if (kind == 0) {
                int from = current.isEmpty() ? 0 : random.nextInt(current.length());
                change = new TextDocumentContentChangeEvent(current.isEmpty() ? SAMPLE
                        : current.substring(splitsPair(current, from) ? from - 1 : from));
            } else {
                Position start = randomPosition(random, current);
                Position end = switch (kind % 4) {
                    case 0 -> start; // an insert
                    case 1 -> new Position(start.getLine() + random.nextInt(3), random.nextInt(40)); // multi-line
                    default -> randomPosition(random, current);
                };
                change = change(start, end, kind % 4 == 2 ? "" : piece(random));
            }
            changes.add(change);
            current = reference(current, List.of(change));
        }
        return changes;
    }

    private static String piece(Random random) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        return random.nextInt(5) == 0 ? piece + PIECES[random.nextInt(PIECES.length)] : piece;
    }

    /**
     * A position anywhere, now and then past the end of its line or of the text; never between the
     * two halves of a surrogate pair, where no editor puts one (and a half pair would not survive
     * the UTF-8 of JSON-RPC when the text is sent whole).
     */
    private static Position randomPosition(Random random, String text) {
        if (random.nextInt(10) == 0) {
            Position far = new Position(random.nextInt(12), random.nextInt(60));
            int at = offset(text, far);
            return splitsPair(text, at) ? position(text, at - 1) : far;
        }
        return position(text, random.nextInt(text.length() + 1));
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    /** The LSP position of an offset: lines end at LF, CRLF or CR; columns count UTF-16 units. */
    private static Position position(String text, int offset) {
        if (splitsPair(text, offset)) {
            offset--;
        }
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        if (offset > lineStart && text.charAt(offset - 1) == '\r' && offset < text.length() && text.charAt(offset) == '\n') {
            offset--; // between CR and LF: the end of the line
        }
        return new Position(line, offset - lineStart);
    }

    // ------------------------------------------------------------------ the reference

    /** The changes applied one by one with the simplest code there is. */
    private static String reference(String text, List<TextDocumentContentChangeEvent> changes) {
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                text = change.getText();
                continue;
            }
            int a = offset(text, change.getRange().getStart());
            int b = offset(text, change.getRange().getEnd());
            text = text.substring(0, Math.min(a, b)) + change.getText() + text.substring(Math.max(a, b));
        }
        return text;
    }

    private static int offset(String text, Position position) {
        if (position.getLine() < 0) {
            return 0;
        }
        int i = 0;
        for (int line = 0; line < position.getLine(); line++) {
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            if (i >= text.length()) {
                return text.length();
            }
            i += text.startsWith("\r\n", i) ? 2 : 1;
        }
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return i + Math.max(0, Math.min(position.getCharacter(), end - i));
    }

    // ------------------------------------------------------------------ helpers

    private static String apply(String text, TextDocumentContentChangeEvent change) {
        String result = Documents.apply(document(text), List.of(change));
        if (!text.startsWith("\uFEFF")) {
            assertEquals(reference(text, List.of(change)), result, "the reference agrees");
        }
        return result;
    }

    private static Documents.Document document(String text) {
        return new Documents.Document("untitled:test", null, text, 1);
    }

    private static TextDocumentContentChangeEvent change(int l1, int c1, int l2, int c2, String text) {
        return change(new Position(l1, c1), new Position(l2, c2), text);
    }

    private static TextDocumentContentChangeEvent change(Position start, Position end, String text) {
        return new TextDocumentContentChangeEvent(new Range(start, end), text);
    }

    private static String describe(List<TextDocumentContentChangeEvent> batch) {
        StringBuilder out = new StringBuilder();
        for (TextDocumentContentChangeEvent c : batch) {
            out.append(c.getRange() == null ? "whole" : c.getRange().getStart().getLine() + ":" + c.getRange().getStart().getCharacter()
                    + "-" + c.getRange().getEnd().getLine() + ":" + c.getRange().getEnd().getCharacter()).append(" ").append(quote(c.getText())).append("; ");
        }
        return out.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
