package org.tocworkbench.compiler.model;

import java.util.Optional;

/**
 * The logframe columns of an indicator that say how it is measured, beyond its unit and values:
 * what counts ({@code definition}), the cut-off that makes a unit count ({@code threshold}, e.g.
 * "scores at least 50%"), how the data are collected ({@code method}), and who reports and how
 * often when these are written as free text rather than an actor or a frequency word. Text fields
 * are empty when not given.
 */
public record IndicatorPlan(String definition, Optional<Value> threshold, String method, String responsibleText,
                            String frequencyText) {
    public static final IndicatorPlan EMPTY = new IndicatorPlan("", Optional.empty(), "", "", "");

    public IndicatorPlan {
        definition = definition == null ? "" : definition;
        threshold = threshold == null ? Optional.empty() : threshold;
        method = method == null ? "" : method;
        responsibleText = responsibleText == null ? "" : responsibleText;
        frequencyText = frequencyText == null ? "" : frequencyText;
    }
}
