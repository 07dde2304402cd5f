package org.tocworkbench.compiler.model;

import org.tocworkbench.compiler.source.Span;

/** A value at a date: a baseline, a milestone or a target. */
public record Measurement(Value value, PeriodDate date, Span span) {
}
