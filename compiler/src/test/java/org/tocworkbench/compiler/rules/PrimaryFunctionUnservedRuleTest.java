package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class PrimaryFunctionUnservedRuleTest {
    private static final String THEORY = """
            theory "Network" {
                primary functions advocacy, investing
            }
            actor M1 "Member" role member
            impact I "Change"
            output P1 "Briefs" by M1 { functions advocacy }
            P1 -> I
            """;

    @Test
    void aPrimaryFunctionNothingServesIsReportedAtTheDeclaration() {
        Checked.text(THEORY).reports(Code.PRIMARY_FUNCTION_UNSERVED, "2:5", "`investing`", "no result or pathway");
    }

    @Test
    void aPathwayTaggedWithTheFunctionServesIt() {
        Checked.text(THEORY + "pathway \"Grants\" { functions investing\n P1 -> I }\n")
                .reportsNo(Code.PRIMARY_FUNCTION_UNSERVED);
    }

    @Test
    void secondaryFunctionsAndTheoriesWithoutDeclarationAreLeftAlone() {
        Checked.text(THEORY.replace("primary functions advocacy, investing", "primary functions advocacy\n"
                + "secondary functions investing")).reportsNo(Code.PRIMARY_FUNCTION_UNSERVED);
        Checked.text("impact I \"Change\"\n").reportsNo(Code.PRIMARY_FUNCTION_UNSERVED);
    }
}
