package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toc import} and {@code toc export --format iati|iati-csv} as a user runs them: exit codes, messages, files. */
class StandardsCommandsTest {
    private static final String FIXTURES = "evaluator/src/test/resources/standards/";
    private static final String SAMPLE = "samples/pandemic-preparedness/pandemic.toc";
    private static final String[] IATI = {"--identifier", "XM-EXAMPLE-1-P1", "--reporting-org", "XM-EXAMPLE-1",
            "--reporting-org-type", "21", "--reporting-org-name", "Example NGO"};

    private static String[] args(String... first) {
        String[] all = new String[first.length + IATI.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(IATI, 0, all, first.length, IATI.length);
        return all;
    }

    @Test
    void anIatiFileBecomesATheoryAndAnActualsWorkbookThatEvaluate(@TempDir Path dir) {
        Path toc = dir.resolve("wash.toc");
        CliRunner.Run run = CliRunner.run("import", FIXTURES + "iati/activity.xml", "-o", toc.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("wash-actuals.xlsx")), run.err());
        assertTrue(run.err().contains("wrote " + toc + " (toc check: 0 errors, "), run.err());
        CliRunner.Run evaluate = CliRunner.run("evaluate", toc.toString());
        assertEquals(0, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.err().contains("6 values, 0 issues"), evaluate.err());
    }

    @Test
    void anExportedLogframeImportsWithAWarningCountedInTheSingularAndLinkNotesThatRead(@TempDir Path dir) {
        Path logframe = dir.resolve("lf.xlsx");
        CliRunner.Run export = CliRunner.run("export", "samples/pandemic-preparedness/pandemic.toc",
                "--format", "logframe-xlsx", "-o", logframe.toString());
        assertEquals(0, export.exitCode(), export.err());
        Path toc = dir.resolve("lf.toc");
        CliRunner.Run run = CliRunner.run("import", logframe.toString(), "-o", toc.toString());
        assertEquals(0, run.exitCode(), run.err());
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("\\(toc check: (\\d+) errors?, (\\d+) (warnings?);")
                .matcher(run.err());
        assertTrue(counts.find(), run.err());
        assertEquals(counts.group(2).equals("1") ? "warning" : "warnings", counts.group(3), run.err());
        assertTrue(run.err().contains("no link: A1: the source does not say which of OP1, "), run.err());
        assertTrue(run.err().contains(", OP10 it leads to"), run.err());
        assertFalse(run.err().contains("not read:"), "every row of the exported logframe is read: " + run.err());
        assertTrue(run.err().contains(": 35 results, 19 indicators"), "the second indicator of LT1 (a row whose"
                + " result cell is merged with the row above) comes back: " + run.err());
    }

    @Test
    void anExistingTheoryIsReplacedOnlyWithForce(@TempDir Path dir) throws Exception {
        Path toc = Files.writeString(dir.resolve("mine.toc"), "theory \"Mine\" {}\n");
        CliRunner.Run refused = CliRunner.run("import", FIXTURES + "dfid/results-framework.xlsx", "-o", toc.toString());
        assertEquals(3, refused.exitCode());
        assertTrue(refused.err().contains("refusing to replace `" + toc + "`: it exists"), refused.err());
        assertEquals("theory \"Mine\" {}\n", Files.readString(toc));
        CliRunner.Run forced = CliRunner.run("import", FIXTURES + "dfid/results-framework.xlsx", "-o", toc.toString(),
                "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(toc).contains("impact IMP"));
    }

    @Test
    void theInputIsNeverWrittenOver(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("model.toc");
        Files.copy(Path.of(FIXTURES + "json/model.json"), source);
        byte[] before = Files.readAllBytes(source);
        CliRunner.Run run = CliRunner.run("import", source.toString(), "-o", source.toString(), "--force");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("it is one of the input files"), run.err());
        assertEquals(new String(before), Files.readString(source));
    }

    @Test
    void aWorkbookOfNeitherLayoutExitsOneWithOneMessage(@TempDir Path dir) {
        CliRunner.Run run = CliRunner.run("import", FIXTURES + "bad/contacts.xlsx", "-o", dir.resolve("x.toc").toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("looked for") && run.err().contains("found sheet \"Contacts\""), run.err());
        assertFalse(Files.exists(dir.resolve("x.toc")));
    }

