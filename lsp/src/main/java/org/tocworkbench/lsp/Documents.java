package org.tocworkbench.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.tocworkbench.compiler.source.SourceFile;

/** The documents the editor has open: their text and version, by URI. Thread-safe. */
final class Documents {
    /**
     * One open buffer. {@code path} is null for a URI that is not a file (an untitled buffer). The
     * source file (with its line index) is made once per version, on first use, and shared by the
     * checker, the requests and the next incremental change.
     */
    static final class Document {
        private final String uri;
        private final Path path;
        private final String text;
        private final int version;
        private volatile SourceFile source;

        Document(String uri, Path path, String text, int version) {
            this.uri = uri;
            this.path = path;
            this.text = text;
            this.version = version;
        }

        String uri() {
            return uri;
        }

        Path path() {
            return path;
        }

        String text() {
            return text;
        }

        int version() {
            return version;
        }

        SourceFile source() {
            SourceFile made = source;
            if (made == null) {
                made = new SourceFile(path == null ? uri : displayPath(path), path, text);
                source = made;
            }
            return made;
        }
    }

    private final Map<String, Document> open = new ConcurrentHashMap<>();

    void put(String uri, String text, int version) {
        open.put(uri, new Document(uri, path(uri), text, version));
    }

    /**
     * Applies the changes of one {@code didChange} in order, each to the text the one before left
     * (see {@link #apply}), and stores the result as {@code version}. A document that is not open
     * starts from the empty text.
     */
    void change(String uri, List<TextDocumentContentChangeEvent> changes, int version) {
        open.compute(uri, (key, old) -> {
            Document base = old != null ? old : new Document(uri, path(uri), "", version);
            return new Document(uri, base.path(), apply(base, changes), version);
        });
    }

    /**
     * The text of {@code document} after {@code changes}, applied in order. A change with a range
     * replaces that range; one without replaces the whole text. Positions are 0-based lines and
     * UTF-16 columns, converted by {@link Positions#offset} with the compiler's line index (LF,
     * CRLF and CR line ends), so a column past the end of its line means the line end and a line
     * past the end of the text means the end of the text; a range given end first is taken the
     * right way round. Each change costs one copy of the text; the line index of the text before a
     * change still serves the next change's positions when they lie on lines wholly before the
     * edited place (editors send several changes of one edit from the last to the first), and is
     * rebuilt otherwise. The first change uses the document's own index, which the check of that
     * version builds or reuses too.
     */
    static String apply(Document document, List<TextDocumentContentChangeEvent> changes) {
        String text = document.text();
        SourceFile index = null;
        // the line index drops a leading byte-order mark; its offsets are that much short of the text's
        int shift = 0;
        int validBefore = Integer.MAX_VALUE;
        boolean untouched = true;
        for (TextDocumentContentChangeEvent change : changes) {
            String inserted = change.getText() == null ? "" : change.getText();
            Range range = change.getRange();
            if (range == null || range.getStart() == null || range.getEnd() == null) {
                text = inserted;
                index = null;
                untouched = false;
                continue;
            }
            if (index == null && untouched) {
                index = document.source(); // made once per version, and shared with the check of it
                shift = bom(text);
            } else if (index == null || !before(index, shift, range.getStart(), validBefore)
                    || !before(index, shift, range.getEnd(), validBefore)) {
                index = new SourceFile("", text);
                shift = bom(text);
                validBefore = Integer.MAX_VALUE;
            }
            int a = Positions.offset(index, range.getStart()) + shift;
            int b = Positions.offset(index, range.getEnd()) + shift;
            int start = Math.min(a, b);
            int end = Math.max(a, b);
            text = new StringBuilder(text.length() - (end - start) + inserted.length())
                    .append(text, 0, start).append(inserted).append(text, end, text.length()).toString();
            validBefore = Math.min(validBefore, start);
            untouched = false;
        }
        return text;
    }

    private static int bom(String text) {
        return text.startsWith("\uFEFF") ? 1 : 0;
    }

    /**
     * Whether a position's line, line end included, lies wholly before offset {@code validBefore} of
     * the text (the first place changed since the index was made), and one character more, so that
     * a CR that ends it cannot have become half of a CRLF: then the index still places it right.
     */
    private static boolean before(SourceFile index, int shift, Position position, int validBefore) {
        if (validBefore == Integer.MAX_VALUE) {
            return true;
        }
        int line = position.getLine() + 1;
        if (line < 1) {
            return shift < validBefore;
        }
        return line + 1 <= index.lineCount() && index.lineStart(line + 1) + shift < validBefore;
    }

    Optional<Document> get(String uri) {
        return Optional.ofNullable(open.get(uri));
    }

    void remove(String uri) {
        open.remove(uri);
    }

    Collection<Document> all() {
        return open.values();
    }

    /** The text of an open buffer at a file path, or null; the compiler reads imports through this. */
    String textAt(Path path) {
        for (Document document : open.values()) {
            if (document.path() != null && samePath(document.path(), path)) {
                return document.text();
            }
        }
        return null;
    }

    /** The file a {@code file:} URI names, absolute and normalised; null for other schemes or bad URIs. */
    static Path path(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equalsIgnoreCase(parsed.getScheme()) ? Path.of(parsed).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The URI a client knows a file by. */
    static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** A path as messages show it: relative to the working directory when it lies under it. */
    static String displayPath(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }
}
