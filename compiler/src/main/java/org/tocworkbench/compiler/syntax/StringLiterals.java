package org.tocworkbench.compiler.syntax;

/** Reading string literals as written in .toc files, and writing them back. */
public final class StringLiterals {
    private StringLiterals() {
    }

    /**
     * The value of a literal: {@code "..."} with escapes {@code \" \\ \n \t} (any other backslash is
     * kept as written), or {@code """..."""} taken as written with its common indentation removed.
     * An unterminated literal (no closing quote) is read up to the end of its line.
     */
    public static String unquote(String literal, boolean longString) {
        if (longString) {
            String body = literal.substring(3, Math.max(3, literal.length() - 3));
            return dedent(body);
        }
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < literal.length()) {
                char next = literal.charAt(++i);
                switch (next) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String dedent(String body) {
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\n")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line.isBlank() ? "" : line.substring(Math.min(indent, line.length())));
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString().strip();
    }

    /** A literal that reads back as {@code value}. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
