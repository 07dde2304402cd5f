package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * A {@code records} declaration: where raw records (survey submissions, participants, events) are
 * and how they are cleaned before indicators are computed from them (docs/records.md).
 *
 * @param location        the file or JDBC URL as written
 * @param resolvedPath    the absolute path of a file; empty for a database
 * @param sheet           the sheet of an xlsx file; empty for the first sheet (or a CSV file)
 * @param joinSheet       the main sheet a repeat-group sheet is joined to by {@code _parent_index} = {@code _index}
 * @param dateColumn      the column that dates each record; empty for {@code _submission_time} when present
 * @param fiscalYearStart month (1-12) in which the fiscal year starts
 * @param query           the SQL query of a database source
 */
public record RecordSource(String id, String location, RecordFormat format, Optional<String> resolvedPath,
                           Optional<String> sheet, Optional<String> joinSheet, Optional<RecordColumn> dateColumn,
                           int fiscalYearStart, boolean decimalComma, List<RecordExclusion> exclusions,
                           Optional<String> query, Span span) {
    public RecordSource {
        exclusions = List.copyOf(exclusions);
    }

    /** Every column the declaration itself names (date column, duplicate keys, exclusion conditions). */
    public List<RecordColumn> columns() {
        List<RecordColumn> columns = new java.util.ArrayList<>();
        dateColumn.ifPresent(columns::add);
        for (RecordExclusion e : exclusions) {
            e.key().ifPresent(columns::add);
            e.condition().ifPresent(c -> columns.addAll(c.columns()));
        }
        return columns;
    }
}
