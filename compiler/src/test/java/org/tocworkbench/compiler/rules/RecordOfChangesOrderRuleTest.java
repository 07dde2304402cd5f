package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class RecordOfChangesOrderRuleTest {
    private static String theory(String versionLine, String changes) {
        return "theory \"T\" {\n    " + versionLine + "\n    changes {\n" + changes + "    }\n}\n"
                + "impact I \"Children breathe cleaner air\"\nactivity A1 \"Publish the brief\"\nA1 -> I\n";
    }

    @Test
    void anEntryDatedBeforeTheOneAboveItIsReported() {
        Checked.text(theory("version \"2.0\"", "        \"1.0\" at 2025-01 \"First\"\n        \"1.1\" at 2024-06 \"Second\"\n"))
                .reports(Code.RECORD_OF_CHANGES_OUT_OF_ORDER, "5:9", "version `1.1` is dated 2024-06, before version `1.0`");
    }

    @Test
    void theVersionLineDatedBeforeTheLastEntryIsReported() {
        Checked.text(theory("version \"2.0\" at 2024-01 because \"Review\"", "        \"1.0\" at 2025-01 \"First\"\n"))
                .reports(Code.RECORD_OF_CHANGES_OUT_OF_ORDER, "2:5", "version `2.0` is dated 2024-01, before version `1.0`");
    }

    @Test
    void aVersionListedTwiceIsReported() {
        Checked.text(theory("version \"2.0\"", "        \"1.0\" at 2024 \"First\"\n        \"1.0\" at 2025 \"Again\"\n"))
                .reports(Code.RECORD_OF_CHANGES_OUT_OF_ORDER, "5:9", "version `1.0` is listed twice");
    }

    @Test
    void aRecordInOrderWithUndatedLinesIsQuiet() {
        Checked.text(theory("version \"2.0\" at 2026 because \"Review\"",
                        "        \"1.0\" at 2024 \"First\"\n        \"1.1\" at 2025 level minor because \"Second\"\n"))
                .reportsNo(Code.RECORD_OF_CHANGES_OUT_OF_ORDER);
        Checked.text("theory \"T\" { version \"1.0\" }\nimpact I \"x\"\nactivity A \"y\"\nA -> I\n")
                .reportsNo(Code.RECORD_OF_CHANGES_OUT_OF_ORDER);
    }
}
