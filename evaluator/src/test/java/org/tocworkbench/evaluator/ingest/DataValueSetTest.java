package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.model.Theory;

/** Trap 6 of the layout issue: DHIS2 data value sets (SPREADSHEET-LAYOUTS.md section 10). */
class DataValueSetTest {
    /** Indicator ids are the data element UIDs, so that these tests do not depend on code lines. */
    static final String THEORY = """
            theory "HMIS extract" { period 2020 to 2023 }
            impact imp "Health services used"
            output kits "Kits supplied" {
                indicator tQm8vKs2LaP "Health workers with complete kits" { unit percent }
                indicator hW3nFx7RcYe "Facilities with handwashing" { unit percent }
                indicator pB7sDx3GqWr "People served" { unit count }
                indicator bT5rWq2XzLm "Stock-out reported" { unit boolean }
            }
            kits -> imp
            """;
    static final String HEADER = "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,"
            + "lastupdated,comment,followup,deleted\n";

    @TempDir
    Path dir;

    private static Theory theory() {
        return Fixtures.compile(THEORY);
    }

    private Fixtures.Collected csv(String body) throws ImportException {
        return Fixtures.read(ImportRequest.of(Fixtures.text(dir, "values.csv", body)), theory());
    }

    @Test
    void aDeletedValueIsNeverUsedEvenWhenItIsNewerAndComesFirst() throws Exception {
        Fixtures.Collected c = csv(HEADER
                + "tQm8vKs2LaP,2020Q2,OU1,HllvX50cXC0,HllvX50cXC0,41,mis,2020-08-02T13:30:00.000,provisional,false,true\n"
                + "tQm8vKs2LaP,2020Q2,OU1,HllvX50cXC0,HllvX50cXC0,38,mis,2020-07-28T16:44:10.000,final,false,false\n");
        assertEquals(38, c.only("tQm8vKs2LaP").value(), c.describeIssues());
        assertEquals("F3", c.only("tQm8vKs2LaP").source().a1());
        List<DataIssue> deleted = c.issues(DataIssue.Kind.DELETED_VALUE);
        assertEquals(1, deleted.size(), c.describeIssues());
        assertEquals("F2", deleted.get(0).where().a1());
        assertTrue(deleted.get(0).message().contains("provisional"), deleted.get(0).message());
        assertTrue(c.issues(DataIssue.Kind.DUPLICATE_VALUE).isEmpty(), c.describeIssues());
    }

    @Test
    void theNewestUpdateHoldsWhicheverComesFirstAndTheOlderIsReported() throws Exception {
        Fixtures.Collected c = csv(HEADER
                + "hW3nFx7RcYe,2020Q2,OU1,HllvX50cXC0,HllvX50cXC0,44,a,2020-07-15T08:20:00.000,,false,false\n"
                + "pB7sDx3GqWr,202006,OU1,HllvX50cXC0,HllvX50cXC0,900,a,2020-09-01T10:00:00.000,,false,false\n"
                + "hW3nFx7RcYe,2020Q2,OU1,HllvX50cXC0,HllvX50cXC0,47,a,2020-08-10T09:00:00.000,re-entered,false,false\n"
                + "pB7sDx3GqWr,202006,OU1,HllvX50cXC0,HllvX50cXC0,880,a,2020-07-01T12:00:00.000,,false,false\n");
        assertEquals(47, c.only("hW3nFx7RcYe").value(), c.describeIssues());
        assertEquals("F4", c.only("hW3nFx7RcYe").source().a1());
        assertEquals(900, c.only("pB7sDx3GqWr").value(), c.describeIssues());
        List<String> superseded = c.issues(DataIssue.Kind.SUPERSEDED_VALUE).stream().map(i -> i.where().a1()).toList();
        assertEquals(List.of("F2", "F5"), superseded, c.describeIssues());
    }

    @Test
    void equalUpdateTimesKeepTheFirstAndReportTheSecond() throws Exception {
        Fixtures.Collected c = csv(HEADER
                + "pB7sDx3GqWr,202006,OU1,,,900,a,2020-09-01,,false,false\n"
                + "pB7sDx3GqWr,202006,OU1,,,880,a,2020-09-01,,false,false\n"
                + "pB7sDx3GqWr,202007,OU1,,,910,a,,,false,false\n"
                + "pB7sDx3GqWr,202007,OU1,,,910,a,,,false,false\n");
        assertEquals(List.of(900.0, 910.0), c.of("pB7sDx3GqWr").stream().map(Observation::value).toList());
        List<DataIssue> duplicates = c.issues(DataIssue.Kind.DUPLICATE_VALUE);
        assertEquals(1, duplicates.size(), c.describeIssues());
        assertEquals("F3", duplicates.get(0).where().a1());
        assertEquals(1, c.result.repeatedValues());
    }

