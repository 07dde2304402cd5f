package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.model.Theory;

/** Trap 7 and section 8 of the layout issue: IATI results as activity XML and as a results sheet. */
class IatiResultsTest {
    static final String THEORY = """
            theory "Water programme" { period 2016 to 2018 }
            impact imp "Communities are healthier"
            output wash "Water points built" {
                indicator people "People with access to basic drinking water" { unit count }
                indicator share "Share of schools with handwashing stations" { unit percent }
                indicator story "How committees describe their role" { unit text }
            }
            wash -> imp
            """;

    @TempDir
    Path dir;

    private static Theory theory() {
        return Fixtures.compile(THEORY);
    }

    private static final String ACTIVITY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03">
             <iati-activity>
              <iati-identifier>XM-EXAMPLE-1</iati-identifier>
              <result type="1" aggregation-status="1">
               <title><narrative>Water points</narrative></title>
               <indicator measure="1" ascending="1">
                <title><narrative>People with access to basic drinking water</narrative></title>
                <reference vocabulary="99" code="people" />
                <baseline year="2016" iso-date="2016-01-01" value="0" />
                <period>
                 <period-start iso-date="2017-01-01" />
                 <period-end iso-date="2017-06-30" />
                 <target value="5000" />
                 <actual value="4200" />
                 <actual value="2300">
                  <dimension name="sex" value="female" />
                  <dimension name="age" value="adult" />
                 </actual>
                </period>
                <period>
                 <period-start iso-date="2017-07-01" />
                 <period-end iso-date="2017-12-31" />
                 <target value="9000" />
                </period>
               </indicator>
               <indicator measure="2" ascending="1">
                <title><narrative>Share of schools with handwashing stations</narrative></title>
                <period>
                 <period-start iso-date="2017-01-01" />
                 <period-end iso-date="2017-12-31" />
                 <actual value="15" />
                </period>
                <period>
                 <period-start iso-date="2018-01-01" />
                 <period-end iso-date="2018-12-31" />
                 <actual value="N/A" />
                 <actual><comment><narrative>Survey not done</narrative></comment></actual>
                </period>
               </indicator>
               <indicator measure="5">
                <title><narrative>How committees describe their role</narrative></title>
                <period>
                 <period-start iso-date="2017-01-01" />
                 <period-end iso-date="2017-12-31" />
                 <actual><comment><narrative>They plan repairs themselves</narrative></comment></actual>
                </period>
               </indicator>
               <indicator measure="1">
                <title><narrative>Latrines built</narrative></title>
                <period>
                 <period-start iso-date="2017-01-01" />
                 <period-end iso-date="2017-12-31" />
                 <actual value="12" />
                </period>
               </indicator>
              </result>
             </iati-activity>
            </iati-activities>
            """;

    @Test
    void activityXmlActualsAreObservationsWithDimensionsAsGroupsAndTargetsLeftOut() throws Exception {
        Path file = Fixtures.text(dir, "activity.xml", ACTIVITY);
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file), theory());
        List<Observation> people = c.of("people");
        assertEquals(List.of(4200.0, 2300.0), people.stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals(List.of("", "female, adult"), people.stream().map(Observation::disaggregation).toList());
        assertEquals(LocalDate.of(2017, 1, 1), people.get(0).period().start());
        assertEquals(LocalDate.of(2017, 6, 30), people.get(0).period().end());
        assertEquals("line 15", people.get(0).source().a1());
        assertFalse(people.get(0).matchedByTitle(), "matched by its reference code");
        Observation share = c.only("share");
        assertEquals(15, share.value(), "measure 2: 15 means 15%");
        assertTrue(share.matchedByTitle());
        assertTrue(c.issues(DataIssue.Kind.MATCHED_BY_TITLE).stream()
                .anyMatch(i -> i.message().startsWith("\"Share of schools with handwashing stations\" matched")),
                "the issue names the title that matched, not the reference that did not: " + c.describeIssues());
        assertEquals("They plan repairs themselves", c.only("story").text(), "measure 5: the comment is the value");
        assertEquals(List.of("line 38"), c.issues(DataIssue.Kind.NO_VALUE).stream().map(i -> i.where().a1()).toList(),
                c.describeIssues());
        List<DataIssue> unknown = c.issues(DataIssue.Kind.UNKNOWN_INDICATOR);
        assertEquals(1, unknown.size(), c.describeIssues());
        assertTrue(unknown.get(0).message().contains("Latrines built"), unknown.get(0).message());
    }

    @Test
    void aDoctypeInActivityXmlIsRefusedWithAMessage() {
        Path file = Fixtures.text(dir, "evil.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>\n<iati-activities><iati-activity>&x;</iati-activity></iati-activities>\n");
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(ImportRequest.of(file), theory()));
        assertTrue(e.getMessage().startsWith("evil.xml: "), e.getMessage());
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void otherXmlAndJsonAreRefusedByName() {
        Path xml = Fixtures.text(dir, "feed.xml", "<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n");
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(ImportRequest.of(xml), theory()));
        assertTrue(e.getMessage().contains("not an IATI activity file"), e.getMessage());
        Path json = Fixtures.text(dir, "other.json", "{\"rows\": [1, 2]}\n");
        e = assertThrows(ImportException.class, () -> Fixtures.read(ImportRequest.of(json), theory()));
        assertTrue(e.getMessage().contains("no \"dataValues\" array"), e.getMessage());
        Path broken = Fixtures.text(dir, "broken.json", "{\n  \"dataValues\": [\n    {\"value\": 3,,}\n]}\n");
        e = assertThrows(ImportException.class, () -> Fixtures.read(ImportRequest.of(broken), theory()));
        assertTrue(e.getMessage().startsWith("broken.json: not valid JSON at line 3"), e.getMessage());
    }

    /** The IATI workbench results sheet: dimension rows are groups, target-only rows no actuals, N/A missing. */
    @Test
    void aWorkbenchResultsSheetKeepsTotalsGroupsAndTargetsApart() throws Exception {
        String[] header = {"IATI activity identifier", "Result type", "Result title", "Indicator reference",
            "Indicator title", "Indicator measure", "Baseline year", "Baseline", "Dimension 1 name", "Dimension 1 value",
            "Dimension 2 name", "Dimension 2 value", "Start date", "End date", "Target", "Actual", "Actual comment"};
        Object[][] rows = {
            {"people", "", "", "", "", "01/01/2017", "30/06/2017", 5000, 4200, ""},
            {"people", "sex", "female", "age", "adult", "01/01/2017", "30/06/2017", "", 2300, ""},
            {"people", "sex", "female", "age", "child", "01/01/2017", "30/06/2017", "", 900, ""},
            {"people", "sex", "male", "", "", "01/01/2017", "30/06/2017", "", 1000, ""},
            {"people", "", "", "", "", "01/07/2017", "31/12/2017", 9000, "", ""},
            {"share", "", "", "", "", "01/01/2018", "31/12/2018", 40, "N/A", "survey postponed"},
            {"share", "", "", "", "", "01/01/2017", "31/12/2017", 30, 15, ""},
        };
        Path file = Fixtures.xlsx(dir, "results.xlsx", book -> {
            Sheet sheet = book.createSheet("Results");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue("XM-EXAMPLE-1");
                row.createCell(3).setCellValue((String) rows[r][0]);
                for (int k = 1; k < rows[r].length; k++) {
                    int column = k < 5 ? 7 + k : 11 + k - 4;
                    Object v = rows[r][k];
                    if (v instanceof Integer n) {
                        row.createCell(column).setCellValue(n);
                    } else if (!((String) v).isEmpty()) {
                        row.createCell(column).setCellValue((String) v);
                    }
                }
            }
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file), theory());
        List<Observation> people = c.of("people");
        assertEquals(List.of("", "female, adult", "female, child", "male"),
                people.stream().map(Observation::disaggregation).toList(), c.describeIssues());
        assertEquals(List.of(4200.0, 2300.0, 900.0, 1000.0), people.stream().map(Observation::value).toList());
        assertTrue(c.issues(DataIssue.Kind.DUPLICATE_VALUE).isEmpty(), c.describeIssues());
        assertEquals(LocalDate.of(2017, 12, 31), c.only("share").period().end(), "N/A is no value");
    }

    /** IATI Publisher's period workbook: actuals join to indicator and period only through the mapper sheets. */
    @Test
    void publisherPeriodWorkbookActualsJoinThroughTheMappers() throws Exception {
        Path file = Fixtures.xlsx(dir, "PeriodXLS.xlsx", book -> {
            org.apache.poi.ss.usermodel.CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            book.createSheet("Instructions").createRow(0).createCell(0).setCellValue("Read these instructions");
            fill(book.createSheet("Period Mapper"), new String[][] {{"indicator_identifier", "period_number", "period_identifier"},
                {"people", "period-1", "people-period-1"}, {"people", "period-2", "people-period-2"}});
            fill(book.createSheet("Actual Mapper"), new String[][] {{"period_identifier", "actual_number", "actual_identifier"},
                {"people-period-2", "actual-1", "people-period-2-actual-1"}, {"people-period-1", "actual-1", "people-period-1-actual-1"},
                {"people-period-2", "actual-2", "people-period-2-actual-2"}});
            Sheet period = book.createSheet("Period");
            fill(period, new String[][] {{"period_identifier", "period_start date", "period_end date"}});
            LocalDate[][] spans = {{LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)},
                {LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)}};
            for (int p = 0; p < 2; p++) {
                Row row = period.createRow(p + 1);
                row.createCell(0).setCellValue("people-period-" + (p + 1));
                for (int k = 0; k < 2; k++) {
                    row.createCell(1 + k).setCellValue(spans[p][k]);
                    row.getCell(1 + k).setCellStyle(date);
                }
            }
            fill(book.createSheet("Target"), new String[][] {{"target_identifier", "value"}, {"people-period-2-target-1", "9000"}});
            fill(book.createSheet("Actual"), new String[][] {
                {"actual_identifier", "value", "comment narrative narrative", "comment narrative language", "dimension name",
                    "dimension value", "location reference"},
                {"people-period-2-actual-1", "4200", "", "", "", "", ""},
                {"people-period-1-actual-1", "1900", "", "", "", "", ""},
                {"people-period-2-actual-2", "2300", "women", "en", "sex", "female", ""},
                {"people-period-9-actual-1", "77", "", "", "", "", ""}});
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file).withSheet("Actual"), theory());
        List<Observation> people = c.of("people");
        assertEquals(List.of(4200.0, 1900.0, 2300.0), people.stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals(List.of("", "", "female"), people.stream().map(Observation::disaggregation).toList());
        assertEquals(LocalDate.of(2017, 12, 31), people.get(0).period().end());
        assertEquals("Actual!B2", people.get(0).source().a1());
        List<DataIssue> unknown = c.issues(DataIssue.Kind.UNKNOWN_INDICATOR);
        assertEquals(1, unknown.size(), c.describeIssues());
        assertTrue(unknown.get(0).message().contains("people-period-9-actual-1"), unknown.get(0).message());
    }

    private static void fill(Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }
}
