package org.tocworkbench.evaluator.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Population;
import org.tocworkbench.compiler.model.Unit;
import org.tocworkbench.evaluator.progress.IndicatorProgress;

/**
 * How numbers read in human reports: grouped thousands, at most two decimals, percentages of
 * progress as whole numbers, values in their unit (percent, currency, yes/no, scale label). Always
 * in the root locale, so reports do not change with the machine they are made on.
 */
public final class Format {
    /** Shown where a number is unknown. */
    public static final String NONE = "–";
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    });

    private Format() {
    }

    /** {@code 25,000,000}, {@code 30.2}, {@code 0.33}. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        String text = NUMBER.get().format(value);
        return text.equals("-0") ? "0" : text;
    }

    /** A progress percentage, whole: {@code 33%}. */
    public static String percent(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        if (Math.abs(value) >= 1e15) {
            return String.format(Locale.ROOT, "%.1e%%", value);
        }
        long rounded = Math.round(value);
        return rounded + "%";
    }

    /** A value in the indicator's unit: {@code 55%}, {@code 25,000,000 KES}, {@code yes}, {@code emerging}. */
    public static String value(double value, Unit unit) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        switch (unit.kind()) {
            case PERCENT:
                return number(value) + "%";
            case CURRENCY:
                return unit.label().isEmpty() ? number(value) : number(value) + " " + unit.label();
            case BOOLEAN:
                return value != 0 ? "yes" : "no";
            case SCALE:
                int position = (int) Math.round(value);
                if (Math.abs(value - position) < 1e-9 && position >= 1 && position <= unit.scale().size()) {
                    return unit.scale().get(position - 1);
                }
                return number(value) + " (mean, scale 1-" + unit.scale().size() + ")";
            default:
                return number(value);
        }
    }

    /**
     * A value on an expected path (a period's target): as {@link #value(double, Unit)}, but a
     * position between two labels of a scale is a position, not a mean score: {@code 2.25 (scale 1-5)}.
     */
    public static String pathValue(double value, Unit unit) {
        if (unit.kind() == org.tocworkbench.compiler.model.UnitKind.SCALE && Double.isFinite(value)
                && value != Math.rint(value)) {
            return number(value) + " (scale 1-" + unit.scale().size() + ")";
        }
        return value(value, unit);
    }

    /**
     * A value of an indicator: in its unit ({@link #value(double, Unit)}) and, for a count with a
     * population, with its share: {@code 960 (80% of 1,200 households)}.
     */
    public static String value(double value, Indicator indicator) {
        String inUnit = value(value, indicator.unit());
        if (Double.isNaN(value) || indicator.population().isEmpty()) {
            return inUnit;
        }
        Population population = indicator.population().get();
        String label = !population.label().isEmpty() ? population.label() : indicator.unit().label();
        return inUnit + " (" + number(population.shareOf(value)) + "% of " + number(population.count())
                + (label.isEmpty() ? "" : " " + label) + ")";
    }

    /**
     * A baseline or target as the theory states it: the value in its unit or, when it has no
     * number (a qualitative indicator), the words written in the theory.
     */
    public static String declared(double value, Measurement declared, Unit unit) {
        String words = words(value, declared);
        return words != null ? words : value(value, unit);
    }

    /** {@link #declared(double, Measurement, Unit)}, with the share of a population where there is one. */
    public static String declared(double value, Measurement declared, Indicator indicator) {
        String words = words(value, declared);
        return words != null ? words : value(value, indicator);
    }

    /** The words of a baseline or target that has no number, or null. */
    public static String words(double value, Measurement declared) {
        return Double.isNaN(value) && declared != null && !declared.value().isNumber() ? declared.value().raw() : null;
    }

    /**
     * The period an actual stands for: the period as the sheet wrote it, or, when the actual
     * combines several periods, how and up to when ("mean of 4 periods to 2025-Q4"); empty when
     * there is no actual.
     */
    public static String actualPeriod(IndicatorProgress p, Indicator indicator) {
        if (p.actualPeriod() == null) {
            return "";
        }
        String how = p.periodsUsed() < 2 || indicator.aggregation() == null ? null
                : indicator.cumulative() ? "total"
                : switch (indicator.aggregation()) {
                    case SUM -> "sum";
                    case MEAN -> "mean";
                    case MAX -> "highest";
                    case MIN -> "lowest";
                    case LATEST -> null;
                };
        return how == null ? p.actualPeriod() : how + " of " + p.periodsUsed() + " periods to " + p.actualPeriod();
    }

    /** The actual of an indicator: its value in its unit, or its text for qualitative indicators. */
    public static String actual(IndicatorProgress p, Indicator indicator) {
        if (Double.isNaN(p.actual()) && p.actualText() != null) {
            return p.actualText();
        }
        return value(p.actual(), indicator);
    }

    /**
     * A baseline or target date as the theory wrote it ({@code 2025-Q2}) when the date used is the
     * declared one, else the date used; empty when there is none.
     */
    public static String when(org.tocworkbench.compiler.model.Measurement declared, java.time.LocalDate used) {
        if (used == null) {
            return "";
        }
        return declared != null && declared.date().end().equals(used) ? declared.date().describe() : used.toString();
    }

    /**
     * {@link #when}, and the day the value was placed at when the theory names a longer period:
     * {@code 2025 → 2025-12-31} (a date stands for the end of the period it names; docs/progress.md).
     */
    public static String placed(org.tocworkbench.compiler.model.Measurement declared, java.time.LocalDate used) {
        String when = when(declared, used);
        if (when.isEmpty() || declared == null || !used.equals(declared.date().end())
                || used.equals(declared.date().start()) || when.endsWith(used.toString())) {
            return when;
        }
        return when + " → " + used;
    }

    /** A value's comment to put beside it: {@code  — “n=45”}; empty when there is none. */
    /**
     * How often an IPTT indicator is reported, and the periods it is shown in when they are coarser:
     * {@code quarterly}, {@code weekly, rolled up into months}; empty when irregular.
     */
    public static String frequency(org.tocworkbench.evaluator.iptt.IpttIndicator row) {
        if (row.reportedFrequency() == null) {
            return "";
        }
        if (!row.rolledUp()) {
            return row.reportedFrequency().word();
        }
        String into = switch (row.frequency()) {
            case MONTHLY -> "months";
            case QUARTERLY -> "quarters";
            default -> "years";
        };
        return row.reportedFrequency().word() + ", rolled up into " + into;
    }

    public static String comment(String comment) {
        return comment == null || comment.isEmpty() ? "" : " — “" + comment + "”";
    }

    /** The text with its first letter in capitals, to open a sentence. */
    public static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code 1 data issue}, {@code 1,204 data issues}. */
    public static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** A number for machine-readable output: at most six decimals, no exponent, no trailing zeros. */
    public static BigDecimal exact(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    /** A progress figure for machine-readable output: two decimals. */
    public static BigDecimal points(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }
}
