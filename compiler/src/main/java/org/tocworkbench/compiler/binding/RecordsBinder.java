package org.tocworkbench.compiler.binding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.Computation;
import org.tocworkbench.compiler.model.Computation.Bucket;
import org.tocworkbench.compiler.model.Computation.Measure;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.RecordColumn;
import org.tocworkbench.compiler.model.RecordCondition;
import org.tocworkbench.compiler.model.RecordExclusion;
import org.tocworkbench.compiler.model.RecordFormat;
import org.tocworkbench.compiler.model.RecordSource;
import org.tocworkbench.compiler.syntax.Ast;

/**
 * Binds {@code records} declarations and the computation properties of indicators
 * ({@code compute}, {@code where}, {@code among}, {@code each}) into the model (docs/records.md).
 */
final class RecordsBinder {
    /** The properties that make an indicator computed from records. */
    static final List<String> COMPUTATION_KEYS = List.of("compute", "where", "among", "each", "each fiscal");

    private final Diagnostics diagnostics;

    RecordsBinder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<RecordSource> records(Ast.RecordsDecl d) {
        PropertyReader p = new PropertyReader(d.props(), diagnostics);
        String location = d.location() != null ? d.location().value() : p.text("file").orElse(null);
        if (d.location() != null && p.has("file")) {
            diagnostics.add(Diagnostic.of(Code.RECORDS_INVALID, p.single("file").orElseThrow().keySpan(),
                            "the records file is named twice")
                    .label("already named after `records " + d.id().text() + "`")
                    .help("name the file once")
                    .build());
        }
        if (location == null || location.isBlank()) {
            diagnostics.add(Diagnostic.of(Code.RECORDS_INVALID, d.id().span(),
                            "records `" + d.id().text() + "` do not say where they are")
                    .label("which file or database?")
                    .help("write `records " + d.id().text() + " \"survey.xlsx\" { ... }`, or a JDBC URL with a `query`")
                    .build());
            return Optional.empty();
        }
        RecordFormat format = RecordFormat.of(location);
        Optional<String> query = p.text("query");
        if (format == RecordFormat.DATABASE && query.isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.RECORDS_INVALID, d.location() != null ? d.location().span() : d.span(),
                            "records from a database need a query")
                    .label("what should the database return?")
                    .help("add `query \"select * from followup\"` (the records) or a query that returns"
                            + " indicator, period, group and value")
                    .build());
            return Optional.empty();
        }
        if (format == RecordFormat.DATABASE && location.toLowerCase(java.util.Locale.ROOT).matches(".*[?&;](password|user)=.*")) {
            diagnostics.add(Diagnostic.of(Code.RECORDS_INVALID, d.location() != null ? d.location().span() : d.span(),
                            "credentials do not belong in a .toc file")
                    .label("user or password in the URL")
                    .help("remove them from the URL and set TOC_DB_USER and TOC_DB_PASSWORD, or add a line to ~/.pgpass"
                            + " (docs/records.md)")
                    .build());
            return Optional.empty();
        }
        if (format != RecordFormat.DATABASE && query.isPresent()) {
            diagnostics.add(Diagnostic.of(Code.RECORDS_INVALID, p.single("query").orElseThrow().keySpan(),
                            "a query is for records from a database")
                    .label("`" + location + "` is a file")
                    .help("remove the query, or give a JDBC URL such as `jdbc:postgresql://localhost/monitoring`")
                    .build());
        }
        Optional<String> resolved = Optional.empty();
        if (format != RecordFormat.DATABASE) {
            try {
                Path dir = d.span().source().directory();
                resolved = Optional.of(dir.resolve(location).normalize().toString());
            } catch (java.nio.file.InvalidPathException e) {
                diagnostics.add(Diagnostic.of(Code.RECORDS_INVALID, d.location() != null ? d.location().span() : d.span(),
                                "the records file's name holds a character no file name can have")
                        .label("not a file name")
                        .build());
                return Optional.empty();
            }
        }
        int fiscalStart = p.single("fiscal year").filter(f -> !f.args().isEmpty())
                .map(f -> Months.month(f.args().get(0), diagnostics)).orElse(1);
        boolean decimalComma = p.name("decimal").map(n -> n.text().equals("comma")).orElse(false);
        List<RecordExclusion> exclusions = new ArrayList<>();
        for (Ast.Prop e : p.all("exclude")) {
            exclusion(e).ifPresent(exclusions::add);
        }
        Optional<RecordColumn> dateColumn = p.single("date column").filter(c -> !c.args().isEmpty())
                .map(c -> column(c.args().get(0)));
        return Optional.of(new RecordSource(d.id().text(), location, format, resolved, p.text("sheet"),
                p.text("join sheet"), dateColumn, fiscalStart, decimalComma, exclusions, query, d.span()));
    }

    private Optional<RecordExclusion> exclusion(Ast.Prop e) {
        List<Ast.Arg> args = e.args();
        if (args.isEmpty()) {
            return Optional.empty();
        }
        if (args.get(0) instanceof Ast.Text reason) {
            Optional<RecordCondition> condition = args.size() > 1 && args.get(1) instanceof Ast.Cond c
                    ? condition(c) : Optional.empty();
            return condition.map(c -> new RecordExclusion(RecordExclusion.Kind.WHERE, reason.value(), Optional.empty(),
                    Optional.of(c), e.span()));
        }
        Ast.Name word = (Ast.Name) args.get(0);
        switch (word.text()) {
            case "unapproved" -> {
                return Optional.of(new RecordExclusion(RecordExclusion.Kind.UNAPPROVED, "not approved", Optional.empty(),
                        Optional.empty(), e.span()));
            }
            case "duplicates" -> {
                if (args.size() < 2) {
                    diagnostics.add(Diagnostic.of(Code.RECORDS_INVALID, word.span(),
                                    "duplicates of what?")
                            .label("no key column")
                            .help("write `exclude duplicates by \"participant_id\"`: of the records with the same key,"
                                    + " the latest by `_submission_time` is kept")
                            .build());
                    return Optional.empty();
                }
                return Optional.of(new RecordExclusion(RecordExclusion.Kind.DUPLICATES, "duplicate",
                        Optional.of(column(args.get(1))), Optional.empty(), e.span()));
            }
            default -> {
                Diagnostic.Builder b = Diagnostic.of(Code.INVALID_VALUE, word.span(),
                                "unknown cleaning rule `" + word.text() + "`")
                        .label("expected `unapproved`, `duplicates by COLUMN` or \"reason\" where CONDITION");
                Suggestions.closest(word.text(), List.of("unapproved", "duplicates")).ifPresent(b::suggest);
                diagnostics.add(b.build());
                return Optional.empty();
            }
        }
    }

    /**
     * The computation of an indicator, when it has one of the computation properties.
     *
     * @param isRecords whether a name is declared as records (a records name is resolved by the caller)
     */
    Optional<Computation> computation(Ast.IndicatorDecl i, PropertyReader p, List<Ast.Arg> disaggregations,
                                      Predicate<Ast.Name> isRecords) {
        if (COMPUTATION_KEYS.stream().noneMatch(p::has)) {
            return Optional.empty();
        }
        Optional<Ast.Prop> compute = p.single("compute");
        if (compute.isEmpty()) {
            Ast.Prop first = i.props().stream().filter(x -> COMPUTATION_KEYS.contains(x.key())).findFirst().orElseThrow();
            diagnostics.add(Diagnostic.of(Code.COMPUTATION_INVALID, first.keySpan(),
                            "`" + first.key() + "` without `compute`")
                    .label("computed from what?")
                    .help("add `compute count from RECORDS` (or distinct, sum, mean, median, min, max, share)")
                    .build());
            return Optional.empty();
        }
        List<Ast.Arg> args = new ArrayList<>(compute.get().args());
        if (args.size() < 2 || !(args.get(0) instanceof Ast.Name measureWord)) {
            return Optional.empty();
        }
        Measure measure = PropertyReader.keyword(measureWord, Measure.class, "measure", diagnostics);
        Optional<PeriodDate> at = Optional.empty();
        if (args.get(args.size() - 1) instanceof Ast.DateLit date) {
            at = Optional.ofNullable(PropertyReader.date(date, diagnostics));
            args.remove(args.size() - 1);
        }
        Ast.Name recordsName = (Ast.Name) args.remove(args.size() - 1);
        boolean distinct = false;
        if (args.size() >= 2 && args.get(1) instanceof Ast.Name n && n.text().equals("distinct")) {
            distinct = true;
            args.remove(1);
        }
        Optional<RecordColumn> column = args.size() >= 2 ? Optional.of(column(args.get(1))) : Optional.empty();
        if (!isRecords.test(recordsName) || measure == null) {
            return Optional.empty();
        }
        if (measure == Measure.DISTINCT) {
            distinct = true;
        }
        boolean valid = true;
        if ((measure.needsColumn() || distinct) && column.isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.COMPUTATION_INVALID, measureWord.span(),
                            "`" + measure.word() + (distinct && measure != Measure.DISTINCT ? " distinct" : "")
                                    + "` needs a column")
                    .label("of which column?")
                    .help("write e.g. `compute " + measure.word() + (distinct && measure != Measure.DISTINCT
                            ? " distinct" : "") + " \"participant_id\" from " + recordsName.text() + "`")
                    .build());
            valid = false;
        }
        if (!measure.needsColumn() && !distinct && column.isPresent()) {
            diagnostics.add(Diagnostic.of(Code.COMPUTATION_INVALID, column.get().span(),
                            "`" + measure.word() + "` counts records and reads no column")
                    .label("not used")
                    .help(measure == Measure.SHARE ? "for a share of people, write `compute share distinct "
                            + column.get().name() + " from " + recordsName.text() + "`"
                            : "for a count of people, write `compute distinct " + column.get().name()
                            + " from " + recordsName.text() + "`")
                    .build());
            valid = false;
        }
        Optional<RecordCondition> where = conditionOf(p, "where");
        Optional<RecordCondition> among = conditionOf(p, "among");
        if (among.isPresent() && measure != Measure.SHARE) {
            diagnostics.add(Diagnostic.of(Code.COMPUTATION_INVALID, p.single("among").orElseThrow().keySpan(),
                            "`among` is the denominator of a share")
                    .label("`" + measure.word() + "` has no denominator")
                    .help("use `where` to choose the records, or `compute share`")
                    .build());
            valid = false;
        }
        if (measure == Measure.SHARE && where.isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.COMPUTATION_INVALID, measureWord.span(),
                            "a share needs a `where`: which records count in the numerator?")
                    .label("share of what?")
                    .help("add e.g. `where applied = \"yes\"` (and `among completed = \"yes\"` for the denominator)")
                    .build());
            valid = false;
        }
        Optional<Bucket> bucket = bucket(p);
        if (bucket.isPresent() && at.isPresent()) {
            diagnostics.add(Diagnostic.of(Code.COMPUTATION_INVALID, compute.get().span(),
                            "one value `at` a date, or one value `each` period: not both")
                    .label("contradicts `each " + bucket.get().word() + "`")
                    .build());
            valid = false;
        }
        List<RecordColumn> groups = disaggregations.stream().map(this::column).toList();
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new Computation(i.id().text(), recordsName.text(), measure, distinct, column, where, among,
                bucket, at, groups, compute.get().span()));
    }

    private Optional<Bucket> bucket(PropertyReader p) {
        Optional<Ast.Prop> each = p.single("each").or(() -> p.single("each fiscal"));
        if (each.isEmpty() || each.get().args().isEmpty() || !(each.get().args().get(0) instanceof Ast.Name word)) {
            return Optional.empty();
        }
        boolean fiscal = each.get().key().equals("each fiscal");
        String text = (fiscal ? "fiscal " : "") + word.text();
        for (Bucket b : Bucket.values()) {
            if (b.word().equals(text)) {
                return Optional.of(b);
            }
        }
        List<String> words = java.util.Arrays.stream(Bucket.values()).map(Bucket::word).toList();
        Diagnostic.Builder b = Diagnostic.of(Code.INVALID_VALUE, word.span(), "unknown period `" + text + "`")
                .label("expected one of " + String.join(", ", words));
        Suggestions.closest(text, words).ifPresent(b::suggest);
        diagnostics.add(b.build());
        return Optional.empty();
    }

    private Optional<RecordCondition> conditionOf(PropertyReader p, String key) {
        return p.single(key).filter(x -> !x.args().isEmpty() && x.args().get(0) instanceof Ast.Cond)
                .flatMap(x -> condition((Ast.Cond) x.args().get(0)));
    }

    Optional<RecordCondition> condition(Ast.Cond c) {
        try {
            return Optional.of(bind(c));
        } catch (UnreadableCondition e) {
            return Optional.empty();
        }
    }

    private RecordCondition bind(Ast.Cond c) {
        if (c instanceof Ast.AllOf a) {
            return new RecordCondition.All(bind(a.left()), bind(a.right()));
        }
        if (c instanceof Ast.AnyOf a) {
            return new RecordCondition.Any(bind(a.left()), bind(a.right()));
        }
        if (c instanceof Ast.NotCond n) {
            return new RecordCondition.Not(bind(n.operand()));
        }
        if (c instanceof Ast.OneOf one) {
            return new RecordCondition.OneOf(column(one.column()), one.values().stream().map(this::operand).toList());
        }
        if (c instanceof Ast.Contains has) {
            RecordCondition.Operand value = operand(has.value());
            if (value.empty()) {
                diagnostics.add(Diagnostic.of(Code.CONDITION_INVALID, has.value().span(),
                                "`contains` needs an option")
                        .label("an answer always contains nothing")
                        .help("name the option as the form has it: `skills contains \"fundraising\"`;"
                                + " for no answer write `skills = empty`")
                        .build());
                throw new UnreadableCondition();
            }
            return new RecordCondition.Contains(column(has.column()), value);
        }
        Ast.Compare cmp = (Ast.Compare) c;
        RecordCondition.Operator op = RecordCondition.Operator.of(cmp.operator());
        RecordCondition.Operand value = operand(cmp.value());
        boolean ordering = op != RecordCondition.Operator.EQ && op != RecordCondition.Operator.NE;
        if (ordering && (value.empty() || value.number().isEmpty() && !isDate(cmp.value()))) {
            diagnostics.add(Diagnostic.of(Code.CONDITION_INVALID, cmp.value().span(),
                            "`" + op.symbol() + "` compares numbers or dates")
                    .label(value.empty() ? "`empty` has no order" : "text has no order here")
                    .help("compare with a number (`score >= 50`) or a date (`date < 2025-07-01`), or use `=`")
                    .build());
            throw new UnreadableCondition();
        }
        return new RecordCondition.Compare(column(cmp.column()), op, value);
    }

    private static boolean isDate(Ast.Arg arg) {
        return arg instanceof Ast.DateLit;
    }

    private RecordCondition.Operand operand(Ast.Arg arg) {
        if (arg instanceof Ast.Name n && n.text().equals("empty")) {
            return RecordCondition.Operand.ofEmpty();
        }
        if (arg instanceof Ast.Num n) {
            return new RecordCondition.Operand(n.text() + (n.percent() ? "%" : ""),
                    OptionalDouble.of(Double.parseDouble(n.text())), false);
        }
        return new RecordCondition.Operand(PropertyReader.argText(arg), OptionalDouble.empty(), false);
    }

    RecordColumn column(Ast.Arg arg) {
        return new RecordColumn(PropertyReader.argText(arg), arg.span());
    }

    private static final class UnreadableCondition extends RuntimeException {
        UnreadableCondition() {
            super(null, null, false, false);
        }
    }
}
