package org.tocworkbench.evaluator.records;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Computed values as reports write them: a percentage to one decimal, a number to two. */
final class Figures {
    private Figures() {
    }

    static String percent(double value) {
        return round(value, 1) + "%";
    }

    static String number(double value) {
        return round(value, 2);
    }

    private static String round(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