    @Test
    void badXmlExitsOneWithTheLineAndAMissingFileThree(@TempDir Path dir) {
        CliRunner.Run malformed = CliRunner.run("import", FIXTURES + "bad/malformed.xml", "-o",
                dir.resolve("x.toc").toString());
        assertEquals(1, malformed.exitCode());
        assertTrue(malformed.err().contains("at line 5"), malformed.err());
        CliRunner.Run entity = CliRunner.run("import", FIXTURES + "bad/external-entity.xml", "-o",
                dir.resolve("x.toc").toString());
        assertEquals(1, entity.exitCode());
        assertTrue(entity.err().contains("DTD"), entity.err());
        CliRunner.Run missing = CliRunner.run("import", dir.resolve("none.xlsx").toString(), "-o",
                dir.resolve("x.toc").toString());
        assertEquals(3, missing.exitCode());
        CliRunner.Run layout = CliRunner.run("import", FIXTURES + "eu/logframe-matrix.xlsx", "--layout", "usaid", "-o",
                dir.resolve("x.toc").toString());
        assertEquals(2, layout.exitCode());
        assertTrue(layout.err().contains("dfid, eu, results-framework, iati, json"), layout.err());
    }

    @Test
    void iatiExportWritesValidatedXmlAndTheResultsSheet(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("results.xml");
        CliRunner.Run run = CliRunner.run(args("export", SAMPLE, "--format", "iati", "--as-of", "2026-06-30", "-o",
                xml.toString()));
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(xml);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">"));
        assertTrue(text.contains("<iati-identifier>XM-EXAMPLE-1-P1</iati-identifier>"));
        assertTrue(run.err().contains("not in the IATI results: "), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("(not in the IATI results: | +)\\d+ results? without an"
                + " indicator \\(IATI results need one\\): .*\\bOP3\\b.*")), run.err());
        CliRunner.Run csv = CliRunner.run(args("export", SAMPLE, "--format", "iati-csv", "--as-of", "2026-06-30"));
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("IATI activity identifier,Result type,"), csv.out());
    }

    @Test
    void anotherReportingOrgNeedsItsOwnTypeAndTheMessageSaysWhoseTheTheorysTypeIs(@TempDir Path dir) throws Exception {
        Path toc = Files.writeString(dir.resolve("t.toc"), "theory \"T\" {\n    identifier \"XM-X-1\"\n"
                + "    reporting org \"XM-X\" \"X network\" type regional-ngo\n}\nimpact I \"x\" {\n"
                + "    indicator I_1 \"n\" { unit count baseline 0 at 2024 target 5 by 2026 }\n}\n");
        CliRunner.Run run = CliRunner.run("export", toc.toString(), "--format", "iati", "--reporting-org", "GB-CHC-1");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("missing: the organisation type of GB-CHC-1 (--reporting-org-type TYPE): the"
                + " theory's `type regional-ngo` belongs to its own reporting organisation XM-X, not to GB-CHC-1"), run.err());
        CliRunner.Run typed = CliRunner.run("export", toc.toString(), "--format", "iati", "--reporting-org", "GB-CHC-1",
                "--reporting-org-type", "national-ngo");
        assertEquals(0, typed.exitCode(), typed.err());
    }

    @Test
    void iatiExportWithoutItsPublisherIsAUsageErrorNamingTheOptionsAndTheWords(@TempDir Path dir) throws Exception {
        Path toc = Files.writeString(dir.resolve("t.toc"), "theory \"T\" {}\nimpact I \"x\" {\n"
                + "    indicator I_1 \"n\" { unit count baseline 0 at 2024 target 5 by 2026 }\n}\n");
        CliRunner.Run run = CliRunner.run("export", toc.toString(), "--format", "iati");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing: the activity identifier (--identifier, or `identifier \"REF-ID\"` in the"
                + " theory block); the reporting organisation (--reporting-org, or `reporting org"), run.err());
        assertTrue(run.err().contains("its organisation type (--reporting-org-type, or `type TYPE`"), run.err());
        CliRunner.Run typeOnly = CliRunner.run("export", SAMPLE, "--format", "iati", "--reporting-org", "XM-OTHER");
        assertEquals(2, typeOnly.exitCode(), "another organisation than the theory's has no type of the theory's");
        assertTrue(typeOnly.err().contains("missing: the organisation type of XM-OTHER (--reporting-org-type TYPE): the"
                + " theory's `type regional-ngo` belongs to its own reporting organisation XM-EXAMPLE-HSAN"), typeOnly.err());
        CliRunner.Run type = CliRunner.run("export", SAMPLE, "--format", "iati", "--identifier", "X-1",
                "--reporting-org", "X", "--reporting-org-type", "NGO");
        assertEquals(2, type.exitCode());
        assertTrue(type.err().contains("`NGO` is not an IATI organisation type code or word"), type.err());
        CliRunner.Run slash = CliRunner.run("export", SAMPLE, "--format", "iati", "--identifier", "XM-EXAMPLE-HSAN-1/2");
        assertEquals(2, slash.exitCode());
        assertTrue(slash.err().contains("--identifier `XM-EXAMPLE-HSAN-1/2` contains `/`: IATI identifiers cannot"), slash.err());
    }

    @Test
    void anOptionIdentifierOfAnotherPublisherIsNoted(@TempDir Path dir) {
        CliRunner.Run run = CliRunner.run("export", SAMPLE, "--format", "iati", "--identifier", "XM-OTHER-7",
                "-o", dir.resolve("r.xml").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("note: the activity identifier XM-OTHER-7 does not start with the reporting"
                + " organisation's identifier XM-EXAMPLE-HSAN- (IATI's rule for activity identifiers)"), run.err());
    }

    @Test
    void anImportedIatiFileExportsWithoutOptionsUnderItsOwnHeader(@TempDir Path dir) throws Exception {
        Path toc = dir.resolve("wash.toc");
        assertEquals(0, CliRunner.run("import", FIXTURES + "iati/activity.xml", "-o", toc.toString()).exitCode());
        Path xml = dir.resolve("wash.xml");
        CliRunner.Run export = CliRunner.run("export", toc.toString(), "--format", "iati", "-o", xml.toString());
        assertEquals(0, export.exitCode(), export.err());
        String header = "<iati-identifier>XM-EXAMPLE-1-WASH-17</iati-identifier>\n"
                + "    <reporting-org ref=\"XM-EXAMPLE-1\" type=\"21\">\n"
                + "      <narrative>Example Water Alliance</narrative>";
        assertTrue(Files.readString(Path.of(FIXTURES + "iati/activity.xml")).contains(header), "the fixture's own header");
        assertTrue(Files.readString(xml).contains(header), Files.readString(xml));
    }

    @Test
    void theTheorysWordsNameTheActivityAndOptionsReplaceThemSayingSo(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("r.xml");
        CliRunner.Run run = CliRunner.run("export", SAMPLE, "--format", "iati", "--as-of", "2026-06-30", "-o",
                xml.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(xml);
        assertTrue(text.contains("<iati-identifier>XM-EXAMPLE-HSAN-2024</iati-identifier>\n"
                + "    <reporting-org ref=\"XM-EXAMPLE-HSAN\" type=\"23\">\n"
                + "      <narrative>Health Security Advocacy Network secretariat</narrative>"), text);
        assertFalse(run.err().contains("replaces"), run.err());
        CliRunner.Run replaced = CliRunner.run("export", SAMPLE, "--format", "iati-csv", "--as-of", "2026-06-30",
                "--identifier", "XM-EXAMPLE-HSAN-2025", "--reporting-org-type", "regional-ngo");
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertTrue(replaced.err().contains("--identifier XM-EXAMPLE-HSAN-2025 replaces the theory's activity identifier"
                + " \"XM-EXAMPLE-HSAN-2024\""), replaced.err());
        assertFalse(replaced.err().contains("--reporting-org-type"), "the same type written as a word replaces nothing");
        assertTrue(replaced.out().lines().skip(1).allMatch(l -> l.startsWith("XM-EXAMPLE-HSAN-2025,")), replaced.out());
    }

    @Test
    void anUnknownActivityIsAUsageErrorWithDidYouMean(@TempDir Path dir) throws Exception {
        String xml = Files.readString(Path.of(FIXTURES + "iati/activity.xml"));
        int start = xml.indexOf("  <iati-activity ");
        int end = xml.indexOf("</iati-activity>") + "</iati-activity>".length();
        Path two = Files.writeString(dir.resolve("two.xml"), xml.substring(0, end) + "\n"
                + xml.substring(start, end).replace("WASH-17", "WASH-18") + xml.substring(end));
        Path toc = dir.resolve("x.toc");
        CliRunner.Run unknown = CliRunner.run("import", two.toString(), "--activity", "XM-EXAMPLE-1-WASH-19", "-o",
                toc.toString());
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("did you mean XM-EXAMPLE-1-WASH-1"), unknown.err());
        assertFalse(Files.exists(toc));
        CliRunner.Run named = CliRunner.run("import", two.toString(), "--activity", "XM-EXAMPLE-1-WASH-18", "-o",
                toc.toString());
        assertEquals(0, named.exitCode(), named.err());
        assertTrue(named.err().contains("activity XM-EXAMPLE-1-WASH-18"), named.err());
    }

    @Test
    void theResultsSheetGoesToAWorkbookWhenOutputIsXlsx(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("results.xlsx");
        CliRunner.Run run = CliRunner.run(args("export", SAMPLE, "--format", "iati-csv", "--as-of", "2026-06-30", "-o",
                xlsx.toString()));
        assertEquals(0, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(xlsx);
        assertTrue(bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K', "an xlsx package");
    }
}
