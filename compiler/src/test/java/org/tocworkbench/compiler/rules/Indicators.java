package org.tocworkbench.compiler.rules;

/** A small theory with one outcome whose indicator block the tests fill in (the block starts on line 5). */
final class Indicators {
    private Indicators() {
    }

    static String withIndicator(String properties) {
        return withIndicator("", properties);
    }

    /** @param theoryBlock properties of a `theory` block on line 1 ({@code ""} for none: line 1 stays a comment) */
    static String withIndicator(String theoryBlock, String properties) {
        return (theoryBlock.isEmpty() ? "# theory\n" : "theory \"T\" { " + theoryBlock + " }\n") + """
                impact I "Prepared"
                activity A1 "Train"
                outcome O1 "Clinics apply the protocols" horizon short {
                  indicator X "Share of clinics" {
                """ + properties.indent(4) + """
                  }
                }
                A1 -> O1 -> I
                """;
    }
}
