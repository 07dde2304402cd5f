package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportLogframeTest {
    private static final String TOC = "evaluator/src/test/resources/progress/nutrition-network.toc";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = TocCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void logframeMarkdownGoesToStandardOutput() {
        Run r = run("export", TOC, "--format", "logframe-md");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("# Logframe: Nourish Counties Network\n"), r.out());
    }

    @Test
    void logframeExcelIsWrittenToTheGivenFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("logframe.xlsx");
        Run r = run("export", TOC, "--format", "logframe-xlsx", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("wrote " + out + " (logframe of "), "says what it wrote: " + r.err());
        assertTrue(r.err().matches("(?s).* results, \\d+ indicators\\)\\s*"), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("Results chain", wb.getSheet("Logframe").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void logframeExcelWithoutAnOutputFileIsAUsageError() {
        Run r = run("export", TOC, "--format", "logframe-xlsx");
        assertEquals(TocCommand.USAGE, r.exit());
        assertTrue(r.err().contains("give the file with `-o logframe.xlsx`"), r.err());
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        Run r = run("export", TOC, "--format", "logframe");
        assertEquals(TocCommand.USAGE, r.exit());
        assertTrue(r.err().contains("(json, logframe-md, logframe-xlsx, iati, iati-csv)"), r.err());
    }
}
