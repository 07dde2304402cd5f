package org.tocworkbench.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Theory;

/** Syntax errors: one per mistake, in plain words, at the right place, with the rest of the file still read. */
class SyntaxErrorsTest {
    private static final String HEAD = "impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\n";

    @Test
    void misspeltKeywordGivesOneErrorWithTheKeyword() {
        Checked checked = Checked.text(HEAD + "outcom O1 \"Clinics respond\" horizon short\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        Diagnostic d = checked.reports(Code.SYNTAX_ERROR, "4:1", "unknown keyword `outcom`");
        assertEquals(List.of("did you mean `outcome`?"), d.help());
        assertEquals("outcome", d.replacement());
    }

    @Test
    void anUnfinishedTransitionAsksForAKindOrNodes() {
        Checked checked = Checked.text(HEAD + "transition activity ->\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        checked.reports(Code.SYNTAX_ERROR, "4:23", "expected a kind of result (`activity`, `output`, `outcome`, "
                + "`precondition`, `impact`) or the names of nodes after `transition activity ->`");
    }

    @Test
    void aTransitionWithoutAssumptionsAsksForAssumes() {
        Checked.text(HEAD + "transition activity -> impact\n")
                .reports(Code.SYNTAX_ERROR, "4:30", "expected `assumes` after `transition activity -> impact`");
    }

    @Test
    void twoWordsThatAreNoKeywordAskForAnArrow() {
        Checked checked = Checked.text(HEAD + "A1 P1\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        checked.reports(Code.SYNTAX_ERROR, "4:4", "expected `->` after `A1`, found `P1`");
    }

    @Test
    void misspeltPropertyIsReportedOnceAndTheBlockGoesOn() {
        Checked checked = Checked.text(HEAD + """
                outcome O1 "Clinics respond" {
                  horizn short
                  indicator X "Share" { baseline 1 at 2024 target 2 by 2026 }
                }
                """);
        checked.reportsExactly(Code.SYNTAX_ERROR);
        Diagnostic d = checked.reports(Code.SYNTAX_ERROR, "5:3", "expected a property (", "found `horizn`");
        assertEquals(List.of("did you mean `horizon`?"), d.help());
        assertTrue(d.message().contains("after `outcome O1 \"Clinics respond\" {`"), d.message());
        assertEquals(List.of("X"), theory(checked).nodes().get("O1").indicators(), "the indicator stays in its block");
    }

    @Test
    void twoBadLinesInABlockAreTwoErrors() {
        Checked checked = Checked.text(HEAD + "A1 -> I {\n  kidn necessary\n  rationale \"x\"\n  strenght high\n}\n");
        assertEquals(2, checked.all(Code.SYNTAX_ERROR).size(), checked::human);
        checked.reports(Code.SYNTAX_ERROR, "5:3", "found `kidn`");
        checked.reports(Code.SYNTAX_ERROR, "7:3", "found `strenght`");
    }

    @Test
    void unclosedBlockAtTheEndIsReportedAtItsBrace() {
        Checked checked = Checked.text(HEAD + "outcome O1 \"Clinics respond\" {\n  horizon short\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        Diagnostic d = checked.reports(Code.SYNTAX_ERROR, "4:30", "the block opened on line 4 is never closed");
        assertEquals("this `{` has no matching `}`", d.label());
    }

    @Test
    void unclosedBlockBeforeTheNextDeclarationIsReportedOnceAndTheDeclarationRead() {
        Checked checked = Checked.text(HEAD + "outcome O1 \"Clinics respond\" {\n  horizon short\noutcome O2 \"Trust grows\"\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        Diagnostic d = checked.reports(Code.SYNTAX_ERROR, "4:30", "never closed");
        assertEquals(List.of("add `}` where the block ends, before `outcome` on line 6"), d.help());
        assertNotNull(theory(checked).nodes().get("O2"));
    }

    @Test
    void unclosedLinkBlockBeforeTheNextLinkIsReportedOnce() {
        Checked checked = Checked.text(HEAD + "A1 -> I {\n  rationale \"x\"\nactivity A2 \"Lobby\"\nA2 -> I\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        checked.reports(Code.SYNTAX_ERROR, "4:9", "the block opened on line 4 is never closed");
    }

    @Test
    void strayClosingBraceIsReported() {
        Checked.text(HEAD + "}\n").reports(Code.SYNTAX_ERROR, "4:1", "unexpected `}` with no open block");
    }

    @Test
    void errorAtTheEndOfTheFilePointsJustAfterTheLastToken() {
        Diagnostic d = Checked.text(HEAD + "A1 ->\n\n\n").reports(Code.SYNTAX_ERROR, "4:6",
                "expected a name after `A1 ->`, found the end of the file");
        assertEquals("the file ends here", d.label());
    }

    @Test
    void missingTitleGivesOneError() {
        Checked checked = Checked.text(HEAD + "output P1 Health workers trained\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        Diagnostic d = checked.reports(Code.SYNTAX_ERROR, "4:11", "expected text in double quotes after `output P1`, found `Health`");
        assertEquals(List.of("titles and other text go in double quotes: \"Health ...\""), d.help());
    }

    @Test
    void wordAfterACompleteDeclarationIsUnexpectedWithTheLikelyProperty() {
        Checked checked = Checked.text(HEAD + "outcome O1 \"Clinics respond\" horizen short\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        Diagnostic d = checked.reports(Code.SYNTAX_ERROR, "4:30", "unexpected `horizen` after `outcome O1 \"Clinics respond\"`");
        assertEquals("horizon", d.replacement());
    }

    @Test
    void missingCommaBetweenNamesIsExplained() {
        Checked checked = Checked.text("actor X \"x\"\nactor Y \"y\"\n" + HEAD + "output P1 \"Trained\" {\n  by X Y\n}\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        Diagnostic d = checked.reports(Code.SYNTAX_ERROR, "7:8", "found `Y`");
        assertEquals(List.of("separate the names of a list with commas: `X, Y`"), d.help());
    }

    @Test
    void missingKeywordInsideAPropertyIsReportedAndThePropertyKept() {
        Checked checked = Checked.text(HEAD.replace("A1 -> I", "A1 -> O1 -> I") + """
                outcome O1 "Clinics respond" {
                  indicator X "Share" {
                    baseline 10% 2024
                    target 50% by 2026
                  }
                }
                """);
        checked.reportsExactly(Code.SYNTAX_ERROR);
        checked.reports(Code.SYNTAX_ERROR, "6:18", "expected `at` after `baseline 10%`, found `2024`");
        assertNotNull(theory(checked).indicators().get("X").baseline());
        assertNotNull(theory(checked).indicators().get("X").target());
    }

    @Test
    void textWhereADeclarationShouldStartIsReported() {
        Diagnostic d = Checked.text(HEAD + "\"Clinics respond\"\n").reports(Code.SYNTAX_ERROR, "4:1",
                "expected a declaration (`impact`, `goal`, ");
        assertTrue(d.message().endsWith(") or a link `A -> B`, found `\"Clinics respond\"`"), d.message());
    }

    @Test
    void curlyQuotedTextIsReportedOnceWithTheFixAndRead() {
        Checked checked = Checked.text("impact I \u201cPrepared communities\u201d\nactivity A1 \"Train\"\nA1 -> I\n");
        checked.reportsExactly(Code.UNEXPECTED_CHARACTER);
        Diagnostic d = checked.reports(Code.UNEXPECTED_CHARACTER, "1:10", "text in curly quotes");
        assertEquals("\"Prepared communities\"", d.replacement());
        assertEquals(22, d.span().endColumn() - d.span().column());
        assertEquals("Prepared communities", theory(checked).nodes().get("I").title());
    }

    @Test
    void germanQuotesAreReadToo() {
        Checked checked = Checked.text("impact I \u201eVorbereitet\u201c\nactivity A1 \"Train\"\nA1 -> I\n");
        checked.reportsExactly(Code.UNEXPECTED_CHARACTER);
        assertEquals("Vorbereitet", theory(checked).nodes().get("I").title());
    }

    @Test
    void stringClosedWithACurlyQuoteIsReportedWithTheFixAndRead() {
        Checked checked = Checked.text(HEAD + "output P1 \"Trained\u201d\n");
        checked.reportsExactly(Code.UNTERMINATED_STRING);
        Diagnostic d = checked.reports(Code.UNTERMINATED_STRING, "4:11", "unterminated string");
        assertEquals("closed with a curly quote `\u201d`", d.label());
        assertEquals("\"Trained\"", d.replacement());
        assertEquals("Trained", theory(checked).nodes().get("P1").title());
    }

    @Test
    void loneCurlyQuoteSaysToUseStraightQuotes() {
        Diagnostic d = Checked.text(HEAD + "output P1 \"Trained\" \u201d\n")
                .reports(Code.UNEXPECTED_CHARACTER, "4:21", "unexpected character `\u201d`");
        assertEquals(List.of("text goes in straight double quotes: \"...\""), d.help());
    }

    @Test
    void semicolonAtTheEndOfALineSaysToRemoveIt() {
        Checked checked = Checked.text("impact I \"Prepared\";\nactivity A1 \"Train\"\nA1 -> I\n");
        checked.reportsExactly(Code.UNEXPECTED_CHARACTER);
        Diagnostic d = checked.reports(Code.UNEXPECTED_CHARACTER, "1:20", "unexpected character `;`");
        assertEquals(List.of("a declaration ends with its line; remove the `;`"), d.help());
    }

    @Test
    void strayCharacterInALinkGivesNoSecondErrorOnItsLine() {
        Checked checked = Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 > I\n");
        checked.reportsExactly(Code.UNEXPECTED_CHARACTER);
        Diagnostic d = checked.reports(Code.UNEXPECTED_CHARACTER, "3:4", "unexpected character `>`");
        assertEquals(List.of("a link is written with `->`"), d.help());
    }

    @Test
    void runOfStrayCharactersIsOneError() {
        Checked checked = Checked.text(HEAD + "@@@\n");
        checked.reportsExactly(Code.UNEXPECTED_CHARACTER);
        Diagnostic d = checked.reports(Code.UNEXPECTED_CHARACTER, "4:1", "unexpected characters `@@@`");
        assertEquals(3, d.span().endColumn() - d.span().column());
    }

    @Test
    void backtickIsShownInQuotes() {
        Checked.text(HEAD + "`\n").reports(Code.UNEXPECTED_CHARACTER, "4:1", "unexpected character '`'");
    }

    @Test
    void monthWithOneDigitIsReportedAsADateThatIsNotOne() {
        Checked checked = Checked.text(HEAD.replace("A1 -> I", "A1 -> O1 -> I")
                + "outcome O1 \"Clinics respond\" {\n  indicator X \"Share\" { baseline 5 at 2026-6 target 9 by 2027 }\n}\n");
        checked.reportsExactly(Code.INVALID_DATE);
        Diagnostic d = checked.reports(Code.INVALID_DATE, "5:39", "`2026-6` is not a date");
        assertEquals("not a form of date the language reads", d.label());
    }

    @Test
    void dayFirstDateIsReportedAsADateThatIsNotOne() {
        Checked.text(HEAD.replace("A1 -> I", "A1 -> O1 -> I")
                        + "outcome O1 \"Clinics respond\" {\n  indicator X \"Share\" { baseline 5 at 30/06/2026 target 9 by 2027 }\n}\n")
                .reportsExactly(Code.INVALID_DATE);
    }

    @Test
    void quarterThatDoesNotExistIsReportedAsADateThatIsNotOne() {
        Diagnostic d = Checked.text(HEAD.replace("A1 -> I", "A1 -> O1 -> I")
                        + "outcome O1 \"Clinics respond\" {\n  indicator X \"Share\" { baseline 5 at 2026-Q5 target 9 by 2027 }\n}\n")
                .reports(Code.INVALID_DATE, "5:39", "`2026-Q5` is not a date");
        assertEquals("no such quarter, month or day", d.label());
    }

    @Test
    void nothingIsReportedAfterACommentThatNeverCloses() {
        Checked checked = Checked.text(HEAD + "outcome O1 \"Clinics respond\" {\n/* horizon short }\noutput P1 \"x\"\n");
        checked.reportsExactly(Code.UNTERMINATED_STRING);
        checked.reports(Code.UNTERMINATED_STRING, "5:1", "unterminated block comment");
    }

    @Test
    void syntaxErrorsAreCappedWithANote() {
        Checked checked = Checked.text(HEAD + "x y\n".repeat(80));
        List<Diagnostic> errors = checked.all(Code.SYNTAX_ERROR);
        assertEquals(50, errors.size());
        assertEquals(List.of("31 more syntax problems in this file are not shown; fix these first"),
                errors.get(49).notes());
    }

    @Test
    void longStringOverSeveralLinesKeepsTheLinesAfterIt() {
        Checked checked = Checked.text("impact I \"Prepared\" {\n  description \"\"\"\n    many\n    lines\n  \"\"\"\n}\n"
                + "activity A1 \"Train\"\nA1 -> I\noutput P1 \"Stray\"\n");
        checked.reportsExactly(Code.NO_PATH_TO_IMPACT);
        checked.reports(Code.NO_PATH_TO_IMPACT, "9:8", "`P1`");
        assertEquals("many\nlines", theory(checked).nodes().get("I").description());
    }

    @Test
    void softKeywordsCanBeIdentifiers() {
        Checked.text("impact target \"Prepared\"\nactivity unit \"Train\"\nunit -> target\n").reportsNothing();
    }

    private static Theory theory(Checked checked) {
        return checked.compilation().theory();
    }

    @Test
    void singleQuotedTextIsReportedOnceWithTheFixAndRead() {
        Checked checked = Checked.text(HEAD + "output P1 'Health workers trained'\n");
        checked.reportsExactly(Code.UNEXPECTED_CHARACTER);
        Diagnostic d = checked.reports(Code.UNEXPECTED_CHARACTER, "4:11", "text in single quotes");
        assertEquals("\"Health workers trained\"", d.replacement());
        assertEquals("Health workers trained", theory(checked).nodes().get("P1").title());
    }

    @Test
    void linkWrittenWithATitleSuggestsTheNodesIdentifier() {
        Checked checked = Checked.text(HEAD + "output P1 \"Health workers trained\"\n\"Train\" -> P1\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        Diagnostic d = checked.reports(Code.SYNTAX_ERROR, "5:1", "found `\"Train\"`");
        assertEquals("a link joins identifiers, not titles", d.label());
        assertEquals("A1", d.replacement());
    }

    @Test
    void linkWrittenWithAnUnknownTitleSaysToUseIdentifiers() {
        Diagnostic d = Checked.text(HEAD + "\"Somebody\" -> I\n").reports(Code.SYNTAX_ERROR, "4:1", "found `\"Somebody\"`");
        assertEquals(List.of("write the identifier of the node: `A1 -> O1`"), d.help());
    }
}
