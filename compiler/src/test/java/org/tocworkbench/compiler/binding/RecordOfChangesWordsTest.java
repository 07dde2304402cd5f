package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.model.ChangeLevel;
import org.tocworkbench.compiler.model.ChangeRecord;
import org.tocworkbench.compiler.model.Metadata;

/** The words of issue 16 that say why a theory changed: `version ... at ... level ... because`, `changes { }`. */
class RecordOfChangesWordsTest {
    private static final String TAIL = "impact I \"Children breathe cleaner air\"\nactivity A1 \"Publish the brief\"\nA1 -> I\n";

    private static Metadata metadata(String theoryBlock) {
        Checked checked = Checked.text(theoryBlock + TAIL);
        assertTrue(checked.diagnostics().stream().noneMatch(d -> d.severity().name().equals("ERROR")), checked::human);
        return checked.compilation().theory().metadata();
    }

    private static String describe(ChangeRecord r) {
        return r.version() + "|" + r.date().map(d -> d.written() + "=" + d.text()).orElse("") + "|"
                + r.level().map(ChangeLevel::word).orElse("") + "|" + r.reason();
    }

    @Test
    void theVersionLineSaysWhenHowMuchAndWhy() {
        Metadata m = metadata("theory \"T\" {\n version \"2.0\" at 2026-03-15 level major because \"Mid-term review\"\n}\n");
        assertEquals("2.0", m.version());
        assertEquals(List.of("2.0|2026-03-15=2026-03-15|major|Mid-term review"), m.changeLog().stream().map(RecordOfChangesWordsTest::describe).toList());
    }

    @Test
    void aPlainVersionStaysAVersionWithNoRecord() {
        Metadata m = metadata("theory \"T\" { version \"1.0\" }\n");
        assertEquals("1.0", m.version());
        assertEquals(Optional.empty(), m.current());
        assertEquals(List.of(), m.changeLog());
        assertEquals("2.1", metadata("theory \"T\" { version 2.1 }\n").version());
    }

    @Test
    void theChangesBlockListsEarlierVersionsWithPointsAndOptionalWords() {
        Metadata m = metadata("""
                theory "T" {
                    version "3.0" at 2027-01 because "Strategy refresh"
                    period 2024 to 2028
                    point midterm at 2026-06
                    changes {
                        "1.0" at 2024-01-10 "First version"
                        1.1 at midterm level moderate because "Targets revised"
                    }
                }
                """);
        assertEquals(List.of("1.0|2024-01-10=2024-01-10||First version", "1.1|midterm=2026-06|moderate|Targets revised",
                "3.0|2027-01=2027-01||Strategy refresh"), m.changeLog().stream().map(RecordOfChangesWordsTest::describe).toList());
    }

    @Test
    void theNewWordsStillNameThingsInOlderFiles() {
        Checked checked = Checked.text("impact changes \"x\"\nactivity level \"y\"\nactivity because \"z\"\nlevel -> changes\nbecause -> changes\n");
        assertTrue(checked.diagnostics().stream().noneMatch(d -> d.severity().name().equals("ERROR")), checked::human);
    }

    @Test
    void anUnknownLevelIsReportedWithDidYouMean() {
        Checked.text("theory \"T\" { version \"2\" at 2026 level majr because \"x\" }\n" + TAIL)
                .reports(Code.INVALID_VALUE, "1:40", "unknown level of change `majr`");
    }
}
