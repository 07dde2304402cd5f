package org.tocworkbench.compiler.draft;

import java.util.Optional;

/**
 * A baseline, milestone or target as the source gives it.
 *
 * @param value   a number as written ({@code 60}, {@code 61.5}) or, for a qualitative value, the text
 * @param percent the value is a percentage ({@code 60%})
 * @param date    the date in {@code .toc} form ({@code 2016-03}, {@code 2014}, {@code 2017-06-30}), if any
 */
public record DraftValue(String value, boolean percent, Optional<String> date) {
    /** True when the value is a number (written bare), false for text (written quoted). */
    public boolean numeric() {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
