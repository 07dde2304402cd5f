package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    @TempDir
    Path dir;

    /** SPREADSHEET-LAYOUTS §10: a DHIS2 data value set, every field quoted, booleans as true/True/t/1. */
    @Test
    void aDhis2DataValueSetIsReadWithNoMapping() throws Exception {
        Path file = Fixtures.text(dir, "dhis2.csv", """
                "dataelement","period","orgunit","categoryoptioncombo","attributeoptioncombo","value","storedby","lastupdated","comment","followup","deleted"
                "visits","202401","DiszpKrYNg8","HllvX50cXC0","HllvX50cXC0","12","admin","2024-02-01","","false",""
                "visits","2024Q1","DiszpKrYNg8","female","HllvX50cXC0","7","admin","2024-04-01","","false",""
                "policy","2024","DiszpKrYNg8","","","true","admin","","","",""
                "policy","2025","DiszpKrYNg8","","","True","admin","","","",""
                "policy","2026","DiszpKrYNg8","","","t","admin","","","",""
                "coverage","2024July","DiszpKrYNg8","","","55","admin","","a comment, with a comma","",""
                """);
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertTrue(c.issues.isEmpty(), c.describeIssues());
        assertEquals(6, c.observations.size());
        assertEquals("", c.observations.get(0).disaggregation());
        assertEquals("female", c.observations.get(1).disaggregation());
        assertEquals("F2", c.observations.get(0).source().a1());
        assertEquals(List.of(1.0, 1.0, 1.0), c.of("policy").stream().map(Observation::value).toList());
        assertEquals(LocalDate.of(2025, 6, 30), c.only("coverage").period().end());
    }

    @Test
    void semicolonsDecimalCommasAndABomAreHandled() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Indicateur;Période;Valeur\nvisits;T1 2024;1.234,5\ncoverage;2024-03;45,5 %\n"
                .replace("T1 2024", "2024-Q1").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("fr.csv");
        Files.write(file, concat(bom, body));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file).withDecimalComma(true));
        assertTrue(c.issues.isEmpty(), c.describeIssues());
        assertEquals(1234.5, c.only("visits").value(), 1e-9);
        assertEquals(45.5, c.only("coverage").value(), 1e-9);
    }

    @Test
    void tabsQuotedLineBreaksAndDoubledQuotesFollowRfc4180() throws Exception {
        Path file = Fixtures.text(dir, "tabs.tsv", "Indicator\tPeriod\tValue\tComment\r\n"
                + "visits\t2024-Q1\t3\t\"two\r\nlines and a \"\"quote\"\"\"\r\n"
                + "visits\t2024-Q2\t4\t\r\n");
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(2, c.observations.size(), c.describeIssues());
        assertEquals("C3", c.observations.get(1).source().a1());
    }

    @Test
    void anExcelSepLineAndWindows1252TextAreRead() throws Exception {
        Path file = dir.resolve("excel.csv");
        Files.write(file, "sep=;\nCode;Période;Résultat\nvisits;2024;5\n".getBytes(Charset.forName("windows-1252")));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(5, c.only("visits").value(), c.describeIssues());
        assertTrue(c.result.columns().get("value").contains("Résultat"), c.result.columns().toString());
    }

    @Test
    void aCsvWithoutAHeaderIsRefusedWithWhatWasFound() {
        Path file = Fixtures.text(dir, "nohead.csv", "a,b,c\n1,2,3\n");
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> Fixtures.read(ImportRequest.of(file)));
        assertTrue(e.getMessage().startsWith("nohead.csv: no header found"), e.getMessage());
        assertTrue(e.getMessage().contains("no indicator column"), e.getMessage());
    }

    @Test
    void theDelimiterIsSniffedFromConsistentCounts() {
        assertEquals(';', CsvWorkbook.sniffDelimiter("a;b;c\n1,5;2;3\n"));
        assertEquals(',', CsvWorkbook.sniffDelimiter("\"a;b\",c\n1,2\n"));
        assertEquals('\t', CsvWorkbook.sniffDelimiter("a\tb\tc\n1\t2\t3\n"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
