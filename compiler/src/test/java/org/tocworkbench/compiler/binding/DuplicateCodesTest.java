package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class DuplicateCodesTest {
    private static String theory(String codes1, String codes2, String tail) {
        return "impact I \"Prepared\"\n"
                + "outcome O1 \"Plan\" {\n"
                + "    indicator OC1_1 \"Committees\" { " + codes1 + " }\n"
                + "    indicator OC1_2 \"Plans\" { " + codes2 + " }\n"
                + "}\nO1 -> I\n" + tail;
    }

    @Test
    void oneCodeForTwoIndicatorsIsAnErrorAtTheSecond() {
        Diagnostic d = Checked.text(theory("code \"1.1\"", "code \"1.1\"", ""))
                .reports(Code.DUPLICATE_CODE, "4:36", "code \"1.1\" is given to both `OC1_1` and `OC1_2`");
        assertEquals("also the code of `OC1_1` on line 3", d.label());
    }

    @Test
    void codesDifferingOnlyInCaseOrSpacesAreTheSameCode() {
        Checked.text(theory("code \"IND-1\"", "code \" ind-1\"", ""))
                .reports(Code.DUPLICATE_CODE, "4:36", "`OC1_1` and `OC1_2`");
    }

    @Test
    void theSameCodeInDifferentFilesIsNoConflict() {
        Checked.text(theory("code \"1.1\" in \"a.csv\"", "code \"1.1\" in \"b.csv\"", "data \"a.csv\" { }\ndata \"b.csv\" { }\n"))
                .reportsNo(Code.DUPLICATE_CODE);
    }

    @Test
    void aCodeLimitedToAFileMayOverrideAnUnscopedOne() {
        Checked.text(theory("code \"1.1\"", "code \"1.1\" in \"b.csv\"", "data \"b.csv\" { }\n"))
                .reportsNo(Code.DUPLICATE_CODE);
    }

    @Test
    void oneCodeForTwoIndicatorsInOneFileIsAConflict() {
        Checked.text(theory("code \"1.1\" in \"a.csv\"", "code \"1.1\" in \"a.csv\"", "data \"a.csv\" { }\n"))
                .reports(Code.DUPLICATE_CODE, "4:36", "in \"a.csv\"");
    }

    @Test
    void aCodeThatIsAnotherIndicatorsIdIsAConflict() {
        Diagnostic d = Checked.text(theory("unit count", "code \"oc1_1\"", ""))
                .reports(Code.DUPLICATE_CODE, "4:36", "code \"oc1_1\" of `OC1_2` is the id of indicator `OC1_1`");
        assertEquals("rows named `oc1_1` would count for `OC1_2`, not for `OC1_1`", d.label());
    }

    @Test
    void anIndicatorMayHaveItsOwnIdAsACode() {
        Checked.text(theory("code \"OC1_1\", \"oc1_1\"", "unit count", "")).reportsNo(Code.DUPLICATE_CODE);
    }

    @Test
    void oneCodeTwiceInATableForTwoIndicatorsIsAConflict() {
        Diagnostic d = Checked.text(theory("unit count", "unit count",
                        "data \"a.csv\" {\n    code \"IND-7\" is OC1_1\n    code \"ind-7\" is OC1_2\n}\n"))
                .reports(Code.DUPLICATE_CODE, "9:5", "code \"ind-7\" is given to both `OC1_1` and `OC1_2` in the table of \"a.csv\"");
        assertEquals("already given to `OC1_1` on line 8", d.label());
    }

    @Test
    void tablesOfTwoBindingsAreSeparate() {
        Checked.text(theory("unit count", "unit count",
                        "data \"a.csv\" { code \"7\" is OC1_1 }\ndata \"b.csv\" { code \"7\" is OC1_2 }\n"))
                .reportsNo(Code.DUPLICATE_CODE);
    }
}
