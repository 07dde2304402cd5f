package org.tocworkbench.compiler.diff;

import org.tocworkbench.compiler.model.ChangeRecord;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.PeriodDate;

/** The words every diff writer uses for versions and the record of changes. */
final class ChangeLogText {
    private ChangeLogText() {
    }

    static String date(ChangeRecord r) {
        return r.date().map(PeriodDate::written).orElse("");
    }

    static String level(ChangeRecord r) {
        return r.level().map(l -> l.word()).orElse("");
    }

    /** {@code version 2.0} or {@code no version}. */
    static String version(Metadata m) {
        return m.version().isEmpty() ? "no version" : "version " + m.version();
    }
}
