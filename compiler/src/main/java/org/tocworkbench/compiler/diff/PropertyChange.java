package org.tocworkbench.compiler.diff;

/**
 * One property that differs: its name as the language writes it ({@code statement}, {@code horizon},
 * {@code target}, {@code kind}, {@code status}, ...) and its value before and after, as text;
 * empty when the property is not given on that side.
 */
public record PropertyChange(String property, String before, String after) {
    public PropertyChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
