package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.Objects;

/** The as-of date of an evaluation and its status bands. */
public record ProgressSettings(LocalDate asOf, StatusBands bands) {
    public ProgressSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(bands, "bands");
    }

    public static ProgressSettings at(LocalDate asOf) {
        return new ProgressSettings(asOf, StatusBands.DEFAULT);
    }
}
