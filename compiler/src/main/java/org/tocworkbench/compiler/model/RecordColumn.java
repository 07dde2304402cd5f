package org.tocworkbench.compiler.model;

import org.tocworkbench.compiler.source.Span;

/**
 * A column named in a records declaration or a computation: a full KoboToolbox group path
 * ({@code training/completed}) or its last part ({@code completed}), matched as docs/records.md says.
 */
public record RecordColumn(String name, Span span) {
}
