package org.tocworkbench.compiler.model;

import org.tocworkbench.compiler.source.Span;

/** One piece of evidence about an assumption; {@code date} may be null and {@code note} empty. */
public record Evidence(String source, PeriodDate date, String note, Span span) {
    public Evidence {
        note = note == null ? "" : note;
    }
}
