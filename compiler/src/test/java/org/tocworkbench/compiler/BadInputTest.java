package org.tocworkbench.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.source.SourceLoader;

/**
 * Whatever it is given, the compiler returns diagnostics with valid positions, or an I/O
 * diagnostic; it never throws and never hangs.
 */
class BadInputTest {
    /** Generous: these inputs take well under a second on a quiet machine. */
    private static final Duration LIMIT = Duration.ofSeconds(10);
    /** The 5 MB and 50,000-node inputs take a few seconds of CPU; shared CI machines are slow. */
    private static final Duration LARGE_LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ empty and blank

    @Test
    void emptyFileSaysThatNothingIsDeclared() {
        Checked checked = text("");
        checked.reportsExactly(Code.EMPTY_THEORY);
        checked.reports(Code.EMPTY_THEORY, "1:1", "nothing is declared");
    }

    @Test
    void whitespaceOnlyFileSaysThatNothingIsDeclared() {
        text(" \n\t\n\r\n   \n").reportsExactly(Code.EMPTY_THEORY);
    }

    @Test
    void byteOrderMarkAloneIsAnEmptyFile() throws IOException {
        Path file = write("bom.toc", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Checked.of(compile(file, LIMIT)).reportsExactly(Code.EMPTY_THEORY);
    }

    // ------------------------------------------------------------------ not text

    @Test
    void randomBytesAreRefusedAsNotText() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[100] = 0;
        Compilation c = compile(write("random.toc", bytes), LIMIT);
        assertIoProblem(c, Code.NOT_TEXT, "is not a text file");
    }

