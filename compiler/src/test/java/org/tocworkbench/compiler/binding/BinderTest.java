package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Theory;

/** Names, properties and values: the TOC1xx codes and the value checks of TOC004–TOC008 and TOC302. */
class BinderTest {
    private static final String HEAD = "impact I \"Prepared\"\nactivity A1 \"Train\"\n";

    // ------------------------------------------------------------------ names

    @Test
    void misspeltNameIsUndefinedWithTheLikelyName() {
        Diagnostic d = Checked.text(HEAD + "output P1 \"Trained\"\nA1 -> P2 -> I\n")
                .reports(Code.UNDEFINED_NAME, "4:7", "undefined identifier `P2`");
        assertEquals("P1", d.replacement());
        assertEquals("not declared anywhere", d.label());
    }

    @Test
    void unknownNameWithNothingCloseSaysHowToDeclareIt() {
        Diagnostic d = Checked.text(HEAD + "A1 -> Outbreaks -> I\n").reports(Code.UNDEFINED_NAME, "3:7", "`Outbreaks`");
        assertEquals(List.of("declare it, e.g. `outcome Outbreaks \"What changes\"`"), d.help());
        assertNull(d.replacement());
    }

    @Test
    void undefinedActorSuggestsAnActorDeclaration() {
        Diagnostic d = Checked.text(HEAD + "A1 -> I\noutput P1 \"Trained\" by Backbone\nA1 -> P1 -> I\n")
                .reports(Code.UNDEFINED_NAME, "4:24", "`Backbone`");
        assertEquals(List.of("declare it, e.g. `actor Backbone \"Name\" role member`"), d.help());
    }

    @Test
    void secondDeclarationOfANameIsReportedWithTheFirst() {
        Diagnostic d = Checked.text(HEAD + "activity A1 \"Drill\"\nA1 -> I\n")
                .reports(Code.DUPLICATE_NAME, "3:10", "`A1` is declared twice");
        assertEquals(List.of("first declared as a node at test.toc:2:10"), d.notes());
    }

    @Test
    void nameSharedByAnActorAndANodeIsADuplicate() {
        Checked.text("actor A1 \"Agency\"\n" + HEAD + "A1 -> I\n").reports(Code.DUPLICATE_NAME, "3:10", "`A1`");
    }

    @Test
    void secondTheoryBlockIsReported() {
        Checked.text("theory \"A\" { }\ntheory \"B\" { }\n" + HEAD + "A1 -> I\n")
                .reports(Code.DUPLICATE_NAME, "2:8", "the theory is described twice");
    }

    @Test
    void actorUsedAsANodeIsTheWrongKind() {
        Diagnostic d = Checked.text("actor MOH \"Ministry\"\n" + HEAD + "A1 -> MOH\nA1 -> I\n")
                .reports(Code.WRONG_KIND_OF_NAME, "4:7", "`MOH` is an actor, not a node");
        assertEquals("expected a node here", d.label());
    }

    @Test
    void nodeUsedAsAnAssumptionIsTheWrongKind() {
        Checked.text(HEAD + "A1 -> I { assumes A1 }\n")
                .reports(Code.WRONG_KIND_OF_NAME, "3:19", "`A1` is a node, not an assumption");
    }

    @Test
    void misspeltFunctionIsAWarningWithTheLikelyFunction() {
        Diagnostic d = Checked.text(HEAD + "A1 -> I\noutput P1 \"x\" { functions advocasy, learning }\nP1 -> I\n")
                .reports(Code.UNKNOWN_FUNCTION, "4:27", "unknown network or organisational function `advocasy`");
        assertEquals("advocacy", d.replacement());
        assertEquals(2, d.notes().size());
    }

    @Test
    void twoPathwaysWithOneTitleAreReported() {
        Checked.text(HEAD + "A1 -> I\npathway \"Route\" { A1 -> I }\npathway \"Route\" { A1 -> I }\n")
                .reports(Code.DUPLICATE_PATHWAY, "5:9", "pathway \"Route\" is declared twice");
    }

