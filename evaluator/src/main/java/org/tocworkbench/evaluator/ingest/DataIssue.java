package org.tocworkbench.evaluator.ingest;

import org.tocworkbench.compiler.diagnostics.VisibleText;

/**
 * A row or cell that could not be used, or was used with a caveat. Nothing is dropped in silence:
 * every skipped row becomes one of these.
 *
 * @param cause what the issue is about, for grouping many issues of a kind: the label that named no
 *              indicator, the period text that could not be read, ...; "" when each issue stands alone
 * @param hint  a short fix for the cause, such as "did you mean `IND-6`?"; "" when there is none
 */
public record DataIssue(CellRef where, Kind kind, String message, String cause, String hint) {
    /** The message is made {@link VisibleText}: characters from the cells that a reader cannot see are escaped. */
    public DataIssue {
        message = VisibleText.of(message);
        cause = cause == null ? "" : VisibleText.of(cause);
        hint = hint == null ? "" : VisibleText.of(hint);
    }

    /** An issue that stands alone: no cause shared with others. */
    public DataIssue(CellRef where, Kind kind, String message) {
        this(where, kind, message, "", "");
    }

    /** What went wrong; {@code warning} kinds mean the value was still used. */
    public enum Kind {
        UNKNOWN_INDICATOR(false),
        MATCHED_BY_TITLE(true),
        UNREADABLE_PERIOD(false),
        NON_NUMERIC_VALUE(false),
        DUPLICATE_VALUE(false),
        OUT_OF_RANGE(false),
        OUTSIDE_TIMELINE(true),
        MISSING_COLUMN(false),
        SKIPPED_ROW(false),
        /** A row with content (a comment) but a blank value cell. */
        NO_VALUE(false),
        /** A formula cell saved without its computed value (e.g. written by a program, never opened in Excel). */
        FORMULA_WITHOUT_VALUE(false),
        /** A cell holding an Excel error such as {@code #DIV/0!} or {@code #REF!}. */
        CELL_ERROR(false),
        /** A record value that a condition or a measure of a computed indicator cannot read (docs/records.md). */
        UNREADABLE_RECORD_VALUE(false),
        /** A date with a two-digit year, read by the rule 00–70 → 20xx, 71–99 → 19xx. */
        TWO_DIGIT_YEAR(true),
        /**
         * A quote that opens a CSV field and is not closed properly: the field is read to the end
         * of its line, and the lines after it as rows of their own.
         */
        UNTERMINATED_QUOTE(true),
        /** A CSV line with bytes that are not text in the file's encoding (read as U+FFFD). */
        UNDECODABLE_TEXT(true),
        /** A number too large for a double ({@code 1e999}), or not a number: refused, never infinity. */
        NON_FINITE_NUMBER(false),
        /** A sum or average of the values read that exceeds the range of a double. */
        AGGREGATE_OVERFLOW(false),
        /** A DHIS2 data value marked {@code deleted = true}: never used. */
        DELETED_VALUE(false),
        /** An older value replaced by a newer one for the same period and group (DHIS2 {@code lastupdated}). */
        SUPERSEDED_VALUE(false),
        /** A DHIS2 data value marked for follow-up: used, and shown with its comment. */
        FOLLOW_UP(true),
        /** A value for a composite indicator, which is measured through its parts only. */
        COMPOSITE_VALUE(false),
        /**
         * Year labels of a grid that repeat or skip ({@code Year 1, Year 2, Year 2, Year 4}) were read by
         * their position; the message names the label cell and the reading taken.
         */
        HEADER_READ_BY_POSITION(true),
        /**
         * Fiscal periods ({@code Q3 FY24}) read without a {@code fiscal year starts} line in the binding:
         * with the start month the sheet itself states, or as calendar years when it states none.
         */
        FISCAL_YEAR_ASSUMED(true);

        private final boolean used;

        Kind(boolean used) {
            this.used = used;
        }

        /** True when the value was used despite the issue. */
        public boolean valueUsed() {
            return used;
        }
    }
}
