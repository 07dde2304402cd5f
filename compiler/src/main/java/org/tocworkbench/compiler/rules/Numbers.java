package org.tocworkbench.compiler.rules;

/** Numbers in messages: whole numbers without a decimal point, others as written by Java. */
final class Numbers {
    private Numbers() {
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
