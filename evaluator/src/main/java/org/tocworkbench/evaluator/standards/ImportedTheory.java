package org.tocworkbench.evaluator.standards;

import java.util.List;
import org.tocworkbench.compiler.draft.TheoryDraft;

/**
 * What {@code toc import} read: the theory, the values reported in the source (written to a
 * monitoring workbook beside the theory), and the summary lines for the user (what was read, and
 * what the source does not say).
 */
public record ImportedTheory(SourceLayout layout, TheoryDraft draft, List<ActualValue> actuals, List<String> summary) {
    public ImportedTheory {
        actuals = List.copyOf(actuals);
        summary = List.copyOf(summary);
    }
}
