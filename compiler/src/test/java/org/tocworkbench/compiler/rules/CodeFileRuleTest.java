package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class CodeFileRuleTest {
    private static Checked theory(String code, String data) {
        return Checked.text("impact I \"Prepared\"\noutcome O1 \"Plan\" {\n    indicator OC1_1 \"Plans\" { " + code
                + " }\n}\nO1 -> I\n" + data);
    }

    @Test
    void aCodeLimitedToAnUnboundFileIsAWarningWithTheClosestBoundFile() {
        Diagnostic d = theory("code \"Ab3dE5fG7h9\" in \"hmis-value.csv\"", "data \"monitoring/hmis-values.csv\" { }\n")
                .reports(Code.CODE_FILE_NOT_BOUND, "3:36",
                        "code \"Ab3dE5fG7h9\" is limited to \"hmis-value.csv\", which no data block reads");
        assertEquals(List.of("did you mean \"hmis-values.csv\"?"), d.help());
        assertEquals(null, d.replacement(), "no quick fix: it would replace the code, not the file");
    }

    @Test
    void withNoDataBlockTheHelpSaysHowToBindTheFile() {
        Diagnostic d = theory("code \"7\" in \"hmis.csv\"", "").reports(Code.CODE_FILE_NOT_BOUND, "3:36", "\"hmis.csv\"");
        assertEquals(List.of("bind the file: `data \"hmis.csv\" { ... }`"), d.help());
    }

    @Test
    void aCodeLimitedToABoundFileIsFine() {
        theory("code \"7\" in \"./data/../hmis.csv\"", "data \"hmis.csv\" { }\n").reportsNo(Code.CODE_FILE_NOT_BOUND);
        theory("code \"7\" in \"hmis.csv\"", "data \"monitoring/hmis.csv\" { }\n").reportsNo(Code.CODE_FILE_NOT_BOUND);
    }

    @Test
    void unscopedCodesAreNotChecked() {
        theory("code \"7\"", "").reportsNo(Code.CODE_FILE_NOT_BOUND);
    }
}
