package org.tocworkbench.compiler.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a .toc file from disk as UTF-8 text, refusing what is not one: a missing file, a folder,
 * a file over {@link #MAX_BYTES}, binary content or invalid UTF-8. Failures are values.
 */
public final class SourceLoader {
    /** Larger inputs are refused rather than risking memory; a 100,000-node theory is about 15 MB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * Either a file or the reason it could not be read; {@code notText} tells a binary/encoding
     * problem from an I/O one.
     *
     * @param reason what is wrong, to follow the file's name: "does not exist", "is a folder, ..."
     */
    public record Loaded(SourceFile file, String displayPath, String reason, boolean notText, boolean tooLarge) {
        public boolean ok() {
            return file != null;
        }

        /** The problem as a sentence about the file, e.g. "`a.toc` does not exist"; null when loaded. */
        public String problem() {
            return ok() ? null : "`" + displayPath + "` " + reason;
        }
    }

    public Loaded load(Path path, String displayPath) {
        try {
            if (Files.isDirectory(path)) {
                return failure(displayPath, "is a folder, not a .toc file");
            }
            if (!Files.exists(path)) {
                return failure(displayPath, "does not exist");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return new Loaded(null, displayPath, "is " + (size >> 20) + " MB; the limit is " + (MAX_BYTES >> 20) + " MB",
                        false, true);
            }
            byte[] bytes = Files.readAllBytes(path);
            return decode(bytes, displayPath, path);
        } catch (NoSuchFileException e) {
            return failure(displayPath, "does not exist");
        } catch (AccessDeniedException e) {
            return failure(displayPath, "cannot be read: permission denied");
        } catch (IOException | SecurityException e) {
            return failure(displayPath, "cannot be read: " + e.getMessage());
        }
    }

    /** Decodes bytes as UTF-8 text, refusing UTF-16, NUL bytes and malformed sequences. */
    public static Loaded decode(byte[] bytes, String displayPath, Path location) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new Loaded(null, displayPath, "is UTF-16 text; save it as UTF-8", true, false);
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            return new Loaded(null, displayPath, "is not a text file (line " + lineAt(bytes, nul) + " holds a NUL byte)",
                    true, false);
        }
        try {
            // ASCII (most files) is valid UTF-8 as it is: read without the decoder's buffer of two bytes a character.
            String text = isAscii(bytes) ? new String(bytes, StandardCharsets.ISO_8859_1)
                    : StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Loaded(new SourceFile(displayPath, location, text), displayPath, null, false, false);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            return new Loaded(null, displayPath, "is not UTF-8 text (line " + lineAt(bytes, bad)
                    + " holds an invalid byte); save it as UTF-8", true, false);
        }
    }

    private static Loaded failure(String displayPath, String reason) {
        return new Loaded(null, displayPath, reason, false, false);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
