package org.tocworkbench.evaluator.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.compiler.model.Value;
import org.tocworkbench.evaluator.report.Format;
import org.tocworkbench.evaluator.series.GroupSeries;
import org.tocworkbench.evaluator.series.IndicatorSeries;
import org.tocworkbench.evaluator.series.ObservedData;

/**
 * Turns a theory and its observed data into IATI results (the IATI 2.03 {@code result} element,
 * SPREADSHEET-LAYOUTS.md section 8): result type from the node kind, indicator measure from the
 * unit, ascending from the direction, the baseline, and a period per reporting period of the data
 * with its actuals (total and per group, as dimensions) and the milestone or target that falls in
 * it; a milestone or target no data period holds gets a period of its own, from the day after the
 * plan before it. Results without indicators, and assumptions' indicators, are not IATI results
 * and are named in {@link #left()}.
 */
public final class IatiResultsBuilder {
    /** Why something is left out of the IATI results: each reason is one line of the summary. */
    private enum Left {
        NO_INDICATOR("result without an indicator", "results without an indicator", "IATI results need one"),
        ASSUMPTION("indicator of an assumption", "indicators of assumptions", "an assumption is not a result"),
        UNDATED_BASELINE("baseline without a date", "baselines without a date", "IATI needs its year"),
        UNDATED_PLAN("milestone or target without a date", "milestones or targets without a date",
                "IATI periods need one");

        private final String one;
        private final String several;
        private final String why;

        Left(String one, String several, String why) {
            this.one = one;
            this.several = several;
            this.why = why;
        }
    }

    private final java.util.Map<Left, List<String>> left = new java.util.EnumMap<>(Left.class);

    /**
     * What was not exported and why, one line per reason with the elements it applies to:
     * {@code 17 results without an indicator (IATI results need one): OP2, OP4, ...}.
     */
    public List<String> left() {
        return left.entrySet().stream().map(e -> e.getValue().size() + " " + (e.getValue().size() == 1
                ? e.getKey().one : e.getKey().several) + " (" + e.getKey().why + "): " + String.join(", ", e.getValue()))
                .toList();
    }

    /** {@link #left()} for the terminal: after {@code not in the IATI results: }, one reason a line; empty when nothing is left out. */
    public String leftOut() {
        String lead = "not in the IATI results: ";
        return left().isEmpty() ? "" : lead + String.join("\n" + " ".repeat(lead.length()), left());
    }

    private void leave(Left reason, String what) {
        left.computeIfAbsent(reason, r -> new ArrayList<>()).add(what);
    }

    public IatiActivity build(Theory theory, ObservedData data, String identifier, IatiActivity.ReportingOrg org,
                              LocalDate asOf) {
        List<IatiActivity.Result> results = new ArrayList<>();
        for (Node node : theory.nodes().values()) {
            List<IatiActivity.Indicator> indicators = new ArrayList<>();
            for (String id : node.indicators()) {
                Indicator indicator = theory.indicators().get(id);
                if (indicator != null && indicator.partOf().isEmpty()) {
                    indicators.add(indicator(theory, indicator, data.series(id), asOf));
                }
            }
            if (indicators.isEmpty()) {
                leave(Left.NO_INDICATOR, node.id());
                continue;
            }
            results.add(new IatiActivity.Result(node.id(), type(node.kind()),
                    indicators.stream().allMatch(IatiActivity.Indicator::aggregation), node.title(), node.description(),
                    indicators));
        }
        theory.indicators().values().stream().filter(i -> theory.assumptions().containsKey(i.subject()))
                .forEach(i -> leave(Left.ASSUMPTION, i.id() + " (" + i.subject() + ")"));
        LocalDate start = theory.metadata().periodStart() != null ? theory.metadata().periodStart().start()
                : earliest(results).orElse(asOf);
        Optional<LocalDate> end = Optional.ofNullable(theory.metadata().periodEnd()).map(p -> p.end());
        int status = asOf.isBefore(start) ? 1 : end.isPresent() && asOf.isAfter(end.get()) ? 3 : 2;
        return new IatiActivity(identifier, org, theory.metadata().title(), theory.metadata().description(), status,
                start, end, results);
    }

    private static Optional<LocalDate> earliest(List<IatiActivity.Result> results) {
        return results.stream().flatMap(r -> r.indicators().stream()).flatMap(i -> i.periods().stream())
                .map(IatiActivity.Period::start).min(LocalDate::compareTo);
    }

