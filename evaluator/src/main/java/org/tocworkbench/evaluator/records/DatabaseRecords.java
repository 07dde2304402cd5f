package org.tocworkbench.evaluator.records;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.tocworkbench.compiler.model.Computation;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.RecordSource;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.Observation;
import org.tocworkbench.evaluator.ingest.Period;
import org.tocworkbench.evaluator.ingest.SheetRow;
import org.tocworkbench.evaluator.series.Derivation;
import org.tocworkbench.evaluator.series.SeriesStore;

/**
 * Records from a SQL query on a database reached by a JDBC URL (PostgreSQL's driver is bundled).
 * The query returns either the records themselves, computed and cleaned here like a file's, or
 * values the database computed: columns {@code indicator}, {@code value} and optionally
 * {@code period} and {@code group}, one row per value. Credentials come from the environment or
 * a {@code ~/.pgpass}-style file ({@link DatabaseCredentials}), never from the .toc file. A
 * database that cannot be reached or a query that fails is one message, without a driver trace.
 */
final class DatabaseRecords {
    private static final int FETCH_SIZE = 10_000;

    private DatabaseRecords() {
    }

    static void evaluate(Theory theory, RecordSource source, List<Computation> computations, SeriesStore store)
            throws ImportException {
        try (Connection connection = connect(source)) {
            connection.setAutoCommit(false);
            List<String> headers = headers(connection, source);
            RecordColumns columns = new RecordColumns(headers);
            if (columns.find("indicator").isPresent() && columns.find("value").isPresent()) {
                // a few rows of values: no cursor, so that PostgreSQL may plan the query in parallel
                // (it does not for a cursor, which the records are read through)
                connection.setAutoCommit(true);
                values(theory, source, connection, columns, store);
                return;
            }
            if (computations.isEmpty()) {
                return;
            }
            RecordTable table = new QueryTable(source, connection, columns);
            RecordsEvaluator.compute(theory, source, table, computations, store);
        } catch (SQLException e) {
            throw failure(source, e);
        }
    }

    static Connection connect(RecordSource source) throws ImportException {
        Properties properties = DatabaseCredentials.forUrl(source.location());
        try {
            return DriverManager.getConnection(source.location(), properties);
        } catch (SQLException e) {
            throw new ImportException("records " + source.id() + ": cannot connect to " + safeUrl(source.location())
                    + ": " + firstLine(e) + DatabaseCredentials.hint(properties), true);
        }
    }

