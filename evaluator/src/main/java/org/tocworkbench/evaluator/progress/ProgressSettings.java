package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.Objects;
import org.tocworkbench.evaluator.iptt.IpttPeriods;

/**
 * The as-of date of an evaluation, its status bands, and the periods its IPTT shows
 * ({@link IpttPeriods#MONTHS} unless chosen).
 */
public record ProgressSettings(LocalDate asOf, StatusBands bands, IpttPeriods ipttPeriods) {
    public ProgressSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(ipttPeriods, "ipttPeriods");
    }

    public ProgressSettings(LocalDate asOf, StatusBands bands) {
        this(asOf, bands, IpttPeriods.MONTHS);
    }

    public static ProgressSettings at(LocalDate asOf) {
        return new ProgressSettings(asOf, StatusBands.DEFAULT);
    }
}
