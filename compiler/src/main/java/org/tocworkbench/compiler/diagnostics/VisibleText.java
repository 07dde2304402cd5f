package org.tocworkbench.compiler.diagnostics;

import java.util.Locale;

/**
 * Text from the input made safe to print in a message: characters a reader cannot see or that
 * reorder what is shown (controls, bidirectional overrides and isolates, zero-width and other
 * format characters, line separators, lone surrogates) are written as {@code <U+202E>}, and a
 * message quotes at most {@value #MAX_QUOTED} characters between backticks or double quotes, with
 * an ellipsis (also at most {@value #MAX_WORD} characters of a word outside quotes, such as a path,
 * and {@value #MAX_MESSAGE} in all), so that a 1 MB token never makes a 1 MB message. Used for every
 * diagnostic (terminal, JSON, language server) and every data issue.
 */
public final class VisibleText {
    /** Longest quotation (between backticks or double quotes) that a message keeps. */
    public static final int MAX_QUOTED = 80;
    /** Longest word outside quotes (a file path is one word) that a message keeps. */
    public static final int MAX_WORD = 1024;
    /** Longest message. */
    public static final int MAX_MESSAGE = 2048;

    private VisibleText() {
    }

    /** True for a character that is invisible or changes the order text is shown in (Trojan source). */
    public static boolean isHidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL && cp != '\t' && cp != '\n'
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED && Character.isBmpCodePoint(cp) && (cp & 0xFFFE) == 0xFFFE;
    }

    /** True for the bidirectional controls of Trojan-source attacks: U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C. */
    public static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    /** {@code U+202E}. */
    public static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /** The text with hidden characters escaped, long quotations, words and the whole cut with an ellipsis. */
    public static String of(String text) {
        if (text == null || isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MESSAGE + 16));
        int quote = 0;
        int run = 0;
        boolean cut = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (out.length() >= MAX_MESSAGE) {
                out.append('…');
                break;
            }
            boolean closing = quote != 0 && cp == quote;
            if (closing) {
                quote = 0;
                run = 0;
                cut = false;
            } else if (quote == 0 && (cp == '`' || cp == '"')) {
                quote = cp;
                run = 0;
                cut = false;
            } else if (quote == 0 && Character.isWhitespace(cp)) {
                run = 0;
                cut = false;
            } else if (++run > (quote != 0 ? MAX_QUOTED : MAX_WORD)) {
                if (!cut) {
                    out.append('…');
                    cut = true;
                }
                continue;
            }
            if (isHidden(cp)) {
                out.append('<').append(codePoint(cp)).append('>');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isPlain(String text) {
        if (text.length() > MAX_QUOTED) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isHidden(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