    @Test
    void twoPathwaysWithOneIdentifierAreReportedAtTheIdentifier() {
        Diagnostic d = Checked.text(HEAD + "A1 -> I\npathway \"Route\" { A1 -> I }\npathway route \"Other\" { A1 -> I }\n")
                .reports(Code.DUPLICATE_PATHWAY, "5:9", "two pathways have the identifier `route`");
        assertEquals("the pathway \"Route\" at test.toc:4:1 has it too", d.label());
    }

    @Test
    void linkDeclaredTwiceIsAWarningAndItsPropertiesAreMerged() {
        Checked checked = Checked.text(HEAD + "A1 -> I { assumes AS1 }\nA1 -> I { rationale \"Trained staff respond\" }\n"
                + "assumption AS1 \"Staff stay\"\n");
        checked.reports(Code.DUPLICATE_LINK, "4:1", "`A1 -> I` is declared twice");
        Link link = checked.compilation().theory().links().get(0);
        assertEquals(List.of("AS1"), link.assumptions());
        assertEquals("Trained staff respond", link.rationale());
    }

    @Test
    void nodeLinkedToItselfIsReportedAndTheRestOfTheChainKept() {
        Checked checked = Checked.text(HEAD + "A1 -> A1 -> I\n");
        checked.reports(Code.SELF_LINK, "3:1", "`A1` is linked to itself");
        assertEquals(List.of("A1 -> I"), checked.compilation().theory().links().stream().map(Link::key).toList());
    }

    // ------------------------------------------------------------------ values and properties

    @Test
    void impossibleDateIsReported() {
        Checked.text(HEAD + "A1 -> I\ntheory \"T\" { period 2024 to 2026-02-30 }\n")
                .reports(Code.INVALID_DATE, "4:29", "`2026-02-30` is not a date");
    }

    @Test
    void misspeltHorizonIsAnInvalidValueWithTheLikelyWord() {
        Diagnostic d = Checked.text(HEAD + "A1 -> O1 -> I\noutcome O1 \"x\" horizon shrot\n")
                .reports(Code.INVALID_VALUE, "4:24", "unknown horizon `shrot`");
        assertEquals("expected one of short, medium, long", d.label());
        assertEquals("short", d.replacement());
    }

    @Test
    void synonymsOfEnumeratedWordsAreAccepted() {
        Checked checked = Checked.text(HEAD + "A1 -> I { kind contributing strength moderate }\n"
                + "actor D \"Donor\" role donor\noutput P1 \"x\" by D\nA1 -> P1 -> I\n");
        checked.reportsNothing();
    }

    @Test
    void scaleWithoutLabelsIsAnInvalidValue() {
        Checked.text(HEAD + "A1 -> I\noutput P1 \"x\" { indicator X \"q\" { unit scale } }\nP1 -> I\n")
                .reports(Code.INVALID_VALUE, "4:35", "an ordinal scale needs its labels");
    }

    @Test
    void cumulativeAndSnapshotContradictEachOther() {
        Checked.text(HEAD + "A1 -> I\noutput P1 \"x\" { indicator X \"q\" { cumulative snapshot } }\nP1 -> I\n")
                .reports(Code.INVALID_VALUE, "4:46", "either `cumulative` or `snapshot`, not both");
    }

    @Test
    void repeatedPropertyIsReportedOncePerRepeat() {
        Checked checked = Checked.text(HEAD + "A1 -> O1 -> I\noutcome O1 \"x\" {\n  horizon short\n  horizon medium\n  horizon long\n}\n");
        assertEquals(2, checked.all(Code.REPEATED_PROPERTY).size(), checked::human);
        Diagnostic d = checked.reports(Code.REPEATED_PROPERTY, "7:3", "`horizon` is given more than once");
        assertEquals("this one replaces the one on line 6", d.label());
        assertEquals("long", checked.compilation().theory().nodes().get("O1").horizon().word());
    }