    @Test
    void pngImageIsRefusedAsNotText() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertIoProblem(compile(write("picture.toc", png), LIMIT), Code.NOT_TEXT, "line 3 holds a NUL byte");
    }

    @Test
    void nulByteInOtherwiseValidTextNamesItsLine() throws IOException {
        byte[] bytes = "impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\0\n".getBytes(StandardCharsets.UTF_8);
        assertIoProblem(compile(write("nul.toc", bytes), LIMIT), Code.NOT_TEXT, "line 3 holds a NUL byte");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() throws IOException {
        byte[] bytes = "impact I \"Prepared\"\nactivity A1 \"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        assertIoProblem(compile(write("latin1.toc", bytes), LIMIT), Code.NOT_TEXT,
                "is not UTF-8 text (line 2 holds an invalid byte); save it as UTF-8");
    }

    @Test
    void utf16FileIsNamedAsSuch() throws IOException {
        byte[] bytes = "\ufeffimpact I \"Prepared\"\n".getBytes(StandardCharsets.UTF_16LE);
        assertIoProblem(compile(write("utf16.toc", bytes), LIMIT), Code.NOT_TEXT, "is UTF-16 text; save it as UTF-8");
    }

    @Test
    void randomBytesWithoutNulNeverBreakTheCompiler() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            byte[] bytes = new byte[1 + random.nextInt(2000)];
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = bytes[i] == 0 ? (byte) ' ' : bytes[i];
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            Checked checked = text(text);
            assertFalse(checked.diagnostics().isEmpty(), "random text should give some diagnostic");
        }
    }

    // ------------------------------------------------------------------ size and shape

    @Test
    void oneMegabyteTitleOnOneLineIsReadAndPrintedInAWindow() {
        String title = "a".repeat(1024 * 1024);
        Checked checked = text("impact I \"" + title + "\"\nactivity A1 \"Train\"\nA1 -> I\noutput P1 \"Stray\"\n");
        Diagnostic d = checked.reports(Code.NO_PATH_TO_IMPACT, "4:8", "`P1`");
        assertEquals(title.length(), checked.compilation().theory().nodes().get("I").title().length());
        assertTrue(new HumanDiagnosticPrinter().print(d).length() < 1000);
    }

    @Test
    void oneMegabyteLineOfWordsGivesOneErrorPrintedInAWindow() {
        String line = "word ".repeat(200_000);
        Checked checked = text("impact I \"Prepared\"\n" + line + "\n");
        List<Diagnostic> errors = checked.all(Code.SYNTAX_ERROR);
        assertEquals(1, errors.size(), checked::human);
        String printed = new HumanDiagnosticPrinter().print(errors.get(0));
        assertTrue(printed.lines().allMatch(l -> l.length() < 300), "a long line is cut to a window:\n" + printed);
    }

    @Test
    void oneMegabyteLineOfArrowsIsReportedOnce() {
        Checked checked = text("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1" + " ->".repeat(350_000) + " I\n");
        assertEquals(1, checked.all(Code.SYNTAX_ERROR).size(), checked::human);
    }

    @Test
    void tenThousandNestedBracesAreReportedNotRecursedInto() {
        Checked checked = text("{".repeat(10_000));
        assertFalse(checked.all(Code.SYNTAX_ERROR).isEmpty());
        assertTrue(checked.diagnostics().size() <= 50, "syntax errors are capped");
    }

    @Test
    void tenThousandNestedBracesAfterADeclarationAreReported() {
        Checked checked = text("impact I \"Prepared\" " + "{\n".repeat(10_000) + "}\n".repeat(10_000));
        assertFalse(checked.all(Code.SYNTAX_ERROR).isEmpty());
    }

    @Test
    void fiveMegabytesOfValidDeclarationsCompileWithoutErrors() {
        StringBuilder text = new StringBuilder("impact I \"Communities are prepared for pandemics\"\n");
        for (int m = 0; m < 20; m++) {
            text.append("actor M").append(m).append(" \"Member ").append(m).append("\" role member\n");
        }
        for (int k = 0; text.length() < 5 * 1024 * 1024; k++) {
            text.append("activity A").append(k).append(" \"Train health workers in district ").append(k)
                    .append("\" by M").append(k % 20).append('\n')
                    .append("output P").append(k).append(" \"Health workers trained in district ").append(k).append("\"\n")
                    .append("outcome O").append(k).append(" \"Clinics in district ").append(k)
                    .append(" apply the protocols\" horizon short {\n")
                    .append("  indicator O").append(k).append("_1 \"Share of clinics applying the protocols\" {\n")
                    .append("    unit percent\n    baseline 10% at 2024\n    target 60% by 2027\n  }\n}\n")
                    .append("A").append(k).append(" -> P").append(k).append(" -> O").append(k)
                    .append(" -> I { rationale \"Trained workers apply what they learnt\" }\n");
        }
        String source = text.toString();
        Compilation c = assertTimeoutPreemptively(LARGE_LIMIT, () -> compileText(source));
        Checked checked = Checked.of(c);
        assertFalse(c.hasErrors(), checked::human);
        assertTrue(c.theory().nodes().size() > 30_000);
        checked.reports(Code.PATHWAYS_TRUNCATED, "1:8", "paths lead to the impact");
    }

    @Test
    void chainOfFiftyThousandResultsIsCheckedAndItsFragilitySummarised() {
        StringBuilder text = new StringBuilder("impact I \"Prepared\"\nactivity A \"Start\"\nactivity B \"Other start\"\nB -> N1\n");
        StringBuilder chain = new StringBuilder("A");
        for (int i = 1; i < 50_000; i++) {
            text.append("output N").append(i).append(" \"Step ").append(i).append("\"\n");
            chain.append(" -> N").append(i);
        }
        String source = text.append(chain).append(" -> I\n").toString();
        Compilation c = assertTimeoutPreemptively(LARGE_LIMIT, () -> compileText(source));
        Diagnostic d = Checked.of(c).reports(Code.SINGLE_POINT_OF_FAILURE, "5:8",
                "runs through `N1`, `N2`, `N3`, `N4`, `N5` and 49994 more");
        assertEquals("the first of 49999 single points of failure", d.label());
        assertEquals(2, c.theory().pathways().size(), "both paths are derived");
    }

    @Test
    void tenThousandUndefinedNamesAreReportedQuickly() {
        StringBuilder text = new StringBuilder("impact I \"Prepared\"\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("output P").append(i).append(" \"Trained ").append(i).append("\"\n");
            text.append("Q").append(i).append(" -> P").append(i).append(" -> I\n");
        }
        String source = text.toString();
        Compilation c = assertTimeoutPreemptively(LARGE_LIMIT, () -> compileText(source));
        assertEquals(10_000, Checked.of(c).all(Code.UNDEFINED_NAME).size());
        assertEquals("P1", c.diagnostics().get(1).replacement(), "the first undefined names get a suggestion");
    }

    @Test
    void tooLargeFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.toc");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(SourceLoader.MAX_BYTES + 1);
        }
        assertIoProblem(compile(file, LIMIT), Code.FILE_TOO_LARGE, "the limit is 64 MB");
    }

    // ------------------------------------------------------------------ broken text

    @Test
    void unknownKeywordIsReportedOnceWithTheLikelyKeyword() {
        Checked checked = text("impact I \"Prepared\"\noutcom O1 \"Clinics apply protocols\" horizon short\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        Diagnostic d = checked.reports(Code.SYNTAX_ERROR, "2:1", "unknown keyword `outcom`");
        assertEquals("outcome", d.replacement());
    }

    @Test
    void lineOfUnknownWordsIsReportedOnce() {
        Checked checked = text("impact I \"Prepared\"\nplease make this work\nactivity A1 \"Train\"\nA1 -> I\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        checked.reports(Code.SYNTAX_ERROR, "2:8", "expected `->` after `please`, found `make`");
    }

    @Test
    void unterminatedStringIsReportedAndTheRestOfTheFileRead() {
        Checked checked = text("impact I \"Prepared\nactivity A1 \"Train\"\nA1 -> I\n");
        checked.reportsExactly(Code.UNTERMINATED_STRING);
        checked.reports(Code.UNTERMINATED_STRING, "1:10", "unterminated string");
        assertEquals("Prepared", checked.compilation().theory().nodes().get("I").title());
    }

    @Test
    void stringOpenedOnTheLastCharacterIsReported() {
        text("impact I \"").reports(Code.UNTERMINATED_STRING, "1:10", "unterminated string");
    }

    @Test
    void unterminatedLongStringIsReported() {
        Checked checked = text("impact I \"\"\"Prepared\nand more\n");
        assertFalse(checked.diagnostics().isEmpty());
        assertTrue(checked.compilation().hasErrors());
    }

    @Test
    void unterminatedBlockCommentIsReportedOnceAtItsStart() {
        Checked checked = text("impact I \"Prepared\" {\n/* the rest is a comment\nactivity A1 \"Train\"\n");
        checked.reportsExactly(Code.UNTERMINATED_STRING);
        checked.reports(Code.UNTERMINATED_STRING, "2:1", "unterminated block comment");
    }

    @Test
    void commentOpenerAloneAtTheEndIsReported() {
        text("impact I \"Prepared\"\n/*").reports(Code.UNTERMINATED_STRING, "2:1", "unterminated block comment");
    }

    @Test
    void controlCharactersAreNamedByCodePoint() {
        text("impact I \"Prepared\"\u0007\nactivity A1 \"Train\"\nA1 -> I\n")
                .reports(Code.UNEXPECTED_CHARACTER, "1:20", "unexpected character U+0007");
    }

    @Test
    void classicMacLineEndsGivePositionsOnTheRightLines() {
        Checked checked = text("impact I \"Prepared\"\ractivity A1 \"Train\"\routput P1 \"Stray\"\rA1 -> I\r");
        checked.reportsExactly(Code.NO_PATH_TO_IMPACT);
        checked.reports(Code.NO_PATH_TO_IMPACT, "3:8", "`P1`");
    }

    @Test
    void windowsLineEndsGivePositionsOnTheRightLines() {
        Checked checked = text("impact I \"Prepared\"\r\nactivity A1 \"Train\"\r\noutput P1 \"Stray\"\r\nA1 -> I\r\n");
        checked.reports(Code.NO_PATH_TO_IMPACT, "3:8", "`P1`");
    }

    @Test
    void charactersOutsideTheBasicPlaneKeepColumnsInUtf16Units() {
        Checked checked = text("impact I \"Prepared \ud83d\ude00\"\nactivity A1 \"Train \ud83d\ude00\" horizon short\nA1 -> I\n");
        checked.reports(Code.MISPLACED_PROPERTY, "2:24", "`horizon` applies to outcomes");
    }

    // ------------------------------------------------------------------ files and imports

    @Test
    void importCycleIsReportedAndDoesNotLoop() throws IOException {
        write("a.toc", "import \"b.toc\"\nimpact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\n");
        write("b.toc", "import \"a.toc\"\nactor BB \"Backbone\" role backbone\n");
        Compilation c = compile(dir.resolve("a.toc"), LIMIT);
        Diagnostic d = Checked.of(c).reports(Code.IMPORT_CYCLE, "1:1", "import cycle: a.toc -> b.toc -> a.toc");
        assertTrue(d.span().path().endsWith("b.toc"));
    }

    @Test
    void fileThatImportsItselfIsAnImportCycle() throws IOException {
        write("self.toc", "import \"self.toc\"\nimpact I \"Prepared\"\n");
        Checked.of(compile(dir.resolve("self.toc"), LIMIT))
                .reports(Code.IMPORT_CYCLE, "1:1", "import cycle: self.toc -> self.toc");
    }

    @Test
    void missingImportIsReportedAtTheImport() throws IOException {
        write("root.toc", "impact I \"Prepared\"\nimport \"shared/actors.toc\"\n");
        Checked checked = Checked.of(compile(dir.resolve("root.toc"), LIMIT));
        checked.reportsExactly(Code.FILE_UNREADABLE);
        checked.reports(Code.FILE_UNREADABLE, "2:8", "cannot import", "actors.toc`: it does not exist");
    }

    @Test
    void importOfAFolderIsReportedAtTheImport() throws IOException {
        Files.createDirectories(dir.resolve("shared"));
        write("root.toc", "import \"shared\"\nimpact I \"Prepared\"\n");
        Checked.of(compile(dir.resolve("root.toc"), LIMIT))
                .reports(Code.FILE_UNREADABLE, "1:8", "it is a folder, not a .toc file");
    }

    @Test
    void importOfABinaryFileIsReportedAtTheImport() throws IOException {
        write("picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        write("root.toc", "import \"picture.png\"\nimpact I \"Prepared\"\n");
        Checked.of(compile(dir.resolve("root.toc"), LIMIT))
                .reports(Code.NOT_TEXT, "1:8", "it is not a text file");
    }

    @Test
    void importPathThatNoFileCanHaveIsReported() {
        text("import \"shared\u0000.toc\"\nimpact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\n")
                .reports(Code.FILE_UNREADABLE, "1:8", "cannot import this path: it holds a character no file name can have");
    }

    @Test
    void dataFileNameThatNoFileCanHaveIsReported() {
        text("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\ndata \"data\u0000.xlsx\" { }\n")
                .reports(Code.DATA_BINDING_INCOMPLETE, "4:6", "the data file's name holds a character no file name can have");
    }

    @Test
    void diamondImportsAreReadOnce() throws IOException {
        write("actors.toc", "actor BB \"Backbone\" role backbone\n");
        write("left.toc", "import \"actors.toc\"\n");
        write("right.toc", "import \"actors.toc\"\n");
        write("root.toc", "import \"left.toc\"\nimport \"right.toc\"\nimpact I \"Prepared\" owner BB\nactivity A1 \"Train\" by BB\nA1 -> I\n");
        Compilation c = compile(dir.resolve("root.toc"), LIMIT);
        Checked.of(c).reportsNothing();
        assertEquals(4, c.sources().size());
    }

    @Test
    void folderAsRootIsAnIoProblem() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("theory.toc"));
        assertIoProblem(compile(folder, LIMIT), Code.FILE_UNREADABLE, "is a folder, not a .toc file");
    }

    @Test
    void missingRootIsAnIoProblem() {
        assertIoProblem(compile(dir.resolve("nowhere.toc"), LIMIT), Code.FILE_UNREADABLE, "does not exist");
    }

    // ------------------------------------------------------------------ helpers

    private Checked text(String text) {
        return Checked.of(assertTimeoutPreemptively(LIMIT, () -> compileText(text)));
    }

    private static Compilation compileText(String text) {
        Compilation c = new TocCompiler().compile(new org.tocworkbench.compiler.source.SourceFile("bad.toc", text),
                CompileOptions.DEFAULT);
        DiagnosticInvariants.check(c);
        return c;
    }

    private static Compilation compile(Path file, Duration limit) {
        Compilation c = assertTimeoutPreemptively(limit, () -> new TocCompiler().compile(file, CompileOptions.DEFAULT));
        DiagnosticInvariants.check(c);
        return c;
    }

    private static void assertIoProblem(Compilation c, Code code, String messageFragment) {
        assertTrue(c.unreadable(), "the root file should be reported unreadable");
        assertEquals(1, c.diagnostics().size(), () -> Checked.of(c).human());
        Diagnostic d = c.diagnostics().get(0);
        assertEquals(code, d.code());
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.span().isNone(), "an unreadable file has no place to point at");
        assertTrue(d.message().contains(messageFragment), () -> "«" + d.message() + "» should contain «" + messageFragment + "»");
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }
}
