package org.tocworkbench.compiler.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A condition on records: which records a computation counts ({@code where}), the denominator of
 * a share ({@code among}), or what a cleaning rule leaves out. Values are compared as docs/records.md
 * says: numbers as numbers, text ignoring case and the difference between {@code _} and a space,
 * so that a label ({@code North East}) and its XML value ({@code north_east}) both match.
 */
public sealed interface RecordCondition {
    /** The columns it reads, in the order written. */
    default List<RecordColumn> columns() {
        List<RecordColumn> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    /** The condition as it would be written. */
    String display();

    private static void collect(RecordCondition c, List<RecordColumn> out) {
        if (c instanceof All a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else if (c instanceof Any a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else if (c instanceof Not n) {
            collect(n.operand(), out);
        } else if (c instanceof Compare cmp) {
            out.add(cmp.column());
        } else if (c instanceof OneOf one) {
            out.add(one.column());
        } else if (c instanceof Contains has) {
            out.add(has.column());
        }
    }

    /** A value in a condition: text, a number, or {@code empty}. */
    record Operand(String text, OptionalDouble number, boolean empty) {
        public static Operand ofEmpty() {
            return new Operand("", OptionalDouble.empty(), true);
        }

        public String display() {
            if (empty) {
                return "empty";
            }
            return number.isPresent() ? text : "\"" + text + "\"";
        }
    }

    /** The comparison operators. */
    enum Operator {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Operator of(String symbol) {
            for (Operator op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }

    record All(RecordCondition left, RecordCondition right) implements RecordCondition {
        @Override
        public String display() {
            return wrap(left) + " and " + wrap(right);
        }
    }

    record Any(RecordCondition left, RecordCondition right) implements RecordCondition {
        @Override
        public String display() {
            return left.display() + " or " + right.display();
        }
    }

    record Not(RecordCondition operand) implements RecordCondition {
        @Override
        public String display() {
            return "not " + wrap(operand);
        }
    }

    record Compare(RecordColumn column, Operator operator, Operand value) implements RecordCondition {
        @Override
        public String display() {
            return quoted(column) + " " + operator.symbol() + " " + value.display();
        }
    }

    record OneOf(RecordColumn column, List<Operand> values) implements RecordCondition {
        public OneOf {
            values = List.copyOf(values);
        }

        @Override
        public String display() {
            return quoted(column) + " one of " + String.join(", ", values.stream().map(Operand::display).toList());
        }
    }

    /** A select-multiple answer includes the option (summary column or per-option 0/1 column). */
    record Contains(RecordColumn column, Operand value) implements RecordCondition {
        @Override
        public String display() {
            return quoted(column) + " contains " + value.display();
        }
    }

    private static String wrap(RecordCondition c) {
        return c instanceof Any ? "(" + c.display() + ")" : c.display();
    }

    private static String quoted(RecordColumn column) {
        return column.name().matches("[\\p{L}_][\\p{L}\\p{N}_]*") ? column.name() : "\"" + column.name() + "\"";
    }
}
