package org.tocworkbench.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;

class TheoryDifferTest {
    private static final String BASE = """
            actor M1 "Kenya health alliance" role member
            impact I "Populations are protected from epidemics"
            outcome O1 "Ministries fund a preparedness budget line" horizon medium by M1 {
                indicator O1_1 "Countries with a funded budget line" { unit count baseline 0 at 2024 target 4 by 2027 }
            }
            output OP1 "Country budget briefs on preparedness spending published" by M1
            assumption AS1 "Ministries treat civil-society analysis as credible" { risk high status untested }
            activity A1 "Track preparedness budgets each cycle" by M1
            A1 -> OP1
            OP1 -> O1 { kind necessary assumes AS1 }
            O1 -> I
            pathway financing "Financing" { A1 -> OP1 -> O1 -> I }
            """;

    private static Theory compile(String text) {
        Compilation c = new TocCompiler().compile(new SourceFile("t.toc", text), CompileOptions.DEFAULT.withoutRules());
        assertFalse(c.hasErrors(), () -> c.diagnostics().toString());
        return c.theory();
    }

    private static TheoryDiff diff(String before, String after) {
        return new TheoryDiffer().diff("old.toc", compile(before), "new.toc", compile(after));
    }

    private static List<String> lines(TheoryDiff diff) {
        return diff.changes().stream().map(c -> c.kind().word() + " " + c.type().word() + " " + c.oldId() + ">" + c.id()
                + " " + c.properties().stream().map(PropertyChange::property).toList()).toList();
    }

    @Test
    void aNewPublisherOfTheIatiActivityIsAChangeOfTheTheory() {
        String before = "theory \"T\" {\n    identifier \"GB-GOV-1-3\"\n    reporting org \"GB-GOV-1\" type 10\n}\n" + BASE;
        String after = before.replace("reporting org \"GB-GOV-1\" type 10", "reporting org \"GB-GOV-1\" \"FCDO\" type 10")
                .replace("\"GB-GOV-1-3\"", "\"GB-GOV-1-4\"");
        TheoryDiff diff = diff(before, after);
        assertEquals(List.of("theory changed theory>theory [identifier, reporting org]"), lines(diff));
        assertEquals(List.of("GB-GOV-1 type government", "GB-GOV-1 \"FCDO\" type government"), diff.changes().get(0)
                .properties().stream().filter(c -> c.property().equals("reporting org")).flatMap(c -> java.util.stream.Stream.of(
                        c.before(), c.after())).toList());
    }

    @Test
    void renamedIdsAreOneRenameEachAndTheirReferencesAreNotChanges() {
        String after = BASE.replaceAll("\\bOP1\\b", "OP_BRIEFS").replaceAll("\\bAS1\\b", "AS_CREDIBLE")
                .replaceAll("\\bM1\\b", "KEN");
        TheoryDiff diff = diff(BASE, after);
        assertEquals(List.of("actor renamed M1>KEN []", "result renamed OP1>OP_BRIEFS []",
                "assumption renamed AS1>AS_CREDIBLE []"), lines(diff));
        assertFalse(diff.nothingInCommon());
    }

    @Test
    void aRenameThatIsAlsoRewordedIsOneRenameWithItsStatementChanged() {
        String after = BASE.replaceAll("\\bOP1\\b", "OP9")
                .replace("Country budget briefs on preparedness spending published", "Country budget briefs on preparedness spending published yearly");
        assertEquals(List.of("result renamed OP1>OP9 [statement]"), lines(diff(BASE, after)));
    }

    @Test
    void aDifferentStatementUnderANewIdIsARemovalAndAnAddition() {
        String after = BASE.replaceAll("\\bOP1\\b", "OP9")
                .replace("Country budget briefs on preparedness spending published", "Journalists trained in health reporting");
        List<String> lines = lines(diff(BASE, after));
        assertTrue(lines.contains("result added OP9>OP9 []"), lines.toString());
        assertTrue(lines.contains("result removed OP1>OP1 []"), lines.toString());
        assertTrue(lines.contains("link removed A1 -> OP1>A1 -> OP1 []"), lines.toString());
    }

    @Test
    void resultsAtDifferentLevelsAreNeverRenamesOfEachOther() {
        String after = BASE.replace("output OP1 \"Country", "outcome OP2 \"Country").replaceAll("\\bOP1\\b", "OP2");
        List<String> lines = lines(diff(BASE, after));
        assertTrue(lines.contains("result added OP2>OP2 []") && lines.contains("result removed OP1>OP1 []"), lines.toString());
    }

    @Test
    void movedRetargetedAndReassessedElementsNameTheirProperty() {
        String after = BASE.replace("horizon medium", "horizon long").replace("target 4 by 2027", "target 5 by 2028")
                .replace("status untested", "status supported").replace("kind necessary", "kind contributory");
        assertEquals(List.of("result changed O1>O1 [horizon]", "link changed OP1 -> O1>OP1 -> O1 [kind]",
                "assumption changed AS1>AS1 [status]", "indicator changed O1_1>O1_1 [target]"), lines(diff(BASE, after)));
    }

    @Test
    void theoriesWithNothingInCommonAreNotedAndStillCompared() {
        TheoryDiff diff = diff(BASE, "impact X \"Rivers are clean\"\noutput Y \"Nets recovered from the river\"\nY -> X\n");
        assertTrue(diff.nothingInCommon());
        assertEquals(2, diff.of(ElementKind.RESULT).stream().filter(c -> c.type() == ChangeType.ADDED).count());
    }

    /**
     * Property: in random theories with random renames (ids changed everywhere, statements kept),
     * every renamed id is found as a rename, nothing else is reported, and two runs agree.
     */
    @Test
    void randomRenamesAreAlwaysFoundAndNothingElseIsReported() {
        Random random = new Random(16);
        for (int round = 0; round < 20; round++) {
            int n = 5 + random.nextInt(40);
            StringBuilder text = new StringBuilder("impact I \"The region thrives\"\n");
            for (int i = 0; i < n; i++) {
                text.append("outcome R").append(i).append(" \"").append(statement(random, i)).append("\" horizon short\n");
                text.append("R").append(i).append(" -> ").append(i == 0 ? "I" : "R" + random.nextInt(i)).append('\n');
            }
            String before = text.toString();
            String after = before;
            List<String> renamed = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (random.nextInt(4) == 0) {
                    after = after.replaceAll("\\bR" + i + "\\b", "S" + i);
                    renamed.add("result renamed R" + i + ">S" + i + " []");
                }
            }
            TheoryDiff first = diff(before, after);
            assertEquals(renamed.stream().sorted().toList(), lines(first).stream().sorted().toList(), after);
            assertEquals(lines(first), lines(diff(before, after)), "deterministic");
        }
    }

    private static String statement(Random random, int i) {
        String[] who = {"Ministries", "Clinics", "Members", "Journalists", "Parliaments", "Districts", "Teachers"};
        String[] verb = {"fund", "publish", "adopt", "track", "debate", "apply", "review"};
        String[] what = {"budget lines", "protocols", "briefs", "plans", "reports", "curricula", "guidelines"};
        return who[random.nextInt(who.length)] + " " + verb[random.nextInt(verb.length)] + " "
                + what[random.nextInt(what.length)] + " in district " + i;
    }
}
