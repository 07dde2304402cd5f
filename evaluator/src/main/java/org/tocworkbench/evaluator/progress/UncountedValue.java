package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;

/**
 * A reported value that did not go into an indicator's actual, and why: reports and the terminal
 * list each one, so that nothing measured is left out without a word.
 *
 * @param period how the sheet wrote the period
 * @param start  the first day of the period
 * @param end    the last day of the period
 * @param value  the value (NaN for text)
 * @param reason why it was not counted
 */
public record UncountedValue(String period, LocalDate start, LocalDate end, double value, Reason reason) {
    /** Why a value was not counted. */
    public enum Reason {
        /** The period starts after the as-of date: nothing of it had happened by then. */
        STARTS_AFTER_AS_OF("starts after the as-of date"),
        /**
         * The period ends on or before the baseline date: a running total or a sum starts from the
         * baseline, which is taken to include it.
         */
        AT_OR_BEFORE_BASELINE("ends on or before the baseline date, which is taken to include it");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** The reason in plain words, e.g. {@code starts after the as-of date}. */
        public String words() {
            return words;
        }
    }
}
