package org.tocworkbench.compiler.diff;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One property that differs: its name as the language writes it ({@code statement}, {@code horizon},
 * {@code target}, {@code kind}, {@code status}, ...) and its value before and after, as text;
 * empty when the property is not given on that side. A list ({@code members}, {@code by},
 * {@code assumes}, ...) also says which items arrived and which left, in order.
 */
public record PropertyChange(String property, String before, String after) {
    /** The properties whose value is a list written with commas. */
    private static final Set<String> LISTS = Set.of("authors", "points", "functions", "by", "assumes", "members",
            "chains", "milestones", "disaggregate by", "code", "parts", "codes");

    public PropertyChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    public boolean isList() {
        return LISTS.contains(property);
    }

    /** The items of a list property that are in the new value only, in its order (empty for other properties). */
    public List<String> added() {
        return isList() ? minus(items(after), items(before)) : List.of();
    }

    /** The items of a list property that are in the old value only, in its order. */
    public List<String> removed() {
        return isList() ? minus(items(before), items(after)) : List.of();
    }

    /**
     * How the terminal and Markdown say a change of a list that only gained or lost items
     * ("+OP11, -OP10"); empty when the change is not that (a reordering, or not a list).
     */
    public String delta() {
        List<String> plus = added();
        List<String> minus = removed();
        if (plus.isEmpty() && minus.isEmpty()) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        plus.forEach(p -> parts.add("+" + p));
        minus.forEach(m -> parts.add("-" + m));
        return String.join(", ", parts);
    }

    private static List<String> items(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(", "));
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }
}
