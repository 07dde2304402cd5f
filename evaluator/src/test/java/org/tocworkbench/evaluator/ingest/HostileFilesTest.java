package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are broken or built to harm: each is refused with a message naming the file, quickly. */
class HostileFilesTest {
    private static final Duration QUICKLY = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Path valid() {
        return Fixtures.xlsx(dir, "valid.xlsx", wb -> new SheetWriter(wb, "Data")
                .row(1, TemplateContract.DATA_HEADER.toArray())
                .row(2, "visits", null, "2024-Q1", null, 5));
    }

    private ImportException refused(Path file) {
        return assertTimeoutPreemptively(QUICKLY, () -> assertThrows(ImportException.class,
                () -> Fixtures.read(ImportRequest.of(file))));
    }

    @Test
    void aMissingFileIsAnIoFailure() {
        ImportException e = refused(dir.resolve("nowhere.xlsx"));
        assertTrue(e.isIoFailure());
        assertTrue(e.getMessage().startsWith("nowhere.xlsx: file not found"), e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        ImportException e = refused(Files.write(dir.resolve("empty.csv"), new byte[0]));
        assertEquals("empty.csv: the file is empty", e.getMessage());
    }

    @Test
    void aTextFileRenamedXlsxIsRefusedSayingSo() {
        ImportException e = refused(Fixtures.text(dir, "renamed.xlsx", "Indicator,Period,Value\nvisits,2024,1\n"));
        assertTrue(e.getMessage().contains("renamed.xlsx: not an Excel workbook: it is a text file"), e.getMessage());
        assertFalse(e.isIoFailure());
    }

    @Test
    void aWebPageSavedAsXlsIsRefusedSayingSo() {
        ImportException e = refused(Fixtures.text(dir, "export.xls", "<html><table><tr><td>1</td></tr></table></html>"));
        assertTrue(e.getMessage().contains("a web page (HTML)"), e.getMessage());
    }

    @Test
    void aBinaryFileNamedCsvIsRefused() throws IOException {
        ImportException e = refused(Files.write(dir.resolve("scan.csv"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}));
        assertTrue(e.getMessage().contains("it is a PDF"), e.getMessage());
    }

    @Test
    void aCorruptZipIsRefused() throws IOException {
        byte[] junk = new byte[5000];
        new java.util.Random(1).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        ImportException e = refused(Files.write(dir.resolve("corrupt.xlsx"), junk));
        assertTrue(e.getMessage().startsWith("corrupt.xlsx: "), e.getMessage());
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(valid());
        ImportException e = refused(Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2)));
        assertTrue(e.getMessage().startsWith("truncated.xlsx: "), e.getMessage());
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedSayingSo() throws Exception {
        Path plain = valid();
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs); InputStream in = Files.newInputStream(plain)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        ImportException e = refused(encrypted);
        assertTrue(e.getMessage().startsWith("secret.xlsx: the workbook is password-protected"), e.getMessage());
    }

    @Test
    void aZipBombIsRefusedByTheGuardWithAClearMessage() throws IOException {
        StringBuilder sheet = new StringBuilder(sheetXmlStart());
        sheet.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Indicator</t></is></c></row>");
        String spaces = " ".repeat(1 << 20);
        for (int i = 0; i < 40; i++) {
            sheet.append(spaces);
        }
        sheet.append("</sheetData></worksheet>");
        Path bomb = replaceEntry(valid(), "bomb.xlsx", "xl/worksheets/sheet1.xml", sheet.toString());
        long started = System.nanoTime();
        ImportException e = refused(bomb);
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        assertTrue(e.getMessage().startsWith("bomb.xlsx"), e.getMessage());
        assertTrue(System.nanoTime() - started < 20_000_000_000L);
    }

    @Test
    void anExternalEntityInASheetIsNeverResolved() throws IOException {
        Path secret = Fixtures.text(dir, "secret.txt", "TOP-SECRET");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + sheetXmlStart().substring(sheetXmlStart().indexOf("<worksheet"))
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Indicator</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Period</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Value</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        Path file = replaceEntry(valid(), "xxe.xlsx", "xl/worksheets/sheet1.xml", sheet);
        ImportException e = refused(file);
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void anEntityInSharedStringsIsRefusedToo() throws IOException {
        Path file = replaceEntry(valid(), "sst.xlsx", "xl/sharedStrings.xml", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&b;</t></si></sst>");
        ImportException e = refused(file);
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void aSheetAsWideAsExcelAllowsIsReadAndACellBeyondItIsRefused() throws IOException {
        Path wide = Fixtures.sxssf(dir, "wide.xlsx", wb -> {
            var sheet = wb.createSheet("Data");
            Row header = sheet.createRow(0);
            Row data = sheet.createRow(1);
            String[] names = TemplateContract.DATA_HEADER.toArray(new String[0]);
            for (int c = 0; c < 16_384; c++) {
                header.createCell(c).setCellValue(c < names.length ? names[c] : "Note " + c);
                data.createCell(c).setCellValue(c == 0 ? "visits" : c == 2 ? "2024-Q1" : c == 4 ? "7" : "x");
            }
        });
        Fixtures.Collected c = assertTimeoutPreemptively(QUICKLY, () -> Fixtures.read(ImportRequest.of(wide)));
        assertEquals(7, c.only("visits").value());

        String sheet = sheetXmlStart() + "<row r=\"1\"><c r=\"XFE1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + "</sheetData></worksheet>";
        ImportException e = refused(replaceEntry(valid(), "beyond.xlsx", "xl/worksheets/sheet1.xml", sheet));
        assertTrue(e.getMessage().contains("beyond Excel's last column XFD"), e.getMessage());
        assertTrue(e.getMessage().contains("sheet \"Data\""), e.getMessage());
    }

    @Test
    void garbageInsideASheetIsADamagedSheetNamingTheSheet() throws IOException {
        Path file = replaceEntry(valid(), "garbage.xlsx", "xl/worksheets/sheet1.xml", sheetXmlStart() + "<row><c><v>1");
        ImportException e = refused(file);
        assertTrue(e.getMessage().startsWith("garbage.xlsx: sheet \"Data\" cannot be read"), e.getMessage());
    }

    static String sheetXmlStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    }

    private Path replaceEntry(Path source, String name, String entry, String content) throws IOException {
        return replaceEntry(source, dir.resolve(name), entry, content);
    }

    /** A copy of a workbook with one part replaced. */
    static Path replaceEntry(Path source, Path target, String entry, String content) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    in.transferTo(bytes);
                    out.write(bytes.toByteArray());
                }
                out.closeEntry();
            }
        }
        return target;
    }
}
