package org.tocworkbench.evaluator.iptt;

import java.time.LocalDate;
import java.util.List;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.evaluator.progress.Status;

/**
 * One indicator's rows in the IPTT.
 *
 * @param level         the result level it measures ({@code Impact}, {@code Outputs}, {@code Assumptions}, ...)
 * @param subject       the id of the result or assumption it measures
 * @param frequency     the frequency of the periods shown: the reported frequency, or the coarser one
 *                      its values are rolled up into ({@link IpttPeriods}); null when irregular
 * @param reportedFrequency how often it is reported: declared, or read from the lengths of its
 *                      reported periods; null when irregular
 * @param baselineDate  the day the baseline is placed at, or null
 * @param lopTarget     the life-of-programme target (the indicator's target)
 * @param lopAchieved   the actual at the as-of date
 * @param lopPercent    achieved over target, in percent
 * @param status        the indicator's status at the as-of date
 * @param groups        the disaggregation groups reported, in alphabetical order
 * @param periods       the rows of the table, in the periods shown
 * @param reportedPeriods the rows in the periods as reported (the same as {@code periods} when
 *                      nothing is rolled up): the comments and narratives keep the period they were written for
 */
public record IpttIndicator(String indicatorId, String title, String level, String subject, Frequency frequency,
                            Frequency reportedFrequency, double baseline, LocalDate baselineDate, double lopTarget,
                            LocalDate targetDate, double lopAchieved, double lopPercent, Status status,
                            List<String> groups, List<IpttPeriod> periods, List<IpttPeriod> reportedPeriods) {
    public IpttIndicator {
        groups = List.copyOf(groups);
        periods = List.copyOf(periods);
        reportedPeriods = List.copyOf(reportedPeriods);
    }

    /** True when the periods shown are coarser than those reported (weeks shown as months). */
    public boolean rolledUp() {
        return frequency != reportedFrequency;
    }

    /** What the data say about a value: the period it was written for and the words. */
    public record Narrative(String period, String text) {
    }

    /**
     * The latest comment or deviation narrative the data give for this indicator up to the as-of
     * date: the total's comment, else its groups' comments ({@code female: …}); empty when none.
     */
    public java.util.Optional<Narrative> narrative() {
        for (int i = reportedPeriods.size() - 1; i >= 0; i--) {
            IpttPeriod p = reportedPeriods.get(i);
            String text = p.comment().isEmpty() ? String.join("; ", p.groups().stream()
                    .filter(g -> !g.comment().isEmpty()).map(g -> g.group() + ": " + g.comment()).toList())
                    : p.comment();
            if (!text.isEmpty()) {
                return java.util.Optional.of(new Narrative(p.slot().label(), text));
            }
        }
        return java.util.Optional.empty();
    }

    /** The comment on the value of the period written {@code label} (the total's), or empty. */
    public String commentOn(String label) {
        return reportedPeriods.stream().filter(p -> p.slot().label().equals(label)).map(IpttPeriod::comment)
                .filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

    /** The comment on a group's value in the period written {@code label}, or empty. */
    public String commentOn(String label, String group) {
        return reportedPeriods.stream().filter(p -> p.slot().label().equals(label)).flatMap(p -> p.groups().stream())
                .filter(g -> g.group().equals(group) && !g.comment().isEmpty()).map(IpttPeriod.GroupValue::comment)
                .findFirst().orElse("");
    }

    /** The indicator's period of the given slot, if it has one. */
    public java.util.Optional<IpttPeriod> period(IpttPeriod.Slot slot) {
        return periods.stream().filter(p -> p.slot().equals(slot)).findFirst();
    }
}
