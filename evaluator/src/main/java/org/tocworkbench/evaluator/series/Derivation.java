package org.tocworkbench.evaluator.series;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.evaluator.ingest.Period;

/**
 * How the values of an indicator computed from records were made, for every report and the
 * language server's hover: the definition, where the records came from, how many were read and
 * how many were left out for which reason, and each value with its numerator and denominator.
 *
 * @param definition how the indicator is computed, as written ({@code share distinct participant_id from followup where ...})
 * @param source     the file (and sheet) or database the records came from
 * @param recordsRead records in the source (rows after the header, or rows the query returned)
 * @param excluded   records left out, by reason ({@code not approved}, {@code duplicate}, {@code outside the period},
 *                   {@code condition unreadable}, ...), in the order the reasons first applied
 * @param counted    records that met the definition's conditions and were counted (the denominator of a share)
 * @param values     each computed value, by period and group (the total has group "")
 * @param inDatabase true when the database computed the values (a query returning indicator, period, group, value)
 */
public record Derivation(String indicatorId, String definition, String source, long recordsRead,
                         Map<String, Long> excluded, long counted, List<DerivedValue> values, boolean inDatabase) {
    public Derivation {
        excluded = Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
        values = List.copyOf(values);
    }

    public long excludedTotal() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The latest value of the total (group ""), if any. */
    public java.util.Optional<DerivedValue> latestTotal() {
        DerivedValue latest = null;
        for (DerivedValue v : values) {
            if (v.group().isEmpty() && (latest == null || v.period().compareTo(latest.period()) >= 0)) {
                latest = v;
            }
        }
        return java.util.Optional.ofNullable(latest);
    }

    /** Records that no rule or reason left out: {@link #counted} plus those not meeting {@code among}/{@code where}. */
    public long kept() {
        return recordsRead - excludedTotal();
    }

    /** Records kept that did not meet the definition's {@code among}/{@code where} (so were not counted). */
    public long notMatching() {
        return Math.max(0, kept() - counted);
    }

    /**
     * One line that accounts for every record read: {@code 1,234 records read; 56 excluded (40 not approved,
     * 16 duplicate); 1,178 kept, 1,000 counted (178 not meeting `among`/`where`)}.
     */
    public String recordsLine() {
        StringBuilder s = new StringBuilder(String.format("%,d records read", recordsRead));
        long out = excludedTotal();
        s.append(String.format("; %,d excluded", out));
        if (out > 0) {
            s.append(" (");
            boolean first = true;
            for (Map.Entry<String, Long> e : excluded.entrySet()) {
                if (e.getValue() > 0) {
                    s.append(first ? "" : ", ").append(String.format("%,d ", e.getValue())).append(e.getKey());
                    first = false;
                }
            }
            s.append(')');
        }
        if (!inDatabase) {
            s.append(String.format("; %,d kept, %,d counted", kept(), counted));
            if (notMatching() > 0) {
                s.append(String.format(" (%,d not meeting `among`/`where`)", notMatching()));
            }
        }
        return s.toString();
    }

    /**
     * One computed value.
     *
     * @param numerator   records (or distinct keys) that met {@code where} for a share; the count itself for a count
     * @param denominator records (or distinct keys) of a share's denominator; values averaged for a mean; 0 when none
     * @param how         the value with how it was made, for reports: {@code 62% (31 of 50)}, {@code 3.4 (mean of 50 values)}
     */
    public record DerivedValue(Period period, String group, double value, long numerator, long denominator, String how) {
    }
}
