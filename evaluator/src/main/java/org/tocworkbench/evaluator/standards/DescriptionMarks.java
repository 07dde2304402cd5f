package org.tocworkbench.evaluator.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.model.Aggregation;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.UnitKind;

/**
 * What an indicator means that IATI 2.03 has no field for, written as short sentences ending the
 * indicator's description (read on d-portal as plain English) and read back by {@code toc import}:
 * <ol>
 *   <li>a scale's labels: {@code Scale: basic < functional < advanced.}</li>
 *   <li>what is counted or the currency: {@code Unit: people.}, {@code Unit: percent of households.},
 *       {@code Currency: USD.},
 *       {@code Ratio: visits per clinic.} ({@code Currency: not stated.} for money without a code,
 *       {@code Unit: ratio.} for a ratio without a label)</li>
 *   <li>an aggregation the compiler would not derive: {@code To date: the mean of the period values.}</li>
 *   <li>a running total: {@code Cumulative: targets and actuals are running totals.}</li>
 * </ol>
 * They are written in that order and read from the end, so that a description of a third party's
 * file that happens to mention one of the words in its middle is left as it is.
 */
final class DescriptionMarks {
    /** Ends the description of a cumulative indicator. */
    static final String CUMULATIVE = "Cumulative: targets and actuals are running totals.";
    /** Money without a currency code. */
    static final String NO_CURRENCY = "not stated";

    private static final Map<Aggregation, String> TO_DATE = Map.of(
            Aggregation.LATEST, "To date: the latest period value.",
            Aggregation.SUM, "To date: the sum of the period values.",
            Aggregation.MEAN, "To date: the mean of the period values.",
            Aggregation.MAX, "To date: the highest period value.",
            Aggregation.MIN, "To date: the lowest period value.");

    private static final Pattern UNIT = Pattern.compile("(?s)(?:(.*)\\s)?(Unit|Currency|Ratio): ([^\\n]+)\\.");
    private static final Pattern SCALE = Pattern.compile("(?s)(?:(.*?)\\s)?Scale: (.+ < .+)\\.");

    /**
     * What the marks of a description say.
     *
     * @param description the description without the marks
     * @param scale       the labels of {@code Scale: ...}, lowest first; empty without one
     * @param currency    {@code Currency: ...} was read: the unit is money
     * @param ratio       {@code Ratio: ...} was read: the unit is a ratio (whole numbers too)
     * @param unitLabel   what is counted, or the currency code; empty when not stated
     * @param aggregation the aggregation of {@code To date: ...}
     * @param cumulative  the targets and actuals are running totals
     */
    record Read(String description, List<String> scale, boolean currency, boolean ratio, String unitLabel,
                Optional<Aggregation> aggregation, boolean cumulative) {
        Read {
            scale = List.copyOf(scale);
        }
    }

    private DescriptionMarks() {
    }

    /** The indicator's description with the marks its meaning needs. */
    static String write(Indicator indicator) {
        List<String> parts = new ArrayList<>();
        if (!indicator.description().isBlank()) {
            parts.add(indicator.description().strip());
        }
        UnitKind unit = indicator.unit().kind();
        String label = indicator.unit().label().strip();
        if (unit == UnitKind.SCALE) {
            parts.add("Scale: " + String.join(" < ", indicator.unit().scale()) + ".");
        } else if (unit == UnitKind.CURRENCY) {
            parts.add("Currency: " + (label.isEmpty() ? NO_CURRENCY : label) + ".");
        } else if (unit == UnitKind.RATIO) {
            // IATI's measure 1 is also a count: a ratio says so, since its values may be whole numbers.
            parts.add(label.isEmpty() ? "Unit: ratio." : "Ratio: " + label + ".");
        } else if (unit == UnitKind.PERCENT && !label.isEmpty() && !label.equals("%")) {
            // Read on d-portal as a sentence: `Unit: percent of households.` (toc import drops "percent").
            parts.add("Unit: " + (label.startsWith("percent") ? "" : "percent ") + label + ".");
        } else if (unit.isNumeric() && !label.isEmpty() && !label.equals("%")) {
            parts.add("Unit: " + label + ".");
        }
        if (unit != UnitKind.TEXT) {
            Aggregation derived = indicator.cumulative() ? Aggregation.SUM : Aggregation.LATEST;
            if (indicator.aggregation() != derived) {
                parts.add(TO_DATE.get(indicator.aggregation()));
            }
            if (indicator.cumulative()) {
                parts.add(CUMULATIVE);
            }
        }
        return String.join(" ", parts);
    }

    /**
     * The marks ending a description, read from the end; a description without them is returned
     * whole. A scale's labels are read only for an {@code ordinal} measure.
     */
    static Read read(String description, boolean ordinal) {
        String rest = description.strip();
        boolean cumulative = false;
        if (rest.endsWith(CUMULATIVE)) {
            cumulative = true;
            rest = rest.substring(0, rest.length() - CUMULATIVE.length()).strip();
        }
        Optional<Aggregation> aggregation = Optional.empty();
        for (Map.Entry<Aggregation, String> sentence : TO_DATE.entrySet()) {
            if (rest.endsWith(sentence.getValue())) {
                aggregation = Optional.of(sentence.getKey());
                rest = rest.substring(0, rest.length() - sentence.getValue().length()).strip();
                break;
            }
        }
        boolean currency = false;
        boolean ratio = false;
        String label = "";
        Matcher unit = UNIT.matcher(rest);
        if (unit.matches()) {
            currency = unit.group(2).equals("Currency");
            ratio = unit.group(2).equals("Ratio") || unit.group(3).strip().equals("ratio");
            label = unit.group(3).strip();
            if (currency && label.equals(NO_CURRENCY) || !unit.group(2).equals("Ratio") && ratio) {
                label = "";
            }
            rest = unit.group(1) == null ? "" : unit.group(1).strip();
        }
        List<String> scale = List.of();
        Matcher labels = SCALE.matcher(rest);
        if (ordinal && labels.matches()) {
            scale = List.of(labels.group(2).split("\\s+<\\s+"));
            rest = labels.group(1) == null ? "" : labels.group(1).strip();
        }
        return new Read(rest, scale, currency, ratio, label, aggregation, cumulative);
    }
}
