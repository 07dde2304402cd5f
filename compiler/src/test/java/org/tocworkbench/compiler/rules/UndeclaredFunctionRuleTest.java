package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class UndeclaredFunctionRuleTest {
    private static final String DECLARED = """
            theory "Network" {
                primary functions advocacy
                secondary functions information-sharing
            }
            actor M1 "Member" role member
            impact I "Change"
            """;

    @Test
    void aResultServingAnUndeclaredNetworkFunctionIsReported() {
        Checked.text(DECLARED + "output P1 \"Briefs\" by M1 { functions advocacy, investing, governance }\nP1 -> I\n")
                .reports(Code.UNDECLARED_FUNCTION, "7:8", "output `P1`", "does not declare: investing");
    }

    @Test
    void aStructureServingAnUndeclaredFunctionIsReported() {
        Checked.text(DECLARED + "structure F \"Fund\" kind fund { serves investing }\n"
                        + "output P1 \"Briefs\" by M1, F { functions advocacy }\nP1 -> I\n")
                .reports(Code.UNDECLARED_FUNCTION, "7:11", "structure `F`", "investing");
    }

    @Test
    void organisationalFunctionsAndUndeclaredNetworksAreLeftAlone() {
        Checked.text(DECLARED + "output P1 \"Briefs\" by M1 { functions information-sharing, governance }\nP1 -> I\n")
                .reportsNo(Code.UNDECLARED_FUNCTION);
        Checked.text("actor M1 \"Member\" role member\nimpact I \"Change\"\n"
                + "output P1 \"Briefs\" by M1 { functions investing }\nP1 -> I\n").reportsNo(Code.UNDECLARED_FUNCTION);
    }
}
