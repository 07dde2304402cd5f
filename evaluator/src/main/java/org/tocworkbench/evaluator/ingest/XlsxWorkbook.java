package org.tocworkbench.evaluator.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedXMLStreamException;

/**
 * An {@code .xlsx} workbook read as a stream: POI opens the package (with its zip-bomb guard on),
 * and each sheet's XML is pulled cell by cell, so memory holds the shared strings, the styles and
 * one row, whatever the number of rows.
 */
final class XlsxWorkbook implements SheetSource {
    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final Map<String, String> sheetIds = new LinkedHashMap<>();
    private boolean date1904;
    private byte[] styleFlags = new byte[0];
    private List<String> sharedStrings;

    private XlsxWorkbook(String fileName, OPCPackage pkg, XSSFReader reader) {
        this.fileName = fileName;
        this.pkg = pkg;
        this.reader = reader;
    }

    static XlsxWorkbook open(File file) throws ImportException {
        String name = file.getName();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file, PackageAccess.READ);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new ImportException(name + ": not a readable Excel workbook, damaged or of another kind ("
                    + Failures.describe(e) + ")", false);
        } catch (RuntimeException e) {
            throw new ImportException(name + ": the workbook cannot be opened: " + Failures.describe(e), false);
        }
        XlsxWorkbook workbook = null;
        try {
            workbook = new XlsxWorkbook(name, pkg, new XSSFReader(pkg));
            workbook.readWorkbookPart();
            workbook.readStyles();
            return workbook;
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw new ImportException(name + ": the workbook is damaged: " + Failures.describe(e), Failures.isIo(e));
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheetIds.keySet());
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    private void readWorkbookPart() throws IOException, InvalidFormatException, XMLStreamException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = SafeXml.open(in);
            try {
                while (xml.hasNext()) {
                    if (SafeXml.next(xml) != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String element = xml.getLocalName();
                    if (element.equals("workbookPr")) {
                        String value = attribute(xml, "date1904");
                        date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                    } else if (element.equals("sheet")) {
                        String sheetName = attribute(xml, "name");
                        String id = attribute(xml, "id");
                        if (sheetName != null && id != null) {
                            sheetIds.put(sheetName, id);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Reads the number format of every cell style ({@code cellXfs}) from the styles part with the
     * same pull parser, rather than through POI's XmlBeans-based {@code StylesTable}: that costs
     * seconds of class loading on every run and is not needed for two flags per style.
     */
    private void readStyles() throws IOException, XMLStreamException {
        InputStream in;
        try {
            in = reader.getStylesData();
        } catch (InvalidFormatException e) {
            return;
        }
        if (in == null) {
            return;
        }
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        try (in) {
            XMLStreamReader xml = SafeXml.open(in);
            try {
                boolean inCellXfs = false;
                while (xml.hasNext()) {
                    int event = SafeXml.next(xml);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String element = xml.getLocalName();
                        if (element.equals("numFmt")) {
                            Integer id = parseId(attribute(xml, "numFmtId"));
                            String code = attribute(xml, "formatCode");
                            if (id != null && code != null) {
                                formats.put(id, code);
                            }
                        } else if (element.equals("cellXfs")) {
                            inCellXfs = true;
                        } else if (element.equals("xf") && inCellXfs) {
                            Integer id = parseId(attribute(xml, "numFmtId"));
                            styleFormats.add(id == null ? 0 : id);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                        inCellXfs = false;
                    }
                }
            } finally {
                xml.close();
            }
        }
        styleFlags = new byte[styleFormats.size()];
        for (int i = 0; i < styleFlags.length; i++) {
            int id = styleFormats.get(i);
            String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            styleFlags[i] = NumberFormats.flags(id, code);
        }
    }

    private static Integer parseId(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<String> sharedStrings() throws ImportException {
        if (sharedStrings != null) {
            return sharedStrings;
        }
        List<String> strings = new ArrayList<>();
        try (InputStream in = reader.getSharedStringsData()) {
            XMLStreamReader xml = SafeXml.open(in);
            try {
                readSharedStrings(xml, strings);
            } finally {
                xml.close();
            }
        } catch (InvalidFormatException e) {
            // no shared strings part: a workbook with numbers only
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new ImportException(fileName + ": its shared strings cannot be read: " + Failures.describe(e),
                    Failures.isIo(e));
        }
        sharedStrings = Collections.unmodifiableList(strings);
        return sharedStrings;
    }

    private static void readSharedStrings(XMLStreamReader xml, List<String> strings) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean inItem = false;
        boolean inText = false;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = SafeXml.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if (element.equals("si")) {
                    inItem = true;
                    text.setLength(0);
                } else if (element.equals("t")) {
                    inText = inItem && phonetic == 0;
                } else if (element.equals("rPh")) {
                    phonetic++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String element = xml.getLocalName();
                if (element.equals("si")) {
                    strings.add(CellValues.capText(text.toString()));
                    inItem = false;
                } else if (element.equals("t")) {
                    inText = false;
                } else if (element.equals("rPh")) {
                    phonetic--;
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                if (text.length() < CellValues.MAX_TEXT) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(),
                            Math.min(xml.getTextLength(), CellValues.MAX_TEXT + 1 - text.length()));
                }
            }
        }
    }

    @Override
    public void read(String sheet, RowHandler handler) throws ImportException {
        String id = sheetIds.get(sheet);
        if (id == null) {
            throw new ImportException(fileName + ": no sheet \"" + sheet + "\"; the sheets are "
                    + Failures.quoteAll(sheetNames()), false);
        }
        List<String> strings = sharedStrings();
        try (InputStream in = reader.getSheet(id)) {
            XMLStreamReader xml = SafeXml.open(in);
            try {
                new SheetXmlPuller((XMLStreamReader2) xml, strings, styleFlags, fileName, sheet).pull(handler);
            } finally {
                xml.close();
            }
        } catch (ImportException e) {
            throw e;
        } catch (XMLStreamException e) {
            String why = Failures.describe(e);
            throw new ImportException(fileName + ": sheet \"" + sheet + "\" cannot be read: " + (why.contains("DTD")
                    || why.contains("zip bomb") || why.contains("entity") ? why : "its XML is damaged (" + why + ")"),
                    false);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new ImportException(fileName + ": sheet \"" + sheet + "\" cannot be read: " + Failures.describe(e),
                    Failures.isIo(e));
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** The pull loop over {@code <row>} and {@code <c>} of one sheet part. */
    private static final class SheetXmlPuller {
        private final XMLStreamReader2 xml;
        private final List<String> strings;
        private final byte[] styleFlags;
        private final String fileName;
        private final String sheet;
        private final SheetRow row = new SheetRow();
        private final CellXmlDecoders.ColumnDecoder columns = new CellXmlDecoders.ColumnDecoder();
        private final CellXmlDecoders.TypeDecoder types = new CellXmlDecoders.TypeDecoder();
        private final CellXmlDecoders.NumberDecoder numbers = new CellXmlDecoders.NumberDecoder();
        private final TextPool pool = new TextPool();

        SheetXmlPuller(XMLStreamReader2 xml, List<String> strings, byte[] styleFlags, String fileName, String sheet) {
            this.xml = xml;
            this.strings = strings;
            this.styleFlags = styleFlags;
            this.fileName = fileName;
            this.sheet = sheet;
        }

        void pull(RowHandler handler) throws XMLStreamException, ImportException {
            int rowNumber = 0;
            int column = -1;
            boolean inRow = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("c")) {
                        column = cell(column, rowNumber);
                    } else if (element.equals("dimension")) {
                        expectedRows(handler);
                    } else if (element.equals("row")) {
                        rowNumber = rowNumber(rowNumber);
                        row.reset(rowNumber);
                        column = -1;
                        inRow = true;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("row")) {
                        inRow = false;
                        if (!handler.row(row)) {
                            return;
                        }
                    } else if (element.equals("sheetData")) {
                        return;
                    }
                } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new XMLStreamException(event == XMLStreamConstants.DTD
                            ? "the sheet declares a DTD (<!DOCTYPE ...>); workbooks never do, so it is refused"
                            : "the sheet uses an entity that only a DTD could declare; refused");
                }
            }
            if (inRow) {
                handler.row(row);
            }
        }

        /** Tells the handler how many rows the sheet says it has ({@code <dimension ref="A1:F1000001"/>}). */
        private void expectedRows(RowHandler handler) {
            String ref = xml.getAttributeValue(null, "ref");
            if (ref == null) {
                return;
            }
            int digits = ref.length();
            while (digits > 0 && Character.isDigit(ref.charAt(digits - 1))) {
                digits--;
            }
            if (digits < ref.length() && ref.length() - digits <= 7) {
                handler.expectRows(Integer.parseInt(ref.substring(digits)));
            }
        }

        private int rowNumber(int previous) throws ImportException, XMLStreamException {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals("r")) {
                    try {
                        int n = xml.getAttributeAsInt(i);
                        if (n >= 1 && n <= 1_048_576) {
                            return n;
                        }
                    } catch (TypedXMLStreamException e) {
                        // reported below
                    }
                    String r = xml.getAttributeValue(i);
                    throw new ImportException(fileName + ": sheet \"" + sheet + "\" has a row numbered \"" + r
                            + "\" after row " + previous + "; Excel rows run from 1 to 1048576", false);
                }
            }
            return previous + 1;
        }

        /** Reads one {@code <c>} element to its end; returns its 0-based column. */
        private int cell(int previousColumn, int rowNumber) throws XMLStreamException, ImportException {
            int column = previousColumn + 1;
            int type = CellXmlDecoders.NUMBER;
            int style = 0;
            for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
                String attribute = xml.getAttributeLocalName(i);
                if (attribute.length() != 1) {
                    continue;
                }
                char a = attribute.charAt(0);
                if (a == 'r') {
                    xml.getAttributeAs(i, columns);
                    if (columns.column < 0) {
                        throw badReference(xml.getAttributeValue(i), rowNumber, columns.column == -2);
                    }
                    column = columns.column;
                } else if (a == 't') {
                    xml.getAttributeAs(i, types);
                    type = types.type;
                } else if (a == 's') {
                    try {
                        style = xml.getAttributeAsInt(i);
                    } catch (TypedXMLStreamException e) {
                        style = 0;
                    }
                }
            }
            boolean hasValue = false;
            double number = 0;
            int sharedIndex = -1;
            String value = null;
            String inline = null;
            boolean formula = false;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("v")) {
                        if (type == CellXmlDecoders.NUMBER) {
                            try {
                                xml.getElementAs(numbers);
                                hasValue = !numbers.empty;
                                number = numbers.value;
                            } catch (TypedXMLStreamException e) {
                                value = e.getLexical();
                            }
                        } else if (type == CellXmlDecoders.SHARED) {
                            try {
                                sharedIndex = xml.getElementAsInt();
                            } catch (TypedXMLStreamException e) {
                                sharedIndex = -1;
                            }
                        } else {
                            value = xml.getElementText();
                        }
                    } else if (element.equals("f")) {
                        formula = true;
                        xml.getElementText();
                    } else if (element.equals("is")) {
                        inline = inlineString();
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("the sheet ends inside a cell");
                }
            }
            if (column >= SheetRow.MAX_COLUMNS) {
                throw new ImportException(fileName + ": sheet \"" + sheet + "\", row " + rowNumber
                        + " has a cell beyond Excel's last column XFD (16,384 columns)", false);
            }
            store(column, type, style, hasValue, number, sharedIndex, value, inline, formula);
            return column;
        }

        private void store(int column, int type, int style, boolean hasValue, double number, int sharedIndex,
                           String value, String inline, boolean formula) {
            switch (type) {
                case CellXmlDecoders.NUMBER:
                    if (hasValue) {
                        byte flags = style >= 0 && style < styleFlags.length ? styleFlags[style] : 0;
                        row.setNumber(column, number, null, flags, formula);
                    } else if (value != null && !value.isBlank()) {
                        row.setText(column, CellValues.capText(value), formula);
                    } else if (formula) {
                        row.setFormulaWithoutValue(column);
                    }
                    break;
                case CellXmlDecoders.SHARED:
                    row.setText(column, sharedIndex >= 0 && sharedIndex < strings.size() ? strings.get(sharedIndex) : "",
                            false);
                    break;
                case CellXmlDecoders.INLINE:
                    row.setText(column, inline != null ? inline : value == null ? "" : CellValues.capText(value), formula);
                    break;
                case CellXmlDecoders.BOOLEAN:
                    if (value != null) {
                        row.setBoolean(column, value.strip().equals("1") || value.strip().equalsIgnoreCase("true"), formula);
                    } else if (formula) {
                        row.setFormulaWithoutValue(column);
                    }
                    break;
                case CellXmlDecoders.ERROR:
                    row.setError(column, value == null ? "#VALUE!" : value.strip(), formula);
                    break;
                default:
                    // "str" (a formula's text), "d" (ISO 8601 date text, strict OOXML) and anything unknown: the text
                    if (value != null) {
                        row.setText(column, CellValues.capText(value), formula);
                    } else if (formula) {
                        row.setFormulaWithoutValue(column);
                    }
            }
        }

        /** The text of the current element up to its end, pooled when it comes in one piece. */
        private String elementText() throws XMLStreamException {
            String text = "";
            StringBuilder more = null;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE
                        || event == XMLStreamConstants.CDATA) {
                    if (more == null && text.isEmpty()) {
                        text = pool.get(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    } else {
                        if (more == null) {
                            more = new StringBuilder(text);
                        }
                        if (more.length() < CellValues.MAX_TEXT) {
                            more.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return more == null ? text : more.toString();
                } else if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("a text element holds an element or ends the sheet");
                }
            }
        }

        private ImportException badReference(String reference, int rowNumber, boolean beyond) {
            String shown = reference.substring(0, Math.min(reference.length(), 20));
            return new ImportException(fileName + ": sheet \"" + sheet + "\", row " + rowNumber + ": cell \"" + shown
                    + (beyond ? "\" lies beyond Excel's last column XFD (16,384 columns)" : "\" is not a cell reference"),
                    false);
        }

        private String inlineString() throws XMLStreamException {
            StringBuilder text = new StringBuilder(0);
            String single = null;
            int depth = 1;
            int phonetic = 0;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String element = xml.getLocalName();
                    if (element.equals("rPh")) {
                        phonetic++;
                    } else if (element.equals("t") && phonetic == 0) {
                        String t = elementText();
                        depth--;
                        if (text.length() == 0 && single == null) {
                            single = t;
                        } else {
                            if (single != null) {
                                text.append(single);
                                single = null;
                            }
                            text.append(t, 0, Math.min(t.length(), Math.max(0, CellValues.MAX_TEXT - text.length())));
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (xml.getLocalName().equals("rPh")) {
                        phonetic--;
                    }
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("the sheet ends inside a cell");
                }
            }
            return single != null ? CellValues.capText(single) : CellValues.capText(text.toString());
        }
    }
}
