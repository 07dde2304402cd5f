package org.tocworkbench.compiler.diff;

/** Writes a finished diff in one format; computes nothing. */
public interface DiffWriter {
    String write(TheoryDiff diff);
}
