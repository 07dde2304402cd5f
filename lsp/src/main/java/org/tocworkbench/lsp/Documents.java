package org.tocworkbench.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tocworkbench.compiler.source.SourceFile;

/** The documents the editor has open: their text and version, by URI. Thread-safe. */
final class Documents {
    /** One open buffer. {@code path} is null for a URI that is not a file (an untitled buffer). */
    record Document(String uri, Path path, String text, int version) {
        SourceFile source() {
            return new SourceFile(path == null ? uri : displayPath(path), path, text);
        }
    }

    private final Map<String, Document> open = new ConcurrentHashMap<>();

    void put(String uri, String text, int version) {
        open.put(uri, new Document(uri, path(uri), text, version));
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
