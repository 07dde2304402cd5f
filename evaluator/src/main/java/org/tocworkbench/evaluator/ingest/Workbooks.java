package org.tocworkbench.evaluator.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a monitoring file by what it is, not what it is called: a zip package is read as .xlsx,
 * an OLE2 container as .xls (or refused as a password-protected workbook), IATI activity XML as
 * {@link IatiActivityXml}, a JSON object as a DHIS2 data value set ({@link DataValueSetJson}),
 * other text as CSV. A text file renamed {@code .xlsx} is refused with a message saying so.
 */
public final class Workbooks {
    private Workbooks() {
    }

    public static SheetSource open(Path file, String fileName) throws ImportException {
        byte[] head = new byte[4096];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ImportException(fileName + ": cannot be read: " + Failures.describe(e), true);
        }
        if (length == 0) {
            throw new ImportException(fileName + ": the file is empty", false);
        }
        String extension = extension(fileName);
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6)) {
            if (contains(head, length, "mimetypeapplication/vnd.oasis.opendocument")) {
                throw new ImportException(fileName + ": an OpenDocument spreadsheet (.ods); save it as .xlsx", false);
            }
            return PublisherPeriods.wrap(XlsxWorkbook.open(file.toFile()));
        }
        if (length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return PublisherPeriods.wrap(XlsWorkbook.open(file.toFile(), fileName));
        }
        boolean utf16 = length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF);
        boolean binary = false;
        for (int i = 0; i < length && !utf16; i++) {
            if (head[i] == 0) {
                binary = true;
                break;
            }
        }
        String start = new String(head, 0, Math.min(length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .strip().toLowerCase(Locale.ROOT);
        boolean spreadsheetName = extension.equals("xlsx") || extension.equals("xlsm") || extension.equals("xls");
        if (spreadsheetName && (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<table"))) {
            throw new ImportException(fileName + ": a web page (HTML) named ." + extension + ", not a workbook; open it"
                    + " in Excel and save it as .xlsx", false);
        }
        if (binary) {
            throw new ImportException(fileName + ": not a spreadsheet this tool reads (.xlsx, .xls or .csv)"
                    + (length >= 4 && head[0] == '%' && head[1] == 'P' ? ": it is a PDF" : ""), false);
        }
        String text = start.startsWith("\u00ef\u00bb\u00bf") ? start.substring(3).strip() : start;
        if (!spreadsheetName && text.startsWith("<")) {
            if (contains(head, length, "<iati-activities") || contains(head, length, "<iati-activity")) {
                return new IatiActivityXml(file, fileName);
            }
            throw new ImportException(fileName + ": an XML file that is not an IATI activity file (no <iati-activities>);"
                    + " the XML this tool reads is IATI activity XML", false);
        }
        if (!spreadsheetName && text.startsWith("{")) {
            return new DataValueSetJson(file, fileName);
        }
        if (spreadsheetName) {
            throw new ImportException(fileName + ": not an Excel workbook: it is a text file named ." + extension
                    + " (if it is comma-separated, name it .csv)", false);
        }
        return new CsvWorkbook(file, fileName);
    }

    private static boolean contains(byte[] head, int length, String text) {
        String s = new String(head, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        return s.contains(text);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