    @Test
    void repeatedPropertyThatIsAlsoMisplacedIsReportedOnce() {
        Checked checked = Checked.text(HEAD.replace("\"Train\"", "\"Train\" horizon short horizon long") + "A1 -> I\n");
        assertEquals(1, checked.all(Code.REPEATED_PROPERTY).size(), checked::human);
        checked.reports(Code.MISPLACED_PROPERTY, "2:35", "`horizon` applies to outcomes and preconditions, not to an activity");
    }

    @Test
    void topLevelIndicatorWithoutForIsMisplaced() {
        Checked.text(HEAD + "A1 -> I\nindicator X \"Trained\" { baseline 0 at 2024 target 9 by 2026 }\n")
                .reports(Code.MISPLACED_PROPERTY, "4:11", "indicator `X` does not say what it measures");
    }

    @Test
    void nestedIndicatorWithForIsMisplaced() {
        Checked.text(HEAD + "A1 -> I\noutput P1 \"x\" {\n  indicator X \"q\" for A1 { baseline 0 at 2024 target 9 by 2026 }\n}\nP1 -> I\n")
                .reports(Code.MISPLACED_PROPERTY, "5:23", "`for` is only for indicators declared outside a node");
    }

    @Test
    void commentsOnlyFileDeclaresNothing() {
        Diagnostic d = Checked.text("# to be written\n// after the workshop\n")
                .reports(Code.EMPTY_THEORY, "1:1", "nothing is declared in this file");
        assertEquals("only comments and blank lines", d.label());
    }

    // ------------------------------------------------------------------ data binding

    @Test
    void dataBlockWithoutAFileIsIncomplete() {
        Checked.text(HEAD + "A1 -> I\ndata { sheet \"Data\" }\n")
                .reports(Code.DATA_BINDING_INCOMPLETE, "4:1", "the data block does not name a file");
    }

    @Test
    void fileNamedTwiceIsContradictory() {
        Checked.text(HEAD + "A1 -> I\ndata \"a.xlsx\" { file \"b.xlsx\" }\n")
                .reports(Code.DATA_BINDING_INCOMPLETE, "4:17", "the data file is named twice");
    }

    @Test
    void unknownColumnRoleIsAnInvalidValue() {
        Diagnostic d = Checked.text(HEAD + "A1 -> I\ndata \"a.xlsx\" {\n  vaule column \"Value\"\n}\n")
                .reports(Code.INVALID_VALUE, "5:3", "unknown column role `vaule`");
        assertEquals("value", d.replacement());
    }

    @Test
    void unknownMonthForTheFiscalYearIsAnInvalidValue() {
        Diagnostic d = Checked.text(HEAD + "A1 -> I\ndata \"a.xlsx\" {\n  fiscal year starts juli\n}\n")
                .reports(Code.INVALID_VALUE, "5:22", "`juli` is not a month");
        assertEquals("july", d.replacement());
    }

    @Test
    void dataBindingIsReadIntoTheModel() {
        Theory theory = Checked.text(HEAD + "A1 -> I\ndata \"m.xlsx\" {\n  layout wide\n  header row 2\n"
                + "  indicator column \"Code\"\n  group column \"Region\"\n  fiscal year starts 7\n}\n")
                .compilation().theory();
        var binding = theory.data().get(0);
        assertEquals("m.xlsx", binding.file());
        assertEquals(2, binding.headerRow());
        assertEquals(7, binding.fiscalYearStart());
        assertEquals("Region", binding.columns().get("disaggregation"));
        assertTrue(binding.resolvedPath().endsWith("m.xlsx"));
    }

    @Test
    void headerWithoutARowNumberLeftByASyntaxErrorDoesNotBreakBinding() {
        Checked.text(HEAD + "A1 -> I\ndata \"a.csv\" {\n  header rows first to 3\n}\n")
                .reports(Code.SYNTAX_ERROR, "5:15", "expected a number");
    }
}
