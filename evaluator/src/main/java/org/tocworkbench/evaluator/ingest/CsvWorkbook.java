package org.tocworkbench.evaluator.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file as one unnamed sheet: RFC 4180 quoting (quoted fields may hold delimiters, quotes
 * doubled, line breaks), a byte-order mark, UTF-8 or — when the bytes are not UTF-8 — Windows-1252,
 * and the delimiter sniffed from the first records ({@code ,}, {@code ;}, tab or {@code |}; or an
 * Excel {@code sep=;} first line). Every cell is text; numbers and dates are read from it.
 */
final class CsvWorkbook implements SheetSource {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final Path file;
    private final String fileName;

    CsvWorkbook(Path file, String fileName) {
        this.file = file;
        this.fileName = fileName;
    }

    @Override
    public List<String> sheetNames() {
        return List.of("");
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public void read(String sheet, RowHandler handler) throws ImportException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(SNIFF_BYTES + 4);
            byte[] head = raw.readNBytes(SNIFF_BYTES);
            raw.reset();
            int bom = 0;
            Charset charset;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                charset = StandardCharsets.UTF_8;
                bom = 3;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
            } else {
                charset = isUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            }
            raw.skipNBytes(bom);
            String sample = new String(head, bom, head.length - bom, charset);
            char delimiter = sniffDelimiter(sample);
            Reader reader = new InputStreamReader(raw, charset);
            boolean skipSepLine = sample.regionMatches(true, 0, "sep=", 0, 4);
            parse(reader, delimiter, skipSepLine, handler);
        } catch (IOException e) {
            throw new ImportException(fileName + ": cannot be read: " + Failures.describe(e), true);
        }
    }

    private static boolean isUtf8(byte[] head) {
        int length = head.length;
        // a multi-byte character cut at the end of the sample is not an error
        while (length > 0 && length > head.length - 4 && (head[length - 1] & 0xC0) == 0x80) {
            length--;
        }
        if (length > 0 && (head[length - 1] & 0xC0) == 0xC0) {
            length--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter that splits the first records into the same, largest number of fields. */
    static char sniffDelimiter(String sample) {
        if (sample.regionMatches(true, 0, "sep=", 0, 4) && sample.length() > 4) {
            return sample.charAt(4);
        }
        int[][] counts = new int[DELIMITERS.length][20];
        int records = 0;
        boolean quoted = false;
        for (int i = 0; i < sample.length() && records < 20; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                records++;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d][records]++;
                    }
                }
            }
        }
        int lines = Math.max(1, Math.min(records, 20));
        char best = ',';
        double bestScore = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            int first = counts[d][0];
            if (first == 0) {
                continue;
            }
            int consistent = 0;
            for (int r = 0; r < lines; r++) {
                if (counts[d][r] == first) {
                    consistent++;
                }
            }
            double score = first * (consistent / (double) lines);
            if (score > bestScore) {
                bestScore = score;
                best = DELIMITERS[d];
            }
        }
        return best;
    }

    private void parse(Reader reader, char delimiter, boolean skipFirstLine, RowHandler handler)
            throws IOException, ImportException {
        char[] buffer = new char[1 << 16];
        StringBuilder field = new StringBuilder();
        SheetRow row = new SheetRow();
        int record = 1;
        int column = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean afterQuote = false;
        boolean anything = false;
        boolean skipping = skipFirstLine;
        row.reset(record);
        int n;
        char previous = 0;
        while ((n = reader.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (skipping) {
                    if (c == '\n') {
                        skipping = false;
                    }
                    continue;
                }
                if (quoted) {
                    if (c == '"') {
                        quoted = false;
                        afterQuote = true;
                    } else if (field.length() < CellValues.MAX_TEXT) {
                        field.append(c);
                    }
                    continue;
                }
                if (c == '"') {
                    if (afterQuote) {
                        field.append('"');
                        quoted = true;
                        afterQuote = false;
                    } else if (field.length() == 0 || isBlank(field)) {
                        field.setLength(0);
                        quoted = true;
                        wasQuoted = true;
                    } else if (field.length() < CellValues.MAX_TEXT) {
                        field.append(c);
                    }
                    continue;
                }
                afterQuote = false;
                if (c == delimiter) {
                    store(row, column++, field, wasQuoted);
                    field.setLength(0);
                    wasQuoted = false;
                    anything = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\n' && previous == '\r') {
                        previous = c;
                        continue;
                    }
                    store(row, column, field, wasQuoted);
                    field.setLength(0);
                    wasQuoted = false;
                    if (!handler.row(row)) {
                        return;
                    }
                    record++;
                    row.reset(record);
                    column = 0;
                    anything = false;
                } else if (field.length() < CellValues.MAX_TEXT) {
                    field.append(c);
                }
                previous = c;
            }
            if (column >= SheetRow.MAX_COLUMNS) {
                throw new ImportException(fileName + ", line " + record + ": more than 16,384 fields", false);
            }
        }
        if (anything || field.length() > 0 || column > 0) {
            store(row, column, field, wasQuoted);
            handler.row(row);
        }
    }

    private static boolean isBlank(StringBuilder field) {
        for (int i = 0; i < field.length(); i++) {
            if (!Character.isWhitespace(field.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void store(SheetRow row, int column, StringBuilder field, boolean quoted) throws ImportException {
        if (column >= SheetRow.MAX_COLUMNS) {
            throw new ImportException(fileName + ", line " + row.number() + ": more than 16,384 fields", false);
        }
        if (field.length() == 0) {
            return;
        }
        String text = quoted ? field.toString() : field.toString().strip();
        if (!text.isEmpty()) {
            row.setText(column, text, false);
        }
    }

    @Override
    public void close() {
        // the file is opened per read
    }
}
