package org.tocworkbench.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.draft.DraftAssumption;
import org.tocworkbench.compiler.draft.DraftIndicator;
import org.tocworkbench.compiler.draft.DraftLink;
import org.tocworkbench.compiler.draft.DraftReportingOrg;
import org.tocworkbench.compiler.draft.DraftResult;
import org.tocworkbench.compiler.draft.DraftValue;
import org.tocworkbench.compiler.draft.TheoryDraft;
import org.tocworkbench.compiler.model.Aggregation;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.OrganisationType;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.compiler.source.SourceFile;

/** DraftWriter writes an imported theory as formatted .toc text, with the source's gaps as notes. */
class DraftWriterTest {
    private static final TheoryDraft DRAFT = new TheoryDraft(List.of("Imported from a test."), "A \"quoted\" title",
            Optional.of("2024"), Optional.of("2026"),
            List.of(new DraftResult("OC1", NodeKind.OUTCOME, "Girls stay in school", "", List.of(
                            new DraftIndicator("OC1_1", "Transition rate", "", List.of("1.1"), UnitKind.PERCENT, "",
                                    Optional.of(Direction.INCREASE),
                                    Optional.of(new DraftValue("58", true, Optional.of("2024"))),
                                    List.of(new DraftValue("62", true, Optional.empty())),
                                    Optional.of(new DraftValue("70", true, Optional.of("2026-03"))),
                                    List.of("sex"), "School registers", List.of("the source names it only \"1.1\""),
                                    List.of(), Optional.of(Aggregation.MEAN), false),
                            new DraftIndicator("OC1_2", "Quality", "", List.of(), UnitKind.SCALE, "", Optional.empty(),
                                    Optional.of(new DraftValue("1", false, Optional.of("2024"))), List.of(),
                                    Optional.of(new DraftValue("3", false, Optional.of("2026"))), List.of(), "",
                                    List.of(), List.of("poor", "fair", "good"), Optional.empty(), false),
                            new DraftIndicator("OC1_3", "Girls enrolled", "", List.of(), UnitKind.COUNT, "girls",
                                    Optional.empty(), Optional.of(new DraftValue("0", false, Optional.of("2024"))),
                                    List.of(), Optional.of(new DraftValue("900", false, Optional.of("2026"))),
                                    List.of(), "", List.of(), List.of(), Optional.empty(), true)),
                            List.of("the source gives no statement")),
                    new DraftResult("OP1", NodeKind.OUTPUT, "Bursaries paid", "", List.of(), List.of())),
            List.of(new DraftLink("OP1", "OC1", Optional.of("the levels"))),
            List.of(new DraftAssumption("AS1", "Fees stay waived", Optional.of("OC1")),
                    new DraftAssumption("AS2", "Rains come", Optional.empty())),
            List.of("the source gives no title"), List.of("x-actuals.xlsx"), "First line.\nSecond line.");

    @Test
    void anImportedTheoryIsWrittenFormattedWithItsNotesWhereTheyBelong() {
        String text = new DraftWriter().write(DRAFT);
        assertEquals("""
                # Imported from a test.

                # To check: the source gives no title
                theory "A \\"quoted\\" title" {
                    period 2024 to 2026
                    description \"\"\"
                        First line.
                        Second line.
                    \"\"\"
                }

                # To check: the source gives no statement
                outcome OC1 "Girls stay in school" {
                    # To check: the source names it only "1.1"
                    indicator OC1_1 "Transition rate" {
                        code "1.1"
                        unit percent
                        direction increase
                        baseline 58% at 2024
                        # To check: the source gives the milestone 62% without a date; add `milestone 62% by DATE`
                        target 70% by 2026-03
                        aggregation mean
                        disaggregate by "sex"
                        source "School registers"
                    }
                    indicator OC1_2 "Quality" {
                        unit scale "poor", "fair", "good"
                        baseline 1 at 2024
                        target 3 by 2026
                    }
                    indicator OC1_3 "Girls enrolled" {
                        unit count "girls"
                        baseline 0 at 2024
                        target 900 by 2026
                        cumulative
                    }
                    assumption AS1 "Fees stay waived"
                }

                output OP1 "Bursaries paid"

                OP1 -> OC1 {
                    inferred "the levels"
                }

                # To check: the source gives these assumptions no result or link; attach each with `assumes` where it belongs
                assumption AS2 "Rains come"

                data "x-actuals.xlsx" {}
                """, text);
        assertEquals(text, new TocFormatter().format(new SourceFile("x.toc", text)).text(), "already formatted");
    }

    @Test
    void theWrittenTheoryParsesAndBindsWithoutErrors() {
        String text = new DraftWriter().write(DRAFT).replace("data \"x-actuals.xlsx\" {}\n", "");
        Compilation compilation = new TocCompiler().compile(new SourceFile("x.toc", text), CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        assertEquals("First line.\nSecond line.", compilation.theory().metadata().description());
    }

    @Test
    void theIatiActivityAndItsPublisherOpenTheTheoryBlockAndBindAsWritten() {
        TheoryDraft draft = DRAFT.withPublishing(Optional.of("XM-EXAMPLE-1-P1"), Optional.of(new DraftReportingOrg(
                "XM-EXAMPLE-1", Optional.of("Example \"Trust\""), Optional.of(OrganisationType.FOUNDATION))));
        String text = new DraftWriter().write(draft).replace("data \"x-actuals.xlsx\" {}\n", "");
        assertTrue(text.contains("theory \"A \\\"quoted\\\" title\" {\n    identifier \"XM-EXAMPLE-1-P1\"\n"
                + "    reporting org \"XM-EXAMPLE-1\" \"Example \\\"Trust\\\"\" type foundation\n    period 2024 to 2026\n"), text);
        var metadata = new TocCompiler().compile(new SourceFile("x.toc", text), CompileOptions.DEFAULT).theory().metadata();
        assertEquals(Optional.of("XM-EXAMPLE-1-P1"), metadata.identifier());
        assertEquals(Optional.of("Example \"Trust\""), metadata.reportingOrg().orElseThrow().name());
        String unnamed = new DraftWriter().write(DRAFT.withPublishing(Optional.empty(), Optional.of(new DraftReportingOrg(
                "XM-EXAMPLE-1", Optional.of("XM-EXAMPLE-1"), Optional.empty()))));
        assertTrue(unnamed.contains("    reporting org \"XM-EXAMPLE-1\"\n"), "a name that is the ref is not repeated: " + unnamed);
    }
}