    @Test
    void aFollowUpIsUsedAndReportedWithItsComment() throws Exception {
        Fixtures.Collected c = csv(HEADER
                + "hW3nFx7RcYe,2020Q2,OU1,HllvX50cXC0,HllvX50cXC0,52,a,2020-07-28,\"Mon counted twice; check\",true,false\n");
        assertEquals(52, c.only("hW3nFx7RcYe").value());
        List<DataIssue> followUps = c.issues(DataIssue.Kind.FOLLOW_UP);
        assertEquals(1, followUps.size());
        assertTrue(followUps.get(0).message().contains("Mon counted twice"), followUps.get(0).message());
        assertTrue(followUps.get(0).kind().valueUsed());
    }

    @Test
    void combosAreGroupsAndSeveralOrgUnitsArePartOfTheGroup() throws Exception {
        Fixtures.Collected one = csv(HEADER
                + "hW3nFx7RcYe,2020Q2,OU1,HllvX50cXC0,HllvX50cXC0,50,a,,,false,false\n"
                + "hW3nFx7RcYe,2020Q2,OU1,Fm3kQ8vRz2a,HllvX50cXC0,49,a,,,false,false\n"
                + "hW3nFx7RcYe,2020Q2,OU1,Ml7pW2xNc5b,Mech0000001,51,a,,,false,false\n");
        assertEquals(List.of("", "Fm3kQ8vRz2a", "Ml7pW2xNc5b, Mech0000001"),
                one.of("hW3nFx7RcYe").stream().map(Observation::disaggregation).toList(), one.describeIssues());
        Fixtures.Collected two = csv(HEADER
                + "hW3nFx7RcYe,2020Q2,Kohima01xyz,HllvX50cXC0,HllvX50cXC0,50,a,,,false,false\n"
                + "hW3nFx7RcYe,2020Q2,Mon000001xy,HllvX50cXC0,HllvX50cXC0,40,a,,,false,false\n"
                + "hW3nFx7RcYe,2020Q2,Mon000001xy,Fm3kQ8vRz2a,HllvX50cXC0,39,a,,,false,false\n");
        assertEquals(List.of("Kohima01xyz", "Mon000001xy", "Mon000001xy, Fm3kQ8vRz2a"),
                two.of("hW3nFx7RcYe").stream().map(Observation::disaggregation).toList(), two.describeIssues());
    }

