package org.tocworkbench.compiler.model;

import org.tocworkbench.compiler.source.Span;

/**
 * A baseline, target or milestone value as written: a number (possibly with %), a word
 * ({@code true}, a scale label) or text. Its meaning depends on the indicator's unit; see
 * {@link Unit#numeric(Value)}.
 */
public record Value(String raw, Kind kind, Span span) {
    /** How the value was written. */
    public enum Kind { NUMBER, PERCENT, WORD, TEXT }

    public boolean isNumber() {
        return kind == Kind.NUMBER || kind == Kind.PERCENT;
    }

    @Override
    public String toString() {
        return kind == Kind.PERCENT ? raw + "%" : raw;
    }
}
