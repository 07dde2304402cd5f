package org.tocworkbench.compiler.model;

import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * One line of the theory's record of changes: a version, when it was made, how much it changed
 * and why ({@code version "2.0" at 2026-03-15 level major because "..."}, or an entry of a
 * {@code changes { ... }} block).
 *
 * @param reason why the theory changed, or empty
 */
public record ChangeRecord(String version, Optional<PeriodDate> date, Optional<ChangeLevel> level, String reason,
                           Span span) {
    public ChangeRecord {
        version = version == null ? "" : version;
        reason = reason == null ? "" : reason;
        date = date == null ? Optional.empty() : date;
        level = level == null ? Optional.empty() : level;
    }

    /** True when the record says more than the version: a date, a level or a reason. */
    public boolean saysWhenOrWhy() {
        return date.isPresent() || level.isPresent() || !reason.isEmpty();
    }
}
