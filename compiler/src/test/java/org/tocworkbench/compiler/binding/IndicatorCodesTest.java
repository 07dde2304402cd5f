package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.CodeMapping;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.IndicatorCode;

/** {@code code "..." [in "file"]} in an indicator and {@code code "..." is ID} in a data block: parse, bind, TOC109. */
class IndicatorCodesTest {
    private static final String HEAD = """
            impact I "Prepared"
            outcome O1 "Districts plan" {
                indicator OC1_1 "Districts with a committee" { unit count }
                indicator OC1_2 "Share of districts with a costed plan" {
                    unit percent
            """;
    private static final String TAIL = """
                }
            }
            O1 -> I
            """;

    private static Indicator indicator(Checked checked, String id) {
        return checked.compilation().theory().indicators().get(id);
    }

    @Test
    void codesAreReadInOrderWithTheirFile() {
        Checked checked = Checked.text(HEAD + """
                        code "1.2", "IND-1"
                        code "Ab3dE5fG7h9" in "hmis-values.csv"
                        code " padded "
                """ + TAIL + "data \"hmis-values.csv\" { layout long }\n");
        Indicator indicator = indicator(checked, "OC1_2");
        assertEquals(List.of("1.2", "IND-1", "Ab3dE5fG7h9", "padded"),
                indicator.codes().stream().map(IndicatorCode::code).toList());
        assertEquals(List.of("1.2", "IND-1", "padded"), indicator.unscopedCodes());
        IndicatorCode scoped = indicator.codes().get(2);
        assertEquals(Optional.of("hmis-values.csv"), scoped.file());
        assertEquals(Optional.of(Path.of("hmis-values.csv").toAbsolutePath().normalize().toString()),
                scoped.resolvedFile().map(f -> Path.of(f).toAbsolutePath().normalize().toString()));
        assertEquals("7:14", scoped.span().line() + ":" + scoped.span().column());
        assertFalse(indicator.codes().get(0).scoped());
    }

    @Test
    void aFileAfterInIsNotOneMoreCode() {
        Checked checked = Checked.text(HEAD + "code \"a\", \"b\" in \"x.csv\"\n" + TAIL + "data \"x.csv\" { }\n");
        List<IndicatorCode> codes = indicator(checked, "OC1_2").codes();
        assertEquals(List.of("a", "b"), codes.stream().map(IndicatorCode::code).toList());
        assertTrue(codes.stream().allMatch(c -> c.file().equals(Optional.of("x.csv"))));
    }

    @Test
    void aScopedCodeAppliesToItsFileAndToAFileOfThatName() {
        Checked checked = Checked.text(HEAD + "code \"a\" in \"data/x.csv\"\ncode \"b\" in \"x.csv\"\n" + TAIL
                + "data \"data/x.csv\" { }\ndata \"x.csv\" { }\n");
        List<IndicatorCode> codes = indicator(checked, "OC1_2").codes();
        String bound = Path.of("data/x.csv").toAbsolutePath().toString();
        assertTrue(codes.get(0).appliesTo(bound));
        assertFalse(codes.get(0).appliesTo("/elsewhere/x.csv"), "a path in the scope names one file");
        assertTrue(codes.get(1).appliesTo("/elsewhere/x.csv"), "a bare file name matches a file of that name");
        assertFalse(codes.get(1).appliesTo("/elsewhere/y.csv"));
    }

    @Test
    void theCodeTableOfADataBlockIsRead() {
        Checked checked = Checked.text(HEAD + TAIL + """
                data "itt-fy24.xlsx" {
                    layout wide
                    code "IND-7" is OC1_2
                    code "Total households" is OC1_1
                }
                """);
        DataBinding binding = checked.compilation().theory().data().get(0);
        assertEquals(List.of("IND-7 -> OC1_2", "Total households -> OC1_1"),
                binding.codes().stream().map(m -> m.code() + " -> " + m.indicator()).toList());
        assertEquals(11, binding.codes().get(0).span().line());
    }

