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
            handler.expectRows(estimateRows(head, Files.size(file)));
            Reader reader = new InputStreamReader(raw, charset);
            boolean skipSepLine = sample.regionMatches(true, 0, "sep=", 0, 4);
            parse(reader, delimiter, skipSepLine, handler);
        } catch (IOException e) {
            throw new ImportException(fileName + ": cannot be read: " + Failures.describe(e), true);
        }
    }

    /**
     * About how many records the file holds, from the line breaks in its first bytes and its
     * length, at most Excel's 1,048,576 rows: a hint that sizes the import's tables once (as an
     * .xlsx sheet's dimension does) instead of growing them a few times on the way.
     */
    static int estimateRows(byte[] head, long fileLength) {
        int lines = 0;
        for (byte b : head) {
            if (b == '\n') {
                lines++;
            }
        }
        if (lines == 0 || head.length == 0) {
            return Math.max(1, lines);
        }
        return (int) Math.min(1 << 20, fileLength * lines / head.length);
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
        new Parse(reader, delimiter, handler, 1 << 16, true).run(skipFirstLine);
    }

    /**
     * Reads CSV text with a given buffer size, and with or without taking whole fields from the
     * buffer: for tests that check both ways give the same rows, fields cut at every buffer edge.
     */
    static void parse(String fileName, Reader reader, char delimiter, RowHandler handler, int bufferSize,
                      boolean quickField) throws IOException, ImportException {
        new CsvWorkbook(Path.of(fileName), fileName).new Parse(reader, delimiter, handler, bufferSize, quickField)
                .run(false);
    }

    /**
     * One pass over the text. Rows are numbered as a spreadsheet program numbers them (one per
     * record); messages also give the line of the file. A quoted field that is never closed — or
     * whose closing quote, lines later, is followed by more text, or that runs past a cell's
     * 32,767 characters — is taken as a stray quote: the field ends at the end of the line where
     * it opened, the issue names that line, and the lines after it are read again as rows of
     * their own. Only the text since that line is held for this, at most a cell's length.
     */
    private final class Parse {
        private final Reader reader;
        private final char delimiter;
        private final RowHandler handler;
        private final char[] buffer;
        private int bufferPosition;
        private int bufferLength;
        private CharSequence replay = "";
        private int replayPosition;

        private final StringBuilder field = new StringBuilder();
        /** Whether whole fields are taken from the buffer at once ({@link #quickFields}); off only in tests. */
        private final boolean quickField;
        private final SheetRow row = new SheetRow();
        private int record = 1;
        private int line = 1;
        private int recordLine = 1;
        private int column;
        private boolean quoted;
        private boolean wasQuoted;
        private boolean afterQuote;
        private boolean anything;
        private int previous;
        /** Line and record where the open quote is, and the field's length at the first line break in it. */
        private int quoteLine;
        private int quoteRecord;
        private int cut;
        /** The text read since the first line break inside the open quote; null while there is none. */
        private StringBuilder spill;
        private boolean stopped;

        Parse(Reader reader, char delimiter, RowHandler handler, int bufferSize, boolean quickField) {
            this.reader = reader;
            this.delimiter = delimiter;
            this.handler = handler;
            this.buffer = new char[bufferSize];
            // a line break or quote as the delimiter (an odd `sep=` line) is left to the character loop
            this.quickField = quickField && delimiter != '\n' && delimiter != '\r' && delimiter != '"';
        }

        /**
         * At the start of a field: while whole fields (plain, or quoted without quotes or line breaks
         * inside) lie in the buffer, stores their text straight from the buffer — one string made in
         * one copy, not through {@link #field} a character at a time — and steps over the delimiters
         * between them, leaving the line break that ends the record to the character loop. Stops,
         * reading nothing more, at anything else: the character loop then reads on as before, so
         * both ways give the same rows. False when it read nothing.
         */
        private boolean quickFields() throws ImportException {
            char[] b = buffer;
            int end = bufferLength;
            char d = delimiter;
            boolean read = false;
            int start = bufferPosition;
            while (start < end) {
                int stop;
                if (b[start] == '"') {
                    int j = start + 1;
                    while (j < end) {
                        char ch = b[j];
                        if (ch == '"' || ch == '\n' || ch == '\r') {
                            break;
                        }
                        j++;
                    }
                    if (j + 1 >= end || b[j] != '"') {
                        return read;
                    }
                    char after = b[j + 1];
                    int length = j - start - 1;
                    if (after != d && after != '\n' && after != '\r' || length > CellValues.MAX_TEXT) {
                        return read;
                    }
                    if (length > 0) {
                        put(new String(b, start + 1, length));
                    }
                    previous = '"';
                    stop = j + 1;
                } else {
                    int j = start;
                    while (j < end) {
                        char ch = b[j];
                        if (ch == d || ch == '"' || ch == '\n' || ch == '\r') {
                            break;
                        }
                        j++;
                    }
                    if (j == end || b[j] == '"' || j - start > CellValues.MAX_TEXT || j == start && b[j] != d) {
                        return read;
                    }
                    if (j > start) {
                        int from = start;
                        int to = j;
                        while (from < to && Character.isWhitespace(b[from])) {
                            from++;
                        }
                        while (to > from && Character.isWhitespace(b[to - 1])) {
                            to--;
                        }
                        if (to > from) {
                            put(new String(b, from, to - from));
                        }
                        previous = b[j - 1];
                    }
                    stop = j;
                }
                read = true;
                bufferPosition = stop;
                if (b[stop] != d) {
                    return true;
                }
                // the delimiter, as the character loop takes it
                if (column >= SheetRow.MAX_COLUMNS) {
                    throw new ImportException(fileName + ", line " + row.number() + ": more than 16,384 fields", false);
                }
                column++;
                anything = true;
                previous = d;
                start = stop + 1;
                bufferPosition = start;
            }
            return read;
        }

        /** The text of the field at {@link #column}, read by {@link #quickFields}; the record now has something. */
        private void put(String text) throws ImportException {
            if (column >= SheetRow.MAX_COLUMNS) {
                throw new ImportException(fileName + ", line " + row.number() + ": more than 16,384 fields", false);
            }
            row.setText(column, text, false);
            anything = true;
        }

        private int next() throws IOException {
            if (replayPosition < replay.length()) {
                return replay.charAt(replayPosition++);
            }
            if (bufferPosition == bufferLength) {
                bufferLength = reader.read(buffer);
                bufferPosition = 0;
                if (bufferLength <= 0) {
                    bufferLength = 0;
                    return -1;
                }
            }
            return buffer[bufferPosition++];
        }

        void run(boolean skipFirstLine) throws IOException, ImportException {
            int c;
            if (skipFirstLine) {
                while ((c = next()) >= 0 && c != '\n') {
                    previous = c;
                }
                line++;
                previous = c;
            }
            recordLine = line;
            row.reset(record);
            while (true) {
                if (quickField && bufferPosition < bufferLength && field.length() == 0 && !quoted && !afterQuote
                        && spill == null && replayPosition >= replay.length() && quickFields()) {
                    continue;
                }
                c = next();
                if (c < 0) {
                    if (quoted && spill != null) {
                        recover("it is never closed");
                        if (stopped) {
                            return;
                        }
                        continue;
                    }
                    break;
                }
                if (spill != null) {
                    spill.append((char) c);
                }
                boolean lineBreak = c == '\r' || c == '\n' && previous != '\r';
                if (lineBreak) {
                    line++;
                }
                if (quoted) {
                    inQuotes(c, lineBreak);
                } else if (!(afterQuote && afterClosingQuote(c)) && !unquoted(c)) {
                    return;
                }
                if (stopped) {
                    return;
                }
                previous = c;
            }
            if (quoted) {
                handler.damaged(quoteRecord, DataIssue.Kind.UNTERMINATED_QUOTE, "line " + quoteLine
                        + ": a quote opens a field and the file ends before it is closed; the field is read to the end"
                        + " of the file");
            }
            if (anything || field.length() > 0 || column > 0) {
                endRecord();
            }
        }

        private void inQuotes(int c, boolean lineBreak) throws IOException, ImportException {
            if (c == '"') {
                quoted = false;
                afterQuote = true;
                return;
            }
            if (lineBreak && spill == null) {
                cut = field.length();
                spill = new StringBuilder().append((char) c);
            }
            if (field.length() < CellValues.MAX_TEXT) {
                field.append((char) c);
            }
            if (spill != null && spill.length() > CellValues.MAX_TEXT) {
                recover("it runs past 32,767 characters, more than a cell holds");
            }
        }

        /** True when the character was dealt with here (a doubled quote, or a stray quote found). */
        private boolean afterClosingQuote(int c) throws IOException, ImportException {
            afterQuote = false;
            if (c == '"') {
                field.append('"');
                quoted = true;
                return true;
            }
            if (spill != null && c != delimiter && c != '\r' && c != '\n') {
                recover("its closing quote, on line " + line + ", is followed by more text");
                return true;
            }
            spill = null;
            return false;
        }

        /** Handles a character outside quotes; false when the handler wants no more rows. */
        private boolean unquoted(int c) throws ImportException {
            if (c == '"') {
                if (field.length() == 0 || isBlank(field)) {
                    field.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                    quoteLine = line;
                    quoteRecord = record;
                } else if (field.length() < CellValues.MAX_TEXT) {
                    field.append('"');
                }
                return true;
            }
            if (c == delimiter) {
                store(row, column++, field, wasQuoted);
                if (field.length() > 0) {
                    field.setLength(0);
                }
                wasQuoted = false;
                anything = true;
                return true;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\n' && previous == '\r') {
                    return true;
                }
                if (!endRecord()) {
                    return false;
                }
                record++;
                recordLine = line;
                row.reset(record);
                return true;
            }
            if (field.length() < CellValues.MAX_TEXT) {
                field.append((char) c);
            }
            return true;
        }

        private boolean endRecord() throws ImportException {
            store(row, column, field, wasQuoted);
            for (int i = 0; i < row.width(); i++) {
                String text = row.text(i);
                if (text != null && text.indexOf('\uFFFD') >= 0) {
                    handler.damaged(record, DataIssue.Kind.UNDECODABLE_TEXT, "line " + recordLine
                            + ": bytes that are not text in the file's encoding (shown as \uFFFD); save the file"
                            + " as UTF-8");
                    break;
                }
            }
            if (field.length() > 0) {
                field.setLength(0);
            }
            wasQuoted = false;
            column = 0;
            anything = false;
            return handler.row(row);
        }

        /**
         * The open quote was a stray: the field ends at the end of the line where it opened, and the
         * text after that line is read again.
         */
        private void recover(String why) throws ImportException {
            String rest = spill.toString();
            int skip = rest.startsWith("\r\n") ? 2 : 1;
            CharSequence unread = replay.subSequence(replayPosition, replay.length());
            replay = rest.substring(Math.min(skip, rest.length())) + unread;
            replayPosition = 0;
            field.setLength(Math.min(cut, field.length()));
            spill = null;
            quoted = false;
            afterQuote = false;
            line = quoteLine + 1;
            previous = '\n';
            handler.damaged(quoteRecord, DataIssue.Kind.UNTERMINATED_QUOTE, "line " + quoteLine
                    + ": a quote opens a field and " + why + "; the field is read to the end of line " + quoteLine
                    + " and the lines after it as rows of their own");
            boolean more = endRecord();
            record++;
            recordLine = line;
            row.reset(record);
            if (!more) {
                replay = "";
                stopped = true;
            }
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
