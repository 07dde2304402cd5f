package org.tocworkbench.evaluator.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.evaluator.ingest.SheetRow;

/**
 * The header of a records table and how a column named in a definition is found in it: the full
 * header ({@code training/completed}), the same ignoring case, or the last part of a KoboToolbox
 * group path ({@code completed}) when only one column ends so. A repeat-group sheet joined to its
 * main sheet sees the main sheet's columns after its own.
 */
public final class RecordColumns {
    private final List<String> headers;
    private final Map<String, Integer> exact = new LinkedHashMap<>();
    private final Map<String, Integer> folded = new LinkedHashMap<>();
    private final Map<String, List<Integer>> lastParts = new LinkedHashMap<>();

    public RecordColumns(List<String> headers) {
        this.headers = List.copyOf(headers);
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h.isEmpty()) {
                continue;
            }
            exact.putIfAbsent(h, i);
            folded.putIfAbsent(fold(h), i);
            int slash = h.lastIndexOf('/');
            if (slash >= 0 && slash + 1 < h.length()) {
                lastParts.computeIfAbsent(fold(h.substring(slash + 1)), k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The header of a sheet's first row. */
    public static List<String> headersOf(SheetRow row) {
        List<String> headers = new ArrayList<>(row.width());
        for (int i = 0; i < row.width(); i++) {
            headers.add(row.display(i));
        }
        return headers;
    }

    public List<String> headers() {
        return headers;
    }

    /** The 0-based column a name stands for; empty when there is none or more than one (see {@link #ambiguous}). */
    public Optional<Integer> find(String name) {
        Integer i = exact.get(name);
        if (i == null) {
            i = folded.get(fold(name));
        }
        if (i == null) {
            List<Integer> ending = endingIn(name);
            if (ending.size() == 1) {
                i = ending.get(0);
            }
        }
        return Optional.ofNullable(i);
    }

    /** The columns whose group path ends in {@code /name} ({@code completed}, {@code skills/fundraising}). */
    private List<Integer> endingIn(String name) {
        String folded = fold(name);
        if (!folded.contains("/")) {
            return lastParts.getOrDefault(folded, List.of());
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (fold(headers.get(i)).endsWith("/" + folded)) {
                found.add(i);
            }
        }
        return found;
    }

    /** The headers that end in {@code /name} when more than one does. */
    public List<String> ambiguous(String name) {
        List<Integer> ending = endingIn(name);
        return ending.size() < 2 ? List.of() : ending.stream().map(headers::get).toList();
    }

    /** What to tell a user whose column is not there: the closest header, or the ones there are. */
    public String missing(String name) {
        List<String> amb = ambiguous(name);
        if (!amb.isEmpty()) {
            return "`" + name + "` is the last part of several columns: " + String.join(", ", amb)
                    + "; write the full name";
        }
        Optional<String> close = Suggestions.closest(name, headers.stream().filter(h -> !h.isEmpty()).toList());
        String there = String.join(", ", headers.stream().filter(h -> !h.isEmpty()).limit(40).toList())
                + (headers.size() > 40 ? ", ..." : "");
        return "no column `" + name + "`" + close.map(c -> "; did you mean `" + c + "`?").orElse("")
                + " (the columns are: " + there + ")";
    }

    /** The column of a select-multiple option written KoboToolbox's way ({@code skills/fundraising}). */
    public Optional<Integer> option(int summaryColumn, String option) {
        String summary = headers.get(summaryColumn);
        return Optional.ofNullable(folded.get(fold(summary + "/" + option)));
    }

    static String fold(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
