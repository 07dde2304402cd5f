package org.tocworkbench.evaluator.iptt;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.tocworkbench.evaluator.progress.Status;

/**
 * One reporting period of one indicator in the IPTT. Numbers are NaN when unknown.
 *
 * @param target   the value expected at the period's end, on the path through baseline, milestones
 *                 and target (NaN before the baseline or without a target)
 * @param actual   the value reported for this period (the total, or the groups combined)
 * @param text     the text reported, for qualitative indicators; else empty
 * @param toDate   the value to date at the period's end, by the indicator's aggregation
 * @param percentOfTarget the value to date over the period's target, in percent
 * @param status   the rating at the period's end; {@code not started} for a period after the as-of date
 * @param partial  true when the period had started but not ended by the as-of date
 * @param comment  what the data say about the value (a comment or narrative column), or empty
 * @param groups   one line per disaggregation group, in alphabetical order
 * @param rolledUp the labels of the reported periods rolled up into this one ({@code 2024W05}, ...),
 *                 in order; empty when the period is shown as reported
 */
public record IpttPeriod(Slot slot, double target, double actual, String text, double toDate, double percentOfTarget,
                         Status status, boolean partial, String comment, List<GroupValue> groups,
                         List<String> rolledUp) {
    public IpttPeriod {
        groups = List.copyOf(groups);
        rolledUp = List.copyOf(rolledUp);
        text = text == null ? "" : text;
        comment = comment == null ? "" : comment;
    }

    /** A period: its label (as the data or the template write it), first and last day. */
    public record Slot(String label, LocalDate start, LocalDate end) {
        static final Comparator<Slot> ORDER = Comparator.comparing(Slot::end).thenComparing(Slot::start,
                Comparator.reverseOrder());

        /** Labels whose days are plain even where the calendar reader would take them otherwise. */
        private static final java.util.regex.Pattern PLAIN =
                java.util.regex.Pattern.compile("\\d{4}(-Q[1-4]| Q[1-4]| H[12]|-\\d{2}|S[12]|W\\d{1,2}|-\\d{2}-\\d{2})?");

        String key() {
            return start + "/" + end;
        }

        /**
         * The days a period covers, when its label does not say them plainly ({@code FY2025 Q2},
         * {@code Year 1 Q3}): {@code 2025-01-01 to 2025-03-31}; empty for every label that names its
         * days on the calendar ({@code 2025}, {@code 2025-Q2}, {@code 2024Q4}, {@code 2025-H1},
         * {@code March 2025}) and for a date range ({@code 2024-01-01 – 2024-06-30}), which says them once.
         */
        public String days() {
            return plain() ? "" : start + " to " + end;
        }

        /** True when the label, read as a calendar period (years from January), covers exactly these days. */
        boolean plain() {
            if (PLAIN.matcher(label).matches()) {
                return true;
            }
            org.tocworkbench.evaluator.ingest.PeriodParser.Result read =
                    new org.tocworkbench.evaluator.ingest.PeriodParser(1, null).parse(label);
            return read.ok() && read.period().start().equals(start) && read.period().end().equals(end);
        }

        private static final java.util.regex.Pattern RANGE =
                java.util.regex.Pattern.compile(".*\\d.*\\s(?:–|—|-|to|until|through)\\s.*\\d.*");

        /**
         * This period with the IPTT's own label when the data label it with a date range
         * ({@code 2024-01-01 – 2024-03-31}, as an IATI import writes periods) whose days are a
         * year, half, quarter, month or ISO week: {@code 2024}, {@code 2024 H1}, {@code 2024 Q1} (or
         * {@code FY2024 Q2} when the data count fiscal years), {@code 2024-03}, {@code 2024W5}, the
         * labels of the periods generated beside it, so that one table names one kind of period one
         * way. Any other label the data give ({@code 2024-Q1}, {@code FY2024 Q3}) stays.
         */
        Slot readable(int fiscalYearStart) {
            if (!RANGE.matcher(label).matches() || !plain()) {
                return this;
            }
            return canonical(start, end, fiscalYearStart).map(l -> new Slot(l, start, end)).orElse(this);
        }

        static java.util.Optional<String> canonical(LocalDate start, LocalDate end, int fiscalYearStart) {
            return org.tocworkbench.evaluator.series.PlainPeriod.of(start, end).map(plain -> switch (plain.frequency()) {
                case ANNUAL -> Integer.toString(start.getYear());
                case BIANNUAL -> start.getYear() + (start.getMonthValue() == 1 ? " H1" : " H2");
                case QUARTERLY -> IpttBuilder.label(org.tocworkbench.compiler.model.Frequency.QUARTERLY,
                        new org.tocworkbench.evaluator.template.TemplatePeriods.Slot("", start, end), fiscalYearStart);
                case WEEKLY -> String.format(java.util.Locale.ROOT, "%dW%d",
                        end.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                        end.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                default -> plain.label();
            });
        }
    }

    /** A disaggregation group's value in the period, its value to date and its comment. */
    public record GroupValue(String group, double actual, double toDate, String comment) {
        public GroupValue {
            comment = comment == null ? "" : comment;
        }
    }
}
