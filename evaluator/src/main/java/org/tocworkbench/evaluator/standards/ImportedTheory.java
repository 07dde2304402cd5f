package org.tocworkbench.evaluator.standards;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.draft.TheoryDraft;

/**
 * What {@code toc import} read: the theory, the values reported in the source (written to a
 * monitoring workbook beside the theory), and the summary lines for the user (what was read, and
 * what the source does not say). {@code text} is the theory as written when the source states more than a
 * draft holds (a JSON model); otherwise the draft is written.
 */
public record ImportedTheory(SourceLayout layout, TheoryDraft draft, List<ActualValue> actuals, List<String> summary,
        Optional<String> text) {
    public ImportedTheory {
        actuals = List.copyOf(actuals);
        summary = List.copyOf(summary);
    }

    /** An import written from its draft. */
    public ImportedTheory(SourceLayout layout, TheoryDraft draft, List<ActualValue> actuals, List<String> summary) {
        this(layout, draft, actuals, summary, Optional.empty());
    }
}
