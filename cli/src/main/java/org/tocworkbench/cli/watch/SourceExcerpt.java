package org.tocworkbench.cli.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed diagnostic's source lines fitted to the preview's narrow diagnostics panel: where a
 * source line is longer than the panel holds, the line and its underline are cut to a window
 * that starts a little before the underlined part ({@code …} marks what is left out), so the
 * error is on screen instead of beyond the panel's right edge. Lines without an underline and
 * short lines are kept as they are; the panel wraps the help and note lines.
 */
final class SourceExcerpt {
    /** Source characters the panel shows beside the gutter at its narrowest usual width. */
    static final int WIDTH = 52;
    private static final int LEAD = 12;
    private static final Pattern SOURCE = Pattern.compile("^(\\s*\\d+ \\| )(.*)$");
    private static final Pattern UNDERLINE = Pattern.compile("^(\\s*\\| )(.*)$");

    private SourceExcerpt() {
    }

    static String fit(String printed) {
        String[] lines = printed.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            Matcher source = SOURCE.matcher(lines[i]);
            Matcher underline = i + 1 < lines.length ? UNDERLINE.matcher(lines[i + 1]) : null;
            if (!source.matches() || source.group(2).length() <= WIDTH || underline == null || !underline.matches()
                    || underline.group(1).length() != source.group(1).length()) {
                out.add(lines[i]);
                continue;
            }
            String text = source.group(2);
            String marks = underline.group(2);
            int first = firstMark(marks);
            int start = first < 0 ? 0 : Math.max(0, Math.min(first - LEAD, text.length() - WIDTH));
            int end = Math.min(text.length(), start + WIDTH);
            String prefix = start > 0 ? "…" : "";
            out.add(source.group(1) + prefix + text.substring(start, end) + (end < text.length() ? "…" : ""));
            out.add(underline.group(1) + (start > 0 ? " " : "") + (marks.length() > start ? marks.substring(start) : ""));
            i++;
        }
        return String.join("\n", out);
    }

    private static int firstMark(String marks) {
        for (int i = 0; i < marks.length(); i++) {
            char c = marks.charAt(i);
            if (c == '^' || c == '-') {
                return i;
            }
        }
        return -1;
    }
}
