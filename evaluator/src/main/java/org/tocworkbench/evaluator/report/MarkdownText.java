package org.tocworkbench.evaluator.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes user text for Markdown, including inside table cells: the characters that start
 * emphasis, code, links, tables and strike-through are backslash-escaped, HTML is written as
 * entities so that it shows as text, and line breaks become spaces.
 */
public final class MarkdownText {
    private static final Pattern QUOTED = Pattern.compile("`([^`\\r\\n]+)`");

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\': case '`': case '*': case '_': case '|': case '[': case ']': case '~': case '#':
                    out.append('\\').append(c);
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '\r':
                    break;
                case '\n':
                case '\t':
                    out.append(' ');
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One of our own messages, which quote names and values in backticks: each quoted part stays
     * inline code (with `|` escaped so that a table cell holds), the rest is escaped as user text.
     * An unpaired backtick is escaped.
     */
    public static String message(String text) {
        if (text == null) {
            return "";
        }
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (quoted.find()) {
            out.append(escape(text.substring(last, quoted.start())))
                    .append('`').append(quoted.group(1).replace("|", "\\|")).append('`');
            last = quoted.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    /** An identifier as inline code; identifiers never contain backticks, anything else is escaped. */
    public static String code(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        return id.matches("[\\p{L}\\p{N}_.\\- >]+") ? "`" + id + "`" : escape(id);
    }
}
