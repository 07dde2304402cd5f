package org.tocworkbench.compiler.model;

import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * A cleaning rule of a records declaration, applied in the order written.
 *
 * @param reason    how the excluded records are counted in reports ({@code not approved}, {@code duplicate},
 *                  or the text written before {@code where})
 * @param key       the column whose repeated values make duplicates ({@link Kind#DUPLICATES})
 * @param condition the records to leave out ({@link Kind#WHERE})
 */
public record RecordExclusion(Kind kind, String reason, Optional<RecordColumn> key,
                              Optional<RecordCondition> condition, Span span) {

    /** The cleaning rules there are. */
    public enum Kind {
        /** {@code exclude unapproved}: keep only submissions whose {@code _validation_status} is Approved. */
        UNAPPROVED,
        /** {@code exclude duplicates by KEY}: keep the latest submission of each key. */
        DUPLICATES,
        /** {@code exclude "reason" where CONDITION}. */
        WHERE
    }
}