    @Test
    void aTableLineNamingAnUndeclaredIndicatorIsReportedWithTheClosestId() {
        Checked checked = Checked.text(HEAD + TAIL + "data \"x.csv\" {\n    code \"IND-7\" is OC1_3\n}\n");
        Diagnostic d = checked.reports(Code.CODE_FOR_UNKNOWN_INDICATOR, "10:21",
                "code \"IND-7\" is given to `OC1_3`, which is not declared");
        assertTrue(d.replacement().startsWith("OC1_"), d.replacement());
        assertEquals(List.of(), checked.compilation().theory().data().get(0).codes());
    }

    @Test
    void aTableLineNamingANodeIsReported() {
        Checked.text(HEAD + TAIL + "data \"x.csv\" {\n    code \"IND-7\" is O1\n}\n")
                .reports(Code.CODE_FOR_UNKNOWN_INDICATOR, "10:21", "`O1`, which is a node, not an indicator");
    }

    @Test
    void aTableLineNamingAnIndicatorByItsCodeSuggestsTheIndicator() {
        Diagnostic d = Checked.text(HEAD + "code \"IND-1\"\n" + TAIL + "data \"x.csv\" {\n    code \"7\" is IND-1\n}\n")
                .reports(Code.CODE_FOR_UNKNOWN_INDICATOR, "11:17", "`IND-1`");
        assertEquals("OC1_2", d.replacement());
        assertEquals(List.of("`IND-1` is a code of `OC1_2`; the table names indicators by id"), d.notes());
    }

    @Test
    void anUnknownNameWithNothingCloseSaysWhatToWrite() {
        Diagnostic d = Checked.text(HEAD + TAIL + "data \"x.csv\" {\n    code \"IND-7\" is Households\n}\n")
                .reports(Code.CODE_FOR_UNKNOWN_INDICATOR, "10:21", "`Households`");
        assertEquals(List.of("name the indicator whose rows carry \"IND-7\", e.g. `code \"IND-7\" is OC1_1`"), d.help());
    }

    @Test
    void emptyCodesAreReported() {
        Checked checked = Checked.text(HEAD + "code \" \"\n" + TAIL + "data \"x.csv\" {\n    code \"\" is OC1_1\n}\n");
        checked.reports(Code.INVALID_VALUE, "6:6", "an empty code");
        checked.reports(Code.INVALID_VALUE, "11:10", "an empty code");
        assertEquals(List.of(), indicator(checked, "OC1_2").codes());
    }

    @Test
    void anEmptyFileAfterInIsReportedAndTheCodeHoldsEverywhere() {
        Checked checked = Checked.text(HEAD + "code \"7\" in \" \"\n" + TAIL);
        checked.reports(Code.INVALID_VALUE, "6:13", "the code's data file is empty");
        assertEquals(List.of("7"), indicator(checked, "OC1_2").unscopedCodes());
    }

    @Test
    void theNewWordsStillServeAsNames() {
        Checked.text("""
                impact code "Prepared"
                activity in "Train" {
                    indicator is "Trained" { unit count baseline 0 at 2024 target 5 by 2026 }
                }
                outcome O1 "Apply" { indicator O1_1 "Applying" { unit count baseline 0 at 2024 target 5 by 2026 } }
                in -> O1 -> code
                """).reportsNothing();
    }

    @Test
    void aCodeOnlyParsesAsTextAndATableLineNeedsAnIndicator() {
        Checked.text(HEAD + "code OC1\n" + TAIL).reports(Code.SYNTAX_ERROR, "6:6");
        Checked.text(HEAD + TAIL + "data \"x.csv\" { code \"7\" is }\n").reports(Code.SYNTAX_ERROR, "9:28");
    }

    @Test
    void aCodeMappingKeepsItsIndicator() {
        CodeMapping m = new CodeMapping("  IND-7 ", "OC1_2", org.tocworkbench.compiler.source.Span.none());
        assertEquals("IND-7", m.code());
        assertEquals("ind-7", IndicatorCode.key(" IND-7 "));
    }
}