    private static int type(NodeKind kind) {
        return switch (kind) {
            case OUTPUT -> 1;
            case OUTCOME, PRECONDITION -> 2;
            case IMPACT -> 3;
            case ACTIVITY -> 9;
        };
    }

    private static int measure(UnitKind unit) {
        return switch (unit) {
            case PERCENT -> 2;
            case BOOLEAN -> 3;
            case SCALE -> 4;
            case TEXT -> 5;
            default -> 1;
        };
    }

    private IatiActivity.Indicator indicator(Theory theory, Indicator indicator, Optional<IndicatorSeries> series,
                                             LocalDate asOf) {
        List<String> references = new ArrayList<>();
        references.add(indicator.id());
        indicator.codes().stream().filter(c -> c.file().isEmpty()).map(c -> c.code())
                .filter(c -> !references.contains(c)).forEach(references::add);
        UnitKind unit = indicator.unit().kind();
        // Values add up (across periods, groups and activities) only for a count or an amount whose
        // periods are summed: not for a median or other snapshot (latest), nor a mean, maximum or minimum.
        boolean aggregation = (unit == UnitKind.COUNT || unit == UnitKind.CURRENCY)
                && indicator.aggregation() == org.tocworkbench.compiler.model.Aggregation.SUM;
        Optional<IatiActivity.Baseline> baseline = Optional.empty();
        Measurement base = indicator.baseline();
        if (base != null && base.date() != null && base.date().dated()) {
            LocalDate day = base.date().start();
            baseline = Optional.of(new IatiActivity.Baseline(day.getYear(), Optional.of(base.date().end()),
                    unit == UnitKind.TEXT ? "" : number(indicator, base.value()), unit == UnitKind.TEXT ? base.value().raw() : ""));
        } else if (base != null) {
            leave(Left.UNDATED_BASELINE, indicator.id() + " " + base.value());
        }
        // IATI has no place for a scale's labels, a unit's label or currency, an aggregation or a
        // running total: short sentences end the description, where toc import finds them again.
        String description = DescriptionMarks.write(indicator);
        // A theory that wants the value kept, or states and infers no direction, leaves ascending out:
        // toc import then states none, and the compiler infers the same again.
        Optional<Boolean> ascending = indicator.direction() == null || indicator.direction() == Direction.MAINTAIN
                ? Optional.empty() : Optional.of(indicator.direction() == Direction.INCREASE);
        return new IatiActivity.Indicator(references, measure(unit), ascending,
                aggregation, indicator.title(), description, baseline, periods(theory, indicator, series, asOf));
    }

