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

        private static final java.util.regex.Pattern PLAIN =
                java.util.regex.Pattern.compile("\\d{4}(-Q[1-4]| Q[1-4]| H[12]|-\\d{2}|S[12]|W\\d{1,2}|-\\d{2}-\\d{2})?");

        String key() {
            return start + "/" + end;
        }

        /**
         * The days a period covers, when its label does not say them plainly ({@code FY2025 Q2},
         * {@code Year 1 Q3}): {@code 2025-01-01 to 2025-03-31}; empty for {@code 2025}, {@code 2025-Q2}, ...
         */
        public String days() {
            return PLAIN.matcher(label).matches() ? "" : start + " to " + end;
        }
    }

    /** A disaggregation group's value in the period, its value to date and its comment. */
    public record GroupValue(String group, double actual, double toDate, String comment) {
        public GroupValue {
            comment = comment == null ? "" : comment;
        }
    }
}