    /** dhis2-core's dataValueSetBooleanTest.csv: quoted fields, a misspelt header, timestamp, booleans written four ways. */
    @Test
    void misspeltColumnsAreReadByTheirPlaceInTheDhis2Order() throws Exception {
        Fixtures.Collected c = csv("\"dataelelement\",\"period\",\"orgunit\",\"categoryoptioncombo\",\"attributeoptioncombo\","
                + "\"value\",\"storedby\",\"timestmp\",\"coment\",\"folowup\",\"delted\"\n"
                + "\"bT5rWq2XzLm\",\"202201\",\"OU1\",\"\",\"\",\"True\",\"john\",\"2022-02-01\",\"\",\"false\",\"false\"\n"
                + "\"bT5rWq2XzLm\",\"202202\",\"OU1\",\"\",\"\",\"t\",\"john\",\"2022-03-01\",\"old\",\"false\",\"true\"\n"
                + "\"bT5rWq2XzLm\",\"202202\",\"OU1\",\"\",\"\",\"0\",\"john\",\"2022-03-02\",\"\",\"t\",\"false\"\n");
        assertEquals(List.of(1.0, 0.0), c.of("bT5rWq2XzLm").stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals(1, c.issues(DataIssue.Kind.DELETED_VALUE).size(), c.describeIssues());
        assertEquals(1, c.issues(DataIssue.Kind.FOLLOW_UP).size(), c.describeIssues());
    }

    /** The CSV opened and saved in Excel: a leading dataSet column, numbers for periods, booleans, dates. */
    @Test
    void theCsvSavedByExcelReadsTheSame() throws Exception {
        Path file = Fixtures.xlsx(dir, "saved.xlsx", book -> {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("m/d/yyyy h:mm"));
            Sheet sheet = book.createSheet("saved");
            String[] header = {"dataSet", "dataElement", "period", "orgUnit", "categoryOptionCombo",
                "attributeOptionCombo", "value", "storedBy", "timestamp", "comment", "followup", "deleted"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                {202203, 61.0, "2022-04-11T15:20", true},
                {202203, 59.0, "2022-04-06T09:40", false},
                {2022, 58.0, "2023-01-16T08:00", false},
                {202202, 57.0, "2022-03-05T11:00", false},
                {202202, 56.0, "2022-03-01T11:00", false},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue("DataSet0001");
                row.createCell(1).setCellValue("tQm8vKs2LaP");
                row.createCell(2).setCellValue((Integer) rows[r][0]);
                row.createCell(3).setCellValue("OU1");
                row.createCell(4).setCellValue("HllvX50cXC0");
                row.createCell(5).setCellValue("HllvX50cXC0");
                row.createCell(6).setCellValue((Double) rows[r][1]);
                row.createCell(7).setCellValue("mis");
                row.createCell(8).setCellValue(LocalDateTime.parse((String) rows[r][2]));
                row.getCell(8).setCellStyle(date);
                row.createCell(10).setCellValue(false);
                row.createCell(11).setCellValue((Boolean) rows[r][3]);
            }
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file), theory());
        List<Observation> kits = c.of("tQm8vKs2LaP");
        assertEquals(List.of(59.0, 58.0, 57.0), kits.stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals(LocalDate.of(2022, 12, 31), kits.get(1).period().end());
        assertEquals("saved!G3", kits.get(0).source().a1());
        assertEquals(List.of("saved!G2"), c.issues(DataIssue.Kind.DELETED_VALUE).stream().map(i -> i.where().a1()).toList());
        assertEquals(List.of("saved!G6"), c.issues(DataIssue.Kind.SUPERSEDED_VALUE).stream().map(i -> i.where().a1()).toList());
    }

    /** The Web API's JSON form: {"dataValues": [...]}, top-level defaults, values placed by line. */
    @Test
    void theJsonFormReadsTheSameAndNamesLines() throws Exception {
        Path file = Fixtures.text(dir, "set.json", """
                {
                  "dataSet": "DataSet0001",
                  "orgUnit": "OU1",
                  "dataValues": [
                    {"dataElement": "tQm8vKs2LaP", "period": "2022Q4", "value": "69",
                     "lastUpdated": "2023-01-20T14:10:00.000", "deleted": true, "comment": "draft"},
                    {"dataElement": "tQm8vKs2LaP", "period": "2022Q4", "categoryOptionCombo": "HllvX50cXC0",
                     "value": "66", "lastUpdated": "2023-01-12T09:30:00.000", "followup": false},
                    {"dataElement": "pB7sDx3GqWr", "period": "202212", "value": 58420, "followup": true},
                    {"dataElement": "hW3nFx7RcYe", "period": "2022Q4", "orgUnit": "OU2", "value": "61"}
                  ]
                }
                """);
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file), theory());
        assertEquals(66, c.only("tQm8vKs2LaP").value(), c.describeIssues());
        assertEquals("line 8", c.only("tQm8vKs2LaP").source().a1());
        assertEquals(58420, c.only("pB7sDx3GqWr").value());
        assertEquals("OU1", c.only("pB7sDx3GqWr").disaggregation(), "two org units: each is a group");
        assertEquals("OU2", c.only("hW3nFx7RcYe").disaggregation());
        assertEquals(List.of("line 5"), c.issues(DataIssue.Kind.DELETED_VALUE).stream().map(i -> i.where().a1()).toList());
        assertEquals(List.of("line 9"), c.issues(DataIssue.Kind.FOLLOW_UP).stream().map(i -> i.where().a1()).toList());
    }

    /** Update times are turned into days without making a date: the same days as LocalDate, and invalid days refused. */
    @Test
    void updateTimesAreReadAsLocalDateReadsThem() {
        java.util.Random random = new java.util.Random(2000);
        for (int trial = 0; trial < 200_000; trial++) {
            int year = random.nextInt(10_000);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(31);
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d.000", year, month, day, random.nextInt(24),
                    random.nextInt(60), random.nextInt(60));
            long expected;
            try {
                expected = java.time.LocalDateTime.parse(text).toEpochSecond(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e) {
                expected = Long.MIN_VALUE;
            }
            assertEquals(expected, DataValueSetReader.isoStamp(text), text);
        }
    }

    /**
     * Values are put into the table in batches (their slots read together); the issues a batch
     * finds must still come in the order of the file, among the issues found row by row.
     */
    @Test
    void issuesComeInTheOrderOfTheFileThoughValuesArePutInBatches() throws Exception {
        StringBuilder body = new StringBuilder(HEADER);
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String org = "OU" + i;
            body.append("pB7sDx3GqWr,2021Q1,").append(org).append(",HllvX50cXC0,HllvX50cXC0,").append(i)
                    .append(",mis,2021-04-01T08:00:00.000,,false,false\n");
            int row = i * 3 + 2;
            if (i % 7 == 3) {
                // a newer value for the same key, two rows on: the earlier one is superseded
                body.append("pB7sDx3GqWr,2021Q1,").append(org).append(",HllvX50cXC0,HllvX50cXC0,").append(i + 1000)
                        .append(",mis,2021-05-01T08:00:00.000,,false,false\n");
                expected.add("SUPERSEDED_VALUE F" + row);
            } else {
                body.append("pB7sDx3GqWr,2021Q2,").append(org).append(",HllvX50cXC0,HllvX50cXC0,").append(i)
                        .append(",mis,2021-07-01T08:00:00.000,,false,false\n");
            }
            body.append("pB7sDx3GqWr,2021Q3,").append(org).append(",HllvX50cXC0,HllvX50cXC0,").append(i)
                    .append(",mis,2021-10-01T08:00:00.000,checked,").append(i % 5 == 0).append(",false\n");
            if (i % 5 == 0) {
                expected.add("FOLLOW_UP F" + (row + 2));
            }
        }
        Fixtures.Collected c = csv(body.toString());
        List<String> issues = c.issues.stream().map(d -> d.kind() + " " + d.where().a1()).toList();
        assertEquals(expected, issues.subList(0, Math.min(issues.size(), expected.size())), c.describeIssues());
        assertEquals(expected.size(), issues.size(), c.describeIssues());
    }
}
