package org.tocworkbench.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.ingest.ImportResult;
import org.tocworkbench.evaluator.ingest.MonitoringImporter;
import org.tocworkbench.evaluator.ingest.Observation;
import org.tocworkbench.evaluator.ingest.ObservationSink;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Times one reader over one workbook: a warm-up pass, then timed passes, in this JVM.
 *
 * <ul>
 *   <li>{@code scan}: the floor — unzip the data sheet's XML and pull every event with Aalto,
 *       reading each cell's attributes and value text, nothing else;</li>
 *   <li>{@code import}: {@code MonitoringImporter.read} into a sink that counts;</li>
 *   <li>{@code poi-event}: POI's event API, {@code XSSFReader} + {@code XSSFSheetXMLHandler}.</li>
 * </ul>
 *
 * <p>Usage: {@code ImportBenchmark MODE WORKBOOK THEORY PASSES}. Prints one line per pass.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path file = Path.of(args[1]);
        Theory theory = new TocCompiler().compile(Path.of(args[2]), CompileOptions.DEFAULT).theory();
        int passes = Integer.parseInt(args[3]);
        if (mode.equals("paired")) {
            paired(file, theory, passes);
            return;
        }
        for (int pass = 0; pass <= passes; pass++) {
            long started = System.nanoTime();
            long cpuStarted = Paired.cpu();
            String what;
            switch (mode) {
                case "scan":
                    what = scan(file);
                    break;
                case "scan-poi":
                    what = scanThroughPoi(file);
                    break;
                case "import":
                    what = importer(file, theory);
                    break;
                case "poi-event":
                    what = poiEvent(file);
                    break;
                default:
                    throw new IllegalArgumentException(mode);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("%s %s pass=%d ms=%d cpu_ms=%d %s%n", mode, file.getFileName(), pass, millis,
                    (Paired.cpu() - cpuStarted) / 1_000_000, pass == 0 ? "(warm-up) " + what : what);
        }
    }

    /**
     * Scan and import alternately in one JVM, so that both see the same load on a shared machine;
     * prints the ratio of each pair. Pass 0 of each is cold (what one {@code toc evaluate} run sees).
     */
    static void paired(Path file, Theory theory, int passes) throws Exception {
        Paired.run(file.getFileName().toString(), "scan", () -> scan(file), "import", () -> importer(file, theory), passes);
    }

    /** The floor: the sheet part's bytes inflated and every XML event pulled; for a CSV file, {@link #scanCsv}. */
    static String scan(Path file) throws Exception {
        if (file.getFileName().toString().endsWith(".csv")) {
            return scanCsv(file);
        }
        long cells = 0;
        long chars = 0;
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(sheetEntry(zip));
            try (InputStream in = zip.getInputStream(entry)) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("c")) {
                            cells++;
                            for (int i = 0; i < xml.getAttributeCount(); i++) {
                                chars += xml.getAttributeValue(i).length();
                            }
                        } else if (name.equals("v")) {
                            chars += xml.getElementText().length();
                        }
                    }
                }
                xml.close();
            }
        }
        return "cells=" + cells + " chars=" + chars;
    }

    /**
     * The floor for a CSV file: decode the UTF-8 text and split every record into its fields
     * (quotes honoured, each field made a string), nothing else.
     */
    static String scanCsv(Path file) throws Exception {
        long fields = 0;
        long chars = 0;
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            char[] buffer = new char[1 << 16];
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    char ch = buffer[i];
                    if (ch == '"') {
                        quoted = !quoted;
                    } else if (!quoted && (ch == ',' || ch == '\n')) {
                        chars += field.toString().length();
                        field.setLength(0);
                        fields++;
                    } else if (ch != '\r') {
                        field.append(ch);
                    }
                }
            }
        }
        return "fields=" + fields + " chars=" + chars;
    }

    /**
     * The same scan, but the sheet part opened the way the importer opens it: POI's package with its
     * zip-bomb guard. The difference to {@code scan} is the price of that guard and of POI's package.
     */
    static String scanThroughPoi(Path file) throws Exception {
        long cells = 0;
        long chars = 0;
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (!sheets.getSheetName().equals("Data")) {
                        continue;
                    }
                    XMLStreamReader xml = factory.createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                            String name = xml.getLocalName();
                            if (name.equals("c")) {
                                cells++;
                                for (int i = 0; i < xml.getAttributeCount(); i++) {
                                    chars += xml.getAttributeValue(i).length();
                                }
                            } else if (name.equals("v")) {
                                chars += xml.getElementText().length();
                            }
                        }
                    }
                    xml.close();
                }
            }
        }
        return "cells=" + cells + " chars=" + chars;
    }

    /** The sheet named "Data" in the generated workbooks is the second sheet. */
    private static String sheetEntry(ZipFile zip) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.equals("xl/worksheets/sheet2.xml")) {
                return name;
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    static String importer(Path file, Theory theory) throws Exception {
        long[] counts = new long[2];
        ImportResult result = new MonitoringImporter().read(ImportRequest.of(file), theory, new ObservationSink() {
            @Override
            public void observation(Observation observation) {
                counts[0]++;
            }

            @Override
            public void issue(DataIssue issue) {
                counts[1]++;
            }
        });
        return "observations=" + counts[0] + " issues=" + result.totalIssues() + " sheet=" + result.sheet();
    }

    static String poiEvent(Path file) throws Exception {
        long[] cells = new long[1];
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (!sheets.getSheetName().equals("Data")) {
                        continue;
                    }
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    cells[0]++;
                                }
                            }, false));
                    xml.parse(new InputSource(in));
                }
            }
        }
        return "cells=" + cells[0];
    }
}
