package org.tocworkbench.evaluator.standards;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * The level words of logframes and results frameworks ({@code IMPACT}, {@code Outcome 2},
 * {@code Specific objective}, {@code Output 1.3}, {@code Goal}) as node kinds, with the number
 * the source gives the result, and the identifier prefix each kind gets.
 */
final class ResultLevels {
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)[\\s:]*((?:\\d+)(?:\\.\\d+)*)?[\\s:.)]*$");

    /** A level and the result's number in the source ({@code Output 1.3}: output, {@code 1.3}). */
    record Level(NodeKind kind, String number) {
    }

    private ResultLevels() {
    }

    static Optional<Level> parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = NUMBERED.matcher(lower);
        String words = m.matches() ? m.group(1).strip() : lower;
        String number = m.matches() && m.group(2) != null ? m.group(2) : "";
        return kind(words).map(kind -> new Level(kind, number));
    }

    static Optional<NodeKind> kind(String words) {
        String w = words.replaceAll("\\s*\\(.*\\)$", "").replaceAll("s$", "").strip();
        if (w.matches("impact|goal|overall objective|general objective|development objective")) {
            return Optional.of(NodeKind.IMPACT);
        }
        if (w.matches("outcome|specific objective|purpose|intermediate outcome|immediate outcome|long-term outcome"
                + "|short-term outcome|medium-term outcome|intermediate result|project objective")) {
            return Optional.of(NodeKind.OUTCOME);
        }
        if (w.matches("output|result|expected result|sub-result")) {
            return Optional.of(NodeKind.OUTPUT);
        }
        if (w.matches("activit(y|ie)|main activit(y|ie)|input")) {
            return Optional.of(NodeKind.ACTIVITY);
        }
        return Optional.empty();
    }

    static String prefix(NodeKind kind) {
        return switch (kind) {
            case IMPACT -> "IMP";
            case OUTCOME, PRECONDITION -> "OC";
            case OUTPUT -> "OP";
            case ACTIVITY -> "A";
        };
    }

    /** A result's title when the source gives it none: {@code Output 2}. */
    static String label(NodeKind kind, String number) {
        String word = kind.words().get(0);
        String title = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return number.isEmpty() ? title : title + " " + number;
    }
}
