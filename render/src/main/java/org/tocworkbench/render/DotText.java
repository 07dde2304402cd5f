package org.tocworkbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * User text made safe for DOT: quoted strings and HTML-like labels, and word wrapping.
 *
 * <p>Both escapers drop what XML cannot carry (control characters, lone surrogates, U+FFFE/FFFF),
 * so that the SVG Graphviz writes from them is always well-formed, and write {@code & < >} as
 * entities: Graphviz decodes entities in labels and keeps them in SVG attributes, so the text
 * comes out exactly as written in every format ({@code &lt;} included), and no markup from user
 * text appears in the DOT at all.
 */
public final class DotText {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DotText() {
    }

    /** A DOT double-quoted string whose value reads back as {@code text} (backslash escapes included). */
    public static String quote(String text) {
        if (plain(text, "\\\"&<>")) {
            return '"' + text + '"';
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append(' ');
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (isXmlChar(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Text for the inside of an HTML-like label: markup characters as entities, newlines as spaces. */
    public static String html(String text) {
        if (plain(text, "&<>\"")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\t' -> out.append(' ');
                default -> {
                    if (isXmlChar(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** True when no character of {@code text} needs escaping or dropping (the common case, checked fast). */
    private static boolean plain(String text, String special) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c) || c >= 0xFFFE
                    || special.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Lines for an HTML-like label, each escaped, separated by {@code <BR/>} (the cell's BALIGN aligns them). */
    public static String htmlLines(List<String> lines) {
        return String.join("<BR/>", lines.stream().map(DotText::html).toList());
    }

    /**
     * Greedy word wrap to at most {@code width} columns, counting East Asian wide characters as
     * two; explicit newlines start a new line; words longer than a line are cut. At most
     * {@code maxLines} lines are kept, the last one ending in "…" when text was left out.
     */
    public static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : LINE_BREAK.split(text.strip(), -1)) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (String word : SPACES.split(paragraph.strip())) {
                if (word.isEmpty()) {
                    continue;
                }
                int w = columns(word);
                if (used > 0 && used + 1 + w <= width) {
                    line.append(' ').append(word);
                    used += 1 + w;
                    continue;
                }
                if (used > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                while (w > width) {
                    int cut = cutIndex(word, width);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    w = columns(word);
                }
                line.append(word);
                used = w;
            }
            if (used > 0 || lines.isEmpty()) {
                lines.add(line.toString());
            }
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            while (columns(last) + 1 > width && last.contains(" ")) {
                last = last.substring(0, last.lastIndexOf(' '));
            }
            if (columns(last) + 1 > width) {
                last = last.substring(0, cutIndex(last, width - 1));
            }
            kept.set(maxLines - 1, last + "\u2026");
            return kept;
        }
        return lines;
    }

    private static int cutIndex(String word, int width) {
        int used = 0;
        int i = 0;
        while (i < word.length()) {
            int c = word.codePointAt(i);
            int w = wide(c) ? 2 : 1;
            if (used + w > width && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(c);
        }
        return i;
    }

    static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            columns += wide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return columns;
    }

    private static boolean wide(int c) {
        if (c < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x1F300 && c <= 0x1FAFF);
    }

    /** True for the characters XML 1.0 allows, less the controls (tab and newline are handled by the callers). */
    private static boolean isXmlChar(int c) {
        return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
