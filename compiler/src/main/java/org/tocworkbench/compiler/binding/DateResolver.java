package org.tocworkbench.compiler.binding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.EvaluationPoint;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.syntax.Ast;

/**
 * Reads the dates of a theory: calendar dates ({@code 2026-06}), the period's bounds
 * ({@code start}: its first day, {@code end}: its last day), project years ({@code year 3}: the
 * end of the third year counted from the period's start) and the evaluation points the theory
 * names ({@code point midterm at 2026-06}). A relative date becomes the calendar period it stands
 * for, written as it was ({@link PeriodDate#written()}). Without a period, {@code start},
 * {@code end} and {@code year N} are kept undated ({@link PeriodDate#undated}) and reported
 * (TOC116, a warning: a published target "within 2 years" is written as published).
 */
final class DateResolver {
    static final List<String> BUILT_IN = List.of("start", "end");
    private static final Pattern PROJECT_YEAR = Pattern.compile("year (-?\\d+(?:\\.\\d+)?)");

    private final PeriodDate periodStart;
    private final PeriodDate periodEnd;
    private final Diagnostics diagnostics;
    private final Map<String, EvaluationPoint> points = new LinkedHashMap<>();

    /** @param periodStart the period's bounds, null when the theory has no (valid) period */
    DateResolver(PeriodDate periodStart, PeriodDate periodEnd, Diagnostics diagnostics) {
        boolean valid = periodStart != null && periodEnd != null && periodStart.compareTo(periodEnd) <= 0;
        this.periodStart = valid ? periodStart : null;
        this.periodEnd = valid ? periodEnd : null;
        this.diagnostics = diagnostics;
    }

    /** Reads the {@code point} properties of the theory block, in order; the points' own dates may not name points. */
    List<EvaluationPoint> declare(List<Ast.Prop> pointProps) {
        for (Ast.Prop p : pointProps) {
            if (p.args().size() < 2 || !(p.args().get(0) instanceof Ast.Name name)) {
                continue;
            }
            String label = p.args().size() > 2 && p.args().get(1) instanceof Ast.Text t ? t.value() : "";
            Ast.Arg dateArg = p.args().get(p.args().size() - 1);
            if (BUILT_IN.contains(name.text()) || name.text().equals("year")) {
                diagnostics.add(Diagnostic.of(Code.DUPLICATE_POINT, name.span(),
                                "`" + name.text() + "` is a built-in date and cannot name an evaluation point")
                        .label("already means " + (name.text().equals("year") ? "a project year (`year 3`)"
                                : "the " + name.text() + " of the period"))
                        .help("choose another name, e.g. `" + name.text() + "line`")
                        .build());
                continue;
            }
            EvaluationPoint previous = points.get(name.text());
            if (previous != null) {
                diagnostics.add(Diagnostic.of(Code.DUPLICATE_POINT, name.span(),
                                "evaluation point `" + name.text() + "` is declared twice")
                        .label("second declaration")
                        .note("first declared at " + previous.span())
                        .help("give each evaluation point its own name")
                        .build());
                continue;
            }
            PeriodDate date = resolve(dateArg, false);
            if (date != null) {
                points.put(name.text(), new EvaluationPoint(name.text(), label, date, p.span(), name.span()));
            }
        }
        return new ArrayList<>(points.values());
    }

    /** The date an argument stands for, or null after reporting why it has none. */
    PeriodDate resolve(Ast.Arg arg) {
        return resolve(arg, true);
    }

    private PeriodDate resolve(Ast.Arg arg, boolean pointsAllowed) {
        String text = PropertyReader.argText(arg);
        if (arg instanceof Ast.Num || text.isEmpty() || Character.isDigit(text.charAt(0))) {
            return PropertyReader.date(arg, diagnostics);
        }
        Matcher year = PROJECT_YEAR.matcher(text);
        if (year.matches()) {
            return projectYear(arg, year.group(1));
        }
        if (BUILT_IN.contains(text)) {
            if (!hasPeriod(arg, "`" + text + "` is the " + text + " of the theory's period")) {
                return PeriodDate.undated(text);
            }
            LocalDate day = text.equals("start") ? periodStart.start() : periodEnd.end();
            return PeriodDate.of(day).writtenAs(text);
        }
        EvaluationPoint point = pointsAllowed ? points.get(text) : null;
        if (point != null) {
            return point.date().writtenAs(text);
        }
        unknown(arg, text, pointsAllowed);
        return null;
    }

    private PeriodDate projectYear(Ast.Arg arg, String number) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > 1000) {
            diagnostics.add(Diagnostic.of(Code.INVALID_DATE, arg.span(), "`year " + number + "` is not a project year")
                    .label("expected a whole number from 1")
                    .help("`year 1` ends a year after the period's start, `year 2` two years after it, and so on")
                    .build());
            return null;
        }
        if (!hasPeriod(arg, "`year " + n + "` is counted from the start of the theory's period")) {
            return PeriodDate.undated("year " + n);
        }
        LocalDate first = periodStart.start().plusYears(n - 1L);
        LocalDate last = periodStart.start().plusYears(n).minusDays(1);
        boolean calendarYear = first.getDayOfYear() == 1;
        String text = calendarYear ? Integer.toString(first.getYear()) : last.toString();
        return new PeriodDate(text, first, last, "year " + n);
    }

    private boolean hasPeriod(Ast.Arg arg, String why) {
        if (periodStart != null) {
            return true;
        }
        diagnostics.add(Diagnostic.of(Code.DATE_NEEDS_PERIOD, arg.span(),
                        "`" + PropertyReader.argText(arg) + "` cannot be dated: the theory has no period")
                .label(why)
                .help("add the period to the `theory` block, e.g. `period 2024-01 to 2028-12`; until then the value"
                        + " is kept, undated, and progress towards it is not rated")
                .build());
        return false;
    }

    private void unknown(Ast.Arg arg, String text, boolean pointsAllowed) {
        List<String> known = new ArrayList<>(pointsAllowed ? points.keySet() : List.of());
        known.addAll(BUILT_IN);
        Diagnostic.Builder b = Diagnostic.of(Code.UNKNOWN_POINT, arg.span(), pointsAllowed
                        ? "unknown evaluation point `" + text + "`"
                        : "an evaluation point's date cannot name another point (`" + text + "`)")
                .label(pointsAllowed ? "not a date and not a point of the theory" : "expected a calendar date, `start`, `end` or `year N`");
        Optional<String> closest = Suggestions.closest(text, known);
        if (closest.isPresent() && pointsAllowed) {
            b.suggest(closest.get());
        } else if (pointsAllowed) {
            b.help(points.isEmpty()
                    ? "name it in the `theory` block, e.g. `point " + text + " at 2026-06`, or write a calendar date such as `2026-06`"
                    : "the theory's points are " + String.join(", ", points.keySet().stream().map(k -> "`" + k + "`").toList())
                    + "; also `start`, `end` and `year N`");
        } else {
            b.help("write its calendar date, e.g. `2026-06`");
        }
        diagnostics.add(b.build());
    }
}