    private List<IatiActivity.Period> periods(Theory theory, Indicator indicator, Optional<IndicatorSeries> series,
                                             LocalDate asOf) {
        TreeMap<String, PeriodBuilder> periods = new TreeMap<>();
        boolean text = indicator.unit().kind() == UnitKind.TEXT;
        if (series.isPresent()) {
            // A cumulative indicator's targets are running totals, so its actuals are written as
            // running totals too (the baseline plus the values after it, as toc evaluate counts them).
            boolean cumulative = indicator.cumulative() && !text;
            boolean summable = indicator.unit().kind() == UnitKind.COUNT || indicator.unit().kind() == UnitKind.CURRENCY;
            long baselineDay = indicator.baseline() != null && indicator.baseline().date() != null
                    && indicator.baseline().date().dated() ? indicator.baseline().date().end().toEpochDay() : Long.MIN_VALUE;
            double base = indicator.baseline() == null ? 0 : indicator.numeric(indicator.baseline().value()).orElse(0);
            TreeMap<String, double[]> groupSums = new TreeMap<>();
            for (GroupSeries group : series.get().groups()) {
                boolean total = group.group() == null || group.group().isEmpty();
                double running = total || !summable ? base : 0;
                for (int i = 0; i < group.size(); i++) {
                    if (group.start(i).isAfter(asOf)) {
                        // As toc evaluate counts them: a period that has started by the as-of date
                        // has a measured value (a partial period); one that starts later has none.
                        continue;
                    }
                    PeriodBuilder period = periods.computeIfAbsent(key(group.start(i), group.end(i)),
                            k -> new PeriodBuilder());
                    int index = i;
                    period.start = group.start(index);
                    period.end = group.end(index);
                    double number = group.value(index);
                    if (!total && !Double.isNaN(number)) {
                        groupSums.computeIfAbsent(key(period.start, period.end), k -> new double[1])[0] += number;
                    }
                    if (cumulative && !Double.isNaN(number) && group.endDay(index) > baselineDay) {
                        running += number;
                        number = running;
                    }
                    String value = text ? "" : format(number);
                    String comment = text ? Optional.ofNullable(group.text(index)).orElse("") : group.comment(index);
                    period.actuals.add(new IatiActivity.Value(value, dimensions(indicator, group.group()), comment));
                }
            }
            if (summable && series.get().total().isEmpty() && !groupSums.isEmpty()) {
                // Groups of a count or an amount without a total row: the total is their sum.
                double running = base;
                for (var sum : groupSums.entrySet()) {
                    PeriodBuilder period = periods.get(sum.getKey());
                    double number = sum.getValue()[0];
                    if (cumulative && period.end.toEpochDay() > baselineDay) {
                        running += number;
                        number = running;
                    }
                    period.actuals.add(0, new IatiActivity.Value(format(number), List.of(), "sum of the groups"));
                }
            }
        }
        LocalDate previous = indicator.baseline() != null && indicator.baseline().date() != null
                && indicator.baseline().date().dated() ? indicator.baseline().date().end().plusDays(1)
                : theory.metadata().periodStart() != null ? theory.metadata().periodStart().start() : null;
        List<Measurement> plans = new ArrayList<>(indicator.milestones());
        if (indicator.target() != null) {
            plans.add(indicator.target());
        }
        for (Measurement plan : plans) {
            if (plan.date() == null || !plan.date().dated()) {
                leave(Left.UNDATED_PLAN, indicator.id() + " " + plan.value());
                continue;
            }
            LocalDate due = plan.date().end();
            PeriodBuilder holder = periods.values().stream()
                    .filter(p -> !due.isBefore(p.start) && !due.isAfter(p.end)).findFirst().orElse(null);
            if (holder == null) {
                holder = new PeriodBuilder();
                LocalDate fallback = previous;
                LocalDate after = periods.values().stream().map(p -> p.end).filter(end -> end.isBefore(due))
                        .max(LocalDate::compareTo).map(end -> end.plusDays(1)).orElse(fallback);
                holder.start = after == null || after.isAfter(due) ? plan.date().start() : after;
                holder.end = due;
                periods.put(key(holder.start, holder.end), holder);
            }
            holder.targets.add(new IatiActivity.Value(text ? "" : number(indicator, plan.value()), List.of(),
                    text ? plan.value().raw() : ""));
            previous = due.plusDays(1);
        }
        return periods.values().stream().sorted(java.util.Comparator.comparing((PeriodBuilder p) -> p.end)
                .thenComparing(p -> p.start)).map(p -> new IatiActivity.Period(p.start, p.end, p.targets,
                p.actuals)).toList();
    }

    private static final class PeriodBuilder {
        LocalDate start;
        LocalDate end;
        final List<IatiActivity.Value> targets = new ArrayList<>();
        final List<IatiActivity.Value> actuals = new ArrayList<>();
    }

    private static String key(LocalDate start, LocalDate end) {
        return end + "/" + start;
    }

    /** A group ({@code female, adult}) as dimensions named by the indicator's disaggregations. */
    private static List<IatiActivity.Dimension> dimensions(Indicator indicator, String group) {
        if (group == null || group.isEmpty()) {
            return List.of();
        }
        String[] values = group.split(",\\s*");
        List<String> names = indicator.disaggregations();
        List<IatiActivity.Dimension> dimensions = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String name = names.size() == values.length ? names.get(i) : names.size() == 1 && values.length == 1
                    ? names.get(0) : "disaggregation";
            dimensions.add(new IatiActivity.Dimension(name, values[i]));
        }
        return dimensions;
    }

    private static String number(Indicator indicator, Value value) {
        OptionalDouble number = indicator.numeric(value);
        return number.isPresent() ? format(number.getAsDouble()) : value.raw();
    }

    /**
     * A number as IATI writes it and people read it on d-portal: rounded as the reports print it
     * (at most two decimals, half up: {@code 45.67901234567901} is {@code 45.68}), no exponent, no
     * thousands separator, no trailing {@code .0}.
     */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return Format.points(value).toPlainString();
    }
}
