package org.tocworkbench.evaluator.ingest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns library exceptions into sentences a person can act on. */
final class Failures {
    private Failures() {
    }

    /** The innermost useful message, with POI's zip-bomb guard explained. */
    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return "a part of the file expands far more than its compressed size (over 100 times), which is how"
                        + " zip bombs look; refused by the zip-bomb guard. If the file is genuine, re-save it in Excel";
            }
            if (message != null && message.contains("DTD")) {
                return message;
            }
            if (message != null && message.contains("entity")) {
                return message;
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = error.getMessage();
        }
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /**
     * True when the bytes could not be read at all — missing file, no permission, a failing disk
     * (exit 3) — rather than read and found wrong (exit 1).
     */
    static boolean isIo(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.NoSuchFileException || t instanceof java.nio.file.AccessDeniedException
                    || t instanceof java.io.FileNotFoundException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.contains("Input/output error")) {
                return true;
            }
        }
        return false;
    }

    static String quoteAll(List<String> names) {
        if (names.isEmpty()) {
            return "(none)";
        }
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
