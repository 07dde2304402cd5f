package org.tocworkbench.evaluator.records;

import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.model.RecordColumn;
import org.tocworkbench.compiler.model.RecordCondition;
import org.tocworkbench.compiler.model.RecordCondition.Operand;
import org.tocworkbench.compiler.model.RecordCondition.Operator;
import org.tocworkbench.compiler.model.PeriodDate;

/**
 * A {@link RecordCondition} bound to the columns of one records table, tested record by record.
 * A test says yes, no, or that a value could not be read (text where a comparison needs a number
 * or a date); the caller counts that record as excluded and names the cell.
 */
final class ConditionMatcher {
    static final int NO = 0;
    static final int YES = 1;
    static final int UNREADABLE = -1;

    private final Test test;
    private final boolean date1904;
    /** The record column whose value the last {@link #UNREADABLE} answer could not read. */
    private int unreadableColumn = -1;

    private interface Test {
        int test(RecordRow r);
    }

    /** A column named in a definition that the records do not have. */
    static final class MissingColumn extends Exception {
        final RecordColumn column;

        MissingColumn(RecordColumn column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    ConditionMatcher(RecordCondition condition, RecordColumns columns, boolean date1904) throws MissingColumn {
        this.date1904 = date1904;
        this.test = compile(condition, columns);
    }

    int test(RecordRow r) {
        return test.test(r);
    }

    int unreadableColumn() {
        return unreadableColumn;
    }

    static int column(RecordColumn column, RecordColumns columns) throws MissingColumn {
        return columns.find(column.name())
                .orElseThrow(() -> new MissingColumn(column, columns.missing(column.name())));
    }

    private Test compile(RecordCondition c, RecordColumns columns) throws MissingColumn {
        if (c instanceof RecordCondition.All a) {
            return join(compile(a.left(), columns), compile(a.right(), columns), NO);
        }
        if (c instanceof RecordCondition.Any a) {
            return join(compile(a.left(), columns), compile(a.right(), columns), YES);
        }
        if (c instanceof RecordCondition.Not n) {
            Test inner = compile(n.operand(), columns);
            return r -> {
                int v = inner.test(r);
                return v == UNREADABLE ? UNREADABLE : 1 - v;
            };
        }
        if (c instanceof RecordCondition.OneOf one) {
            int col = column(one.column(), columns);
            List<Test> tests = new ArrayList<>();
            for (Operand o : one.values()) {
                tests.add(equality(col, o));
            }
            return r -> {
                int result = NO;
                for (Test t : tests) {
                    int v = t.test(r);
                    if (v == YES) {
                        return YES;
                    }
                    result = Math.min(result, v);
                }
                return result;
            };
        }
        if (c instanceof RecordCondition.Contains has) {
            return contains(has, columns);
        }
        RecordCondition.Compare cmp = (RecordCondition.Compare) c;
        int col = column(cmp.column(), columns);
        return switch (cmp.operator()) {
            case EQ -> equality(col, cmp.value());
            case NE -> {
                Test eq = equality(col, cmp.value());
                yield r -> {
                    int v = eq.test(r);
                    return v == UNREADABLE ? UNREADABLE : 1 - v;
                };
            }
            default -> ordering(col, cmp.operator(), cmp.value());
        };
    }

    /**
     * {@code and} (settled by a no) or {@code or} (settled by a yes): the right side is not tested
     * when the left settles it; otherwise an unreadable side makes the whole unreadable.
     */
    private static Test join(Test left, Test right, int settles) {
        return r -> {
            int l = left.test(r);
            if (l == settles) {
                return settles;
            }
            int rt = right.test(r);
            return rt == settles ? settles : Math.min(l, rt);
        };
    }

    private Test equality(int col, Operand o) {
        if (o.empty()) {
            return r -> r.isBlank(col) ? YES : NO;
        }
        // interned: the record keeps its last answer per column and word, asked by several computations
        String word = Words.normalise(o.text()).intern();
        if (o.number().isPresent()) {
            double wanted = o.number().getAsDouble();
            return r -> {
                if (r.isBlank(col)) {
                    return NO;
                }
                double n = r.number(col);
                if (!Double.isNaN(n)) {
                    return n == wanted ? YES : NO;
                }
                return r.same(col, word) ? YES : NO;
            };
        }
        return r -> r.same(col, word) ? YES : NO;
    }

    private Test ordering(int col, Operator op, Operand o) {
        if (o.number().isPresent()) {
            double wanted = o.number().getAsDouble();
            return r -> {
                if (r.isBlank(col)) {
                    return NO;
                }
                double n = r.number(col);
                if (Double.isNaN(n)) {
                    unreadableColumn = col;
                    return UNREADABLE;
                }
                return compare(Double.compare(n, wanted), op) ? YES : NO;
            };
        }
        PeriodDate date = PeriodDate.parse(o.text()).orElseThrow();
        long wanted = date.start().toEpochDay();
        long wantedEnd = date.end().toEpochDay();
        return r -> {
            if (r.isBlank(col)) {
                return NO;
            }
            long day = RecordDates.epochDay(r, col, date1904);
            if (day == RecordDates.UNREADABLE) {
                unreadableColumn = col;
                return UNREADABLE;
            }
            // a date written as a month or year compares with its first day for < and >=, its last for > and <=
            long against = op == Operator.GT || op == Operator.LE ? wantedEnd : wanted;
            return compare(Long.compare(day, against), op) ? YES : NO;
        };
    }

    private static boolean compare(int order, Operator op) {
        return switch (op) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case EQ -> order == 0;
            case NE -> order != 0;
        };
    }

    /**
     * A select-multiple answer includes an option: the option's own 0/1 column when the export has
     * one ({@code skills/fundraising}), else the option among the space-separated summary's words.
     */
    private Test contains(RecordCondition.Contains has, RecordColumns columns) throws MissingColumn {
        String option = has.value().text();
        var optionColumn = columns.find(has.column().name() + "/" + option);
        if (optionColumn.isPresent()) {
            int col = optionColumn.get();
            return r -> {
                if (r.isBlank(col)) {
                    return NO;
                }
                double n = r.number(col);
                if (!Double.isNaN(n)) {
                    return n != 0 ? YES : NO;
                }
                String text = r.display(col);
                return Words.same(text, "true") || Words.same(text, "yes") ? YES : NO;
            };
        }
        int col = column(has.column(), columns);
        String word = Words.normalise(option);
        return r -> {
            if (r.isBlank(col)) {
                return NO;
            }
            return Words.hasWord(r.display(col), word) ? YES : NO;
        };
    }
}
