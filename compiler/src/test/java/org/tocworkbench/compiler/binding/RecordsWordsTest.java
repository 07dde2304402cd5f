package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

/** An unknown word in a computed indicator or a records block is TOC005 with "did you mean", as elsewhere. */
class RecordsWordsTest {
    private static String theory(String compute, String each, String exclude) {
        return "impact I \"Better\"\noutcome O \"Changed\" {\n    indicator X \"C\" {\n        unit count\n"
                + "        compute " + compute + " from r\n        where applied = \"yes\"\n        each " + each
                + "\n    }\n}\nO -> I\nrecords r \"r.csv\" {\n    exclude " + exclude + "\n}\n";
    }

    @Test
    void anUnknownMeasure() {
        Diagnostic d = Checked.text(theory("cont", "quarter", "unapproved"))
                .reports(Code.INVALID_VALUE, "5:17", "unknown measure `cont`");
        assertEquals("count", d.replacement());
    }

    @Test
    void anUnknownPeriod() {
        Diagnostic d = Checked.text(theory("count", "quartr", "unapproved"))
                .reports(Code.INVALID_VALUE, "7:14", "unknown period `quartr`");
        assertEquals("quarter", d.replacement());
    }

    @Test
    void anUnknownCleaningRule() {
        Diagnostic d = Checked.text(theory("count", "quarter", "unaproved"))
                .reports(Code.INVALID_VALUE, "12:13", "unknown cleaning rule `unaproved`");
        assertEquals("unapproved", d.replacement());
    }
}
