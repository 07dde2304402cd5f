package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * An indicator's unit: its kind, an optional label (a currency code, what is counted) and, for
 * an ordinal scale, its labels from lowest to highest.
 */
public record Unit(UnitKind kind, String label, List<String> scale) {
    public static final Unit DEFAULT = new Unit(UnitKind.COUNT, "", List.of());

    public Unit {
        scale = List.copyOf(scale);
        label = label == null ? "" : label;
    }

    /**
     * The number a value stands for in this unit, or empty when it does not fit: numbers for
     * numeric units (percent 0–100), 1/0 for booleans, the label's position (1-based) for a scale.
     * Qualitative text has no number.
     */
    public OptionalDouble numeric(Value value) {
        return switch (kind) {
            case COUNT, CURRENCY, RATIO -> value.kind() == Value.Kind.NUMBER ? parse(value.raw()) : OptionalDouble.empty();
            case PERCENT -> value.isNumber() ? parse(value.raw()) : OptionalDouble.empty();
            case BOOLEAN -> bool(value.raw());
            case SCALE -> scalePosition(value);
            case TEXT -> OptionalDouble.empty();
        };
    }

    /** Reads a boolean written as true/false, yes/no, 1/0. */
    public static OptionalDouble bool(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "t" -> OptionalDouble.of(1);
            case "false", "no", "n", "0", "f" -> OptionalDouble.of(0);
            default -> OptionalDouble.empty();
        };
    }

    private OptionalDouble scalePosition(Value value) {
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).equalsIgnoreCase(value.raw().trim())) {
                return OptionalDouble.of(i + 1);
            }
        }
        if (value.kind() == Value.Kind.NUMBER) {
            OptionalDouble n = parse(value.raw());
            if (n.isPresent() && n.getAsDouble() >= 1 && n.getAsDouble() <= scale.size()) {
                return n;
            }
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble parse(String raw) {
        if (isWholeNumber(raw)) {
            // A whole number of up to 15 digits is exact as a double: the same value parseDouble
            // gives, without its general (and slow) reading. -0 stays -0.0 as parseDouble has it.
            long whole = Long.parseLong(raw);
            return OptionalDouble.of(whole == 0 && raw.charAt(0) == '-' ? -0.0 : (double) whole);
        }
        try {
            return OptionalDouble.of(Double.parseDouble(raw));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** An optional minus and 1 to 15 ASCII digits. */
    private static boolean isWholeNumber(String raw) {
        int first = raw.startsWith("-") ? 1 : 0;
        if (raw.length() == first || raw.length() - first > 15) {
            return false;
        }
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** As written in a .toc file, e.g. {@code currency "USD"} or {@code scale "low", "high"}. */
    public String describe() {
        if (kind == UnitKind.SCALE) {
            return "scale " + String.join(" < ", scale);
        }
        return label.isEmpty() ? kind.word() : kind.word() + " (" + label + ")";
    }
}
