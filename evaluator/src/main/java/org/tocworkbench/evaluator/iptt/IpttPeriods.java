package org.tocworkbench.evaluator.iptt;

import java.util.Locale;
import org.tocworkbench.compiler.model.Frequency;

/**
 * The periods the IPTT shows its indicators in ({@code toc evaluate --iptt-periods}), as
 * TolaData's IPTT lets a reader choose its time periods. Reported periods are rolled up into
 * coarser ones by the indicator's aggregation; a period is never split, so an indicator reported
 * less often than the chosen period keeps its own periods, and an indicator reported at irregular
 * periods keeps them under every choice (docs/progress.md, "The IPTT").
 */
public enum IpttPeriods {
    /** Every period as reported, however fine. */
    REPORTED(null),
    /**
     * Months, the default: never finer than months (weekly values rolled up), so that a weekly
     * indicator's IPTT has the rows of a monthly one; monthly, quarterly and annual ones are shown as reported.
     */
    MONTHS(Frequency.MONTHLY),
    /** Quarters (fiscal quarters when the theory's data count fiscal years). */
    QUARTERS(Frequency.QUARTERLY),
    /** Years (fiscal years when the theory's data count fiscal years). */
    YEARS(Frequency.ANNUAL);

    private final Frequency finest;

    IpttPeriods(Frequency finest) {
        this.finest = finest;
    }

    /** The word on the command line and in reports: {@code reported}, {@code months}, ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice a word names, in any case. */
    public static java.util.Optional<IpttPeriods> of(String word) {
        return java.util.Arrays.stream(values()).filter(p -> p.word().equalsIgnoreCase(word.trim())).findFirst();
    }

    /** The words, for a usage message: {@code reported, months, quarters, years}. */
    public static String choices() {
        return String.join(", ", java.util.Arrays.stream(values()).map(IpttPeriods::word).toList());
    }

    /**
     * The frequency an indicator reported at {@code reported} is shown at: the coarser of the two,
     * the reported one for {@link #REPORTED}, for irregular indicators (null) and for those reported
     * half-yearly or yearly when the choice is finer.
     */
    public Frequency shown(Frequency reported) {
        if (reported == null || finest == null || !regular(reported)) {
            return reported;
        }
        return reported.ordinal() >= finest.ordinal() ? reported : finest;
    }

    private static boolean regular(Frequency f) {
        return f.ordinal() <= Frequency.ANNUAL.ordinal();
    }
}
