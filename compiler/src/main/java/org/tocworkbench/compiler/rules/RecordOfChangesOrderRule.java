package org.tocworkbench.compiler.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.ChangeRecord;
import org.tocworkbench.compiler.model.PeriodDate;

/**
 * The record of changes reads oldest first and names each version once: an entry dated before
 * the one above it (the current version's line last), or a version listed twice, is a slip that
 * would put the wrong reason against a version in every diff (docs/diff.md).
 */
public final class RecordOfChangesOrderRule implements Rule {
    @Override
    public Code code() {
        return Code.RECORD_OF_CHANGES_OUT_OF_ORDER;
    }

    @Override
    public void check(RuleContext context) {
        List<ChangeRecord> log = context.theory().metadata().changeLog();
        Map<String, ChangeRecord> seen = new HashMap<>();
        ChangeRecord previous = null;
        for (ChangeRecord entry : log) {
            ChangeRecord first = seen.putIfAbsent(entry.version(), entry);
            if (first != null) {
                context.report(Diagnostic.of(code(), entry.span(), "version `" + entry.version()
                                + "` is listed twice in the record of changes")
                        .label("listed again")
                        .note("first listed at " + first.span())
                        .help("give each version one line; put every reason for it on that line"));
            }
            PeriodDate date = entry.date().filter(PeriodDate::dated).orElse(null);
            PeriodDate before = previous == null ? null : previous.date().filter(PeriodDate::dated).orElse(null);
            if (date != null && before != null && date.compareTo(before) < 0) {
                context.report(Diagnostic.of(code(), entry.span(), "version `" + entry.version() + "` is dated "
                                + date.written() + ", before version `" + previous.version() + "` above it ("
                                + before.written() + ")")
                        .label("out of order")
                        .help("list versions oldest first; the `version` line is the newest"));
            }
            if (date != null) {
                previous = entry;
            }
        }
    }
}