    static ImportException failure(RecordSource source, SQLException e) {
        return new ImportException("records " + source.id() + ": the query failed on " + safeUrl(source.location())
                + ": " + firstLine(e), true);
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    static String safeUrl(String url) {
        return DatabaseCredentials.withoutParameters(url);
    }

    private static List<String> headers(Connection connection, RecordSource source) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery("select * from (" + source.query().orElseThrow() + ") as q where false")) {
                return labels(rs.getMetaData());
            }
        } catch (SQLException e) {
            connection.rollback();
            // a query that cannot be wrapped (e.g. one ending in `;`) is asked as written
            try (Statement st = connection.createStatement()) {
                st.setMaxRows(1);
                try (ResultSet rs = st.executeQuery(stripSemicolon(source.query().orElseThrow()))) {
                    return labels(rs.getMetaData());
                }
            }
        }
    }

    private static String stripSemicolon(String query) {
        String q = query.strip();
        return q.endsWith(";") ? q.substring(0, q.length() - 1) : q;
    }

    private static List<String> labels(ResultSetMetaData meta) throws SQLException {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i));
        }
        return labels;
    }

    /** A query that returns values the database computed: one observation per row. */
    private static void values(Theory theory, RecordSource source, Connection connection, RecordColumns columns,
                               SeriesStore store) throws SQLException {
        int indicator = columns.find("indicator").orElseThrow() + 1;
        int value = columns.find("value").orElseThrow() + 1;
        int period = columns.find("period").map(i -> i + 1).orElse(0);
        int group = columns.find("group").map(i -> i + 1).orElse(0);
        Map<String, List<Derivation.DerivedValue>> byIndicator = new LinkedHashMap<>();
        long rows = 0;
        String file = safeUrl(source.location());
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(stripSemicolon(source.query().orElseThrow()))) {
                while (rs.next()) {
                    rows++;
                    CellRef where = new CellRef(file, "", (int) Math.min(Integer.MAX_VALUE, rows + 1), 0);
                    String id = rs.getString(indicator);
                    Optional<String> known = id == null ? Optional.empty() : theory.indicators().keySet().stream()
                            .filter(k -> k.equalsIgnoreCase(id.strip())).findFirst();
                    if (known.isEmpty()) {
                        store.issue(new DataIssue(where, DataIssue.Kind.UNKNOWN_INDICATOR, "records " + source.id()
                                + ": the query returned indicator `" + id + "`, which the theory does not declare"));
                        continue;
                    }
                    double v = rs.getDouble(value);
                    if (rs.wasNull()) {
                        continue;
                    }
                    Optional<Period> p = period == 0 ? Optional.of(today()) : period(rs.getObject(period));
                    if (p.isEmpty()) {
                        store.issue(new DataIssue(where, DataIssue.Kind.UNREADABLE_PERIOD, "records " + source.id()
                                + ": period `" + rs.getString(period) + "` is not a date, month, quarter or year"));
                        continue;
                    }
                    String g = group == 0 ? "" : Optional.ofNullable(rs.getString(group)).orElse("");
                    String how = Figures.number(v) + " (computed in the database)";
                    byIndicator.computeIfAbsent(known.get(), k -> new ArrayList<>())
                            .add(new Derivation.DerivedValue(p.get(), g, v, 0, 0, how));
                    store.observation(new Observation(known.get(), p.get(), v, how, g, where, false));
                }
            }
        }
        for (Map.Entry<String, List<Derivation.DerivedValue>> e : byIndicator.entrySet()) {
            store.derivation(new Derivation(e.getKey(), "computed in the database by the query of records " + source.id(),
                    file, rows, Map.of(), 0, e.getValue(), true));
        }
    }

    private static Period today() {
        LocalDate now = LocalDate.now();
        return new Period(now, now, now.toString());
    }

    private static Optional<Period> period(Object cell) {
        if (cell instanceof java.sql.Timestamp ts) {
            LocalDate d = ts.toLocalDateTime().toLocalDate();
            return Optional.of(new Period(d, d, d.toString()));
        }
        if (cell instanceof java.sql.Date date) {
            LocalDate d = date.toLocalDate();
            return Optional.of(new Period(d, d, d.toString()));
        }
        if (cell == null) {
            return Optional.empty();
        }
        String text = cell.toString().strip();
        Optional<PeriodDate> parsed = PeriodDate.parse(text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) : text);
        return parsed.map(pd -> new Period(pd.start(), pd.end(), pd.text()));
    }

    /** The records a query returns, streamed in batches. */
    private static final class QueryTable implements RecordTable {
        private final RecordSource source;
        private final Connection connection;
        private final RecordColumns columns;

        QueryTable(RecordSource source, Connection connection, RecordColumns columns) {
            this.source = source;
            this.connection = connection;
            this.columns = columns;
        }

        @Override
        public RecordColumns columns() {
            return columns;
        }

        @Override
        public String description() {
            return safeUrl(source.location());
        }

        @Override
        public String fileName() {
            return safeUrl(source.location());
        }

        @Override
        public String sheet() {
            return "";
        }

        @Override
        public void read(Visitor visitor) throws ImportException {
            SheetRow row = new SheetRow();
            RecordRow record = new RecordRow();
            int width = columns.headers().size();
            try (Statement st = connection.createStatement()) {
                st.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = st.executeQuery(stripSemicolon(source.query().orElseThrow()))) {
                    int n = 1;
                    while (rs.next()) {
                        row.reset(++n);
                        for (int c = 0; c < width; c++) {
                            Object v = rs.getObject(c + 1);
                            if (v == null) {
                                continue;
                            }
                            if (v instanceof Number number) {
                                double d = number.doubleValue();
                                row.setNumber(c, d, v.toString(), (byte) 0, false);
                            } else if (v instanceof Boolean b) {
                                row.setBoolean(c, b, false);
                            } else if (v instanceof java.sql.Timestamp ts) {
                                row.setText(c, ts.toLocalDateTime().toString(), false);
                            } else {
                                row.setText(c, v.toString(), false);
                            }
                        }
                        record.set(row, null, width, false);
                        visitor.record(record);
                    }
                }
            } catch (SQLException e) {
                throw failure(source, e);
            }
        }

        @Override
        public void close() {
            // the connection belongs to the caller
        }
    }
}
