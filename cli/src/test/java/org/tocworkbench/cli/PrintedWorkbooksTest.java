package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workbook the tool writes — the report ({@code toc evaluate -o r.xlsx}), the monitoring
 * template and the logframe — for every sample, written as a user would and printed to PDF by
 * LibreOffice, then looked at page by page: the page count is the reviewed one
 * (printed-pages.tsv), no character is printed over another (rows as tall as their wrapped
 * lines), nothing falls off a page, each page names its sheet and each page of a table repeats
 * its header row with its first and last column titles (the width fits one page).
 */
class PrintedWorkbooksTest {
    private static final List<String> SAMPLES = List.of("samples/pandemic-preparedness/pandemic.toc",
            "samples/humanitarian-communication/humanitarian.toc", "samples/knowledge-learning/learning.toc",
            "samples/knowledge-learning/actors.toc", "samples/training-followup/training.toc");
    /** The table's header row is printed within this many points below the page header. */
    private static final double HEADER_ROW = 45;

    @TempDir
    static Path dir;
    private static final Map<String, Path> WORKBOOKS = new LinkedHashMap<>();

    @BeforeAll
    static void writeAndPrint() throws Exception {
        if (!LibreOffice.wanted()) {
            return;
        }
        for (String toc : SAMPLES) {
            String name = Path.of(toc).getFileName().toString().replace(".toc", "");
            write(name + "-report", "evaluate", toc, "-o");
            write(name + "-template", "template", toc, "-o");
            write(name + "-logframe", "export", toc, "--format", "logframe-xlsx", "-o");
        }
        LibreOffice.toPdf(new ArrayList<>(WORKBOOKS.values()), dir);
    }

    private static void write(String name, String... args) {
        Path out = dir.resolve(name + ".xlsx");
        List<String> command = new ArrayList<>(List.of(args));
        command.add(out.toString());
        CliRunner.Run run = CliRunner.run(command.toArray(new String[0]));
        assertTrue(run.exitCode() == 0 && Files.isRegularFile(out),
                name + ": exit " + run.exitCode() + "\n" + run.err());
        WORKBOOKS.put(name, out);
    }

    static Stream<String> workbooks() throws IOException {
        return expectedPages().keySet().stream();
    }

    private static Map<String, Integer> expectedPages() throws IOException {
        Map<String, Integer> pages = new LinkedHashMap<>();
        try (InputStream in = PrintedWorkbooksTest.class.getResourceAsStream("/printed-pages.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    pages.put(cells[0], Integer.parseInt(cells[1].trim()));
                }
            }
        }
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void printsOnTheReviewedPagesWithNothingOverlappingOrCut(String name) throws Exception {
        assumeTrue(LibreOffice.wanted(), "LibreOffice tests left out with -Dtoc.noOffice=true");
        assertTrue(WORKBOOKS.containsKey(name), "no sample workbook " + name + " (printed-pages.tsv)");
        PrintedPages printed = PrintedPages.read(dir.resolve(name + ".pdf"));
        assertEquals(expectedPages().get(name), printed.pages().size(), name + ": printed pages");
        for (PrintedPages.Page page : printed.pages()) {
            assertEquals(List.of(), page.collisions(), name + " page " + page.number() + ": characters printed over each other");
            assertEquals(List.of(), page.outside(), name + " page " + page.number() + ": characters outside the page");
            assertTrue(page.width() > page.height(), name + " page " + page.number() + ": landscape");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(WORKBOOKS.get(name)))) {
            for (Sheet sheet : workbook) {
                List<PrintedPages.Page> pages = printed.pages().stream()
                        .filter(p -> p.header().endsWith(compact(sheet.getSheetName()))).toList();
                assertFalse(pages.isEmpty(), name + ": no printed page names sheet " + sheet.getSheetName());
                if (sheet.getRepeatingRows() == null) {
                    continue;
                }
                List<String> titles = titles(sheet.getRow(sheet.getRepeatingRows().getFirstRow()));
                // one page wide: the first and last column titles on every page; several pages
                // across (repeated first columns): the first title on every page
                boolean across = sheet.getRepeatingColumns() != null;
                List<String> expected = across ? List.of(titles.get(0)) : List.of(titles.get(0), titles.get(titles.size() - 1));
                for (PrintedPages.Page page : pages) {
                    // the sheet's first page may have a title above its table
                    String top = page == pages.get(0) ? page.textBetween(page.body(), page.height())
                            : page.textBetween(page.body(), page.body() + HEADER_ROW);
                    for (String title : expected) {
                        for (String word : title.split(" ")) {
                            assertTrue(top.contains(word), name + " sheet " + sheet.getSheetName() + " page "
                                    + page.number() + ": the header row (" + title + ") is not at the top: " + top);
                        }
                    }
                }
            }
        }
    }

    private static List<String> titles(Row header) {
        List<String> titles = new ArrayList<>();
        for (Cell cell : header) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !cell.getStringCellValue().isBlank()) {
                titles.add(cell.getStringCellValue());
            }
        }
        return titles;
    }

    private static String compact(String text) {
        return text.replace(" ", "");
    }
}
