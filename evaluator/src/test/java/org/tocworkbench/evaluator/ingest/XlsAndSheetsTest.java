package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.evaluator.ingest.SheetWriter.Formula;
import org.tocworkbench.evaluator.ingest.SheetWriter.Pct;

class XlsAndSheetsTest {
    @TempDir
    Path dir;

    @Test
    void anOldXlsWorkbookIsReadWithDatesPercentsAndFormulas() throws Exception {
        Path file = Fixtures.xls(dir, "old.xls", wb -> new SheetWriter(wb, "Data")
                .row(1, TemplateContract.DATA_HEADER.toArray())
                .row(2, "coverage", null, LocalDate.of(2024, 6, 30), null, new Pct(0.62))
                .row(3, "visits", null, "2024-Q2", null, new Formula("2*21", null)));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(62, c.only("coverage").value(), 1e-9);
        assertEquals(LocalDate.of(2024, 6, 30), c.only("coverage").period().start());
        assertEquals(0, c.only("visits").value(), 1e-9, "HSSF stores 0 as the cached value of an uncalculated formula");
    }

    @Test
    void aSheetIsChosenByNameIgnoringCaseAndWithoutANameTheFirstWithAHeaderIsRead() throws Exception {
        Path file = Fixtures.xlsx(dir, "sheets.xlsx", wb -> {
            new SheetWriter(wb, "Instructions").row(1, "How to fill in this workbook").row(2, "Write one row per value");
            new SheetWriter(wb, "Q1").row(1, "Indicator", "Period", "Value").row(2, "visits", "2024-Q1", 1);
            new SheetWriter(wb, "Q2").row(1, "Indicator", "Period", "Value").row(2, "visits", "2024-Q2", 2);
        });
        assertEquals(1, Fixtures.read(ImportRequest.of(file)).only("visits").value());
        assertEquals(2, Fixtures.read(ImportRequest.of(file).withSheet("q2")).only("visits").value());
    }

    @Test
    void aMissingSheetIsRefusedWithTheSheetsThereAre() throws Exception {
        Path file = Fixtures.xlsx(dir, "sheets.xlsx", wb -> {
            new SheetWriter(wb, "Data").row(1, "x");
            new SheetWriter(wb, "Notes").row(1, "y");
        });
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(ImportRequest.of(file).withSheet("Q3")));
        assertEquals("sheets.xlsx: no sheet \"Q3\"; the sheets are \"Data\", \"Notes\"", e.getMessage());
        assertTrue(!e.isIoFailure());
    }

    @Test
    void aMissingColumnIsRefusedWithTheHeadersThereAre() throws Exception {
        Path file = Fixtures.xlsx(dir, "cols.xlsx", wb -> new SheetWriter(wb, "Data")
                .row(1, "Title").row(3, "Indicator", "Period", "Actual").row(4, "visits", "2024", 3));
        ImportException e = assertThrows(ImportException.class,
                () -> Fixtures.read(ImportRequest.of(file).withHeaderRows(3, 0).withColumn("value", "Value")));
        assertTrue(e.getMessage().startsWith("cols.xlsx, sheet \"Data\", header row 3: no value column \"Value\""), e.getMessage());
        assertTrue(e.getMessage().contains("A \"Indicator\", B \"Period\", C \"Actual\""), e.getMessage());
    }

    @Test
    void aGivenHeaderRowIsUsedEvenBelowManyTitleRows() throws Exception {
        Path file = Fixtures.xlsx(dir, "deep.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "Data");
            for (int i = 1; i < 40; i++) {
                s.row(i, "title line " + i);
            }
            s.row(40, "Indicator", "Period", "Value").row(41, "visits", "2024", 9);
        });
        assertThrows(ImportException.class, () -> Fixtures.read(ImportRequest.of(file)));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file).withHeaderRows(40, 0));
        assertEquals(9, c.only("visits").value());
        assertEquals(39, c.result.structureRows());
    }

    @Test
    void theDataBindingOfATocFileBecomesARequest() throws Exception {
        Path file = Fixtures.xlsx(dir, "bound.xlsx", wb -> new SheetWriter(wb, "Tracking")
                .row(1, "Ref", "Q1 FY24", "Q2 FY24")
                .row(2, "visits", 1, 2));
        org.tocworkbench.compiler.model.Theory theory = Fixtures.compile(Fixtures.THEORY + """
                data "%s" {
                  sheet "Tracking"
                  layout wide
                  header row 1
                  indicator column "Ref"
                  fiscal year starts october
                }
                """.formatted(file.toString().replace("\\", "/")));
        ImportRequest request = ImportRequest.from(theory.data().get(0));
        assertEquals(10, request.fiscalYearStart());
        Fixtures.Collected c = Fixtures.read(request, theory);
        assertEquals(LocalDate.of(2023, 10, 1), c.observations.get(0).period().start());
    }

    /** Sheet XML as other programs write it: implicit positions, every cell type, rich and phonetic text. */
    @Test
    void everyKindOfCellXmlIsRead() throws Exception {
        Path valid = Fixtures.xlsx(dir, "base.xlsx", wb -> new SheetWriter(wb, "Data").row(1, "x"));
        String sheet = HostileFilesTest.sheetXmlStart()
                + "<row><c t=\"inlineStr\"><is><t>Indicator</t></is></c><c t=\"inlineStr\"><is><t>Period</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>Value</t></is></c></row>"
                + "<row><c t=\"inlineStr\"><is><r><t>vis</t></r><r><t>its</t></r><rPh><t>ignored</t></rPh></is></c>"
                + "<c t=\"str\"><f>\"2024-Q\"&amp;1</f><v>2024-Q1</v></c><c><v> 12 </v></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>visits</t></is></c><c r=\"B5\" t=\"d\"><v>2024-06-30</v></c>"
                + "<c r=\"C5\"><v>1.5E1</v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>policy</t></is></c><c><v>2024</v></c><c t=\"b\"><v>1</v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>visits</t></is></c><c><v>2025</v></c><c><v>abc</v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>visits</t></is></c><c><v>2026</v></c><c><v></v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>visits</t></is></c><c><v>2027</v></c><c t=\"e\"><v>#REF!</v></c></row>"
                + "<row><c t=\"s\"><v>99</v></c><c><v>2027</v></c><c><v>3</v></c></row>"
                + "</sheetData></worksheet>";
        Path file = HostileFilesTest.replaceEntry(valid, dir.resolve("odd.xlsx"), "xl/worksheets/sheet1.xml", sheet);
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(java.util.List.of(12.0, 15.0), c.of("visits").stream().map(Observation::value).toList(),
                c.describeIssues());
        assertEquals("Data!C5", c.of("visits").get(1).source().a1());
        assertEquals(LocalDate.of(2024, 6, 30), c.of("visits").get(1).period().end());
        assertEquals(1, c.only("policy").value());
        assertEquals("Data!C7", c.issues(DataIssue.Kind.NON_NUMERIC_VALUE).get(0).where().a1());
        assertEquals(1, c.issues(DataIssue.Kind.CELL_ERROR).size());
        assertEquals(1, c.issues(DataIssue.Kind.SKIPPED_ROW).size(), c.describeIssues());
    }
}
