package org.tocworkbench.evaluator.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code <result>} blocks of an IATI activity file (SPREADSHEET-LAYOUTS.md section 8), read as
 * one long sheet: a row per {@code indicator/period/actual}, with the columns Indicator reference
 * ({@code indicator/reference/@code}, or the 1.0x {@code indicator/@ref}), Indicator title, Start
 * date and End date ({@code period-start/end@iso-date}), Actual ({@code actual@value}; for a
 * qualitative indicator, {@code measure="5"}, the comment), Dimension value (the actual's
 * {@code dimension@value}s joined by ", ": a group; none is the total) and Actual comment. Targets
 * and baselines are not actuals and are left out. Rows are numbered by the line of their
 * {@code <actual>}. Read with {@link SafeXml}: a DOCTYPE or entity is refused.
 */
final class IatiActivityXml extends TextDocument {
    static final List<String> COLUMNS = List.of("Indicator reference", "Indicator title", "Start date", "End date",
            "Actual", "Dimension value", "Actual comment");

    IatiActivityXml(Path file, String fileName) {
        super(file, fileName);
    }

    /** What is known of the indicator and period being read. */
    private static final class State {
        String reference = "";
        String title = "";
        boolean qualitative;
        String start = "";
        String end = "";
        /** Inside an actual: its line, value, dimensions and comment. */
        int actualLine = -1;
        String value;
        final List<String> dimensions = new ArrayList<>();
        String comment = "";
    }

    @Override
    public void read(String sheet, RowHandler handler) throws ImportException {
        SheetRow row = new SheetRow();
        if (!header(row, COLUMNS, handler)) {
            return;
        }
        boolean activities = false;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SafeXml.open(in);
            try {
                State state = new State();
                List<String> path = new ArrayList<>();
                while (xml.hasNext()) {
                    int event = SafeXml.next(xml);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
                        path.add(name);
                        activities |= name.equals("iati-activities") || name.equals("iati-activity");
                        start(xml, name, parent, path, state);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = path.remove(path.size() - 1);
                        if (name.equals("actual") && state.actualLine > 0) {
                            fill(row, state);
                            state.actualLine = -1;
                            if (!handler.row(row)) {
                                return;
                            }
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new ImportException(fileName + ": not a readable XML file" + where + ": " + e.getMessage(), false);
        } catch (IOException e) {
            throw new ImportException(fileName + ": cannot be read: " + Failures.describe(e), true);
        }
        if (!activities) {
            throw new ImportException(fileName + ": an XML file that is not an IATI activity file (no"
                    + " <iati-activities>); only IATI activity XML is read from XML", false);
        }
    }

    /** Takes what an element says about the indicator, period or actual being read. */
    private static void start(XMLStreamReader xml, String name, String parent, List<String> path, State state)
            throws XMLStreamException {
        switch (name) {
            case "indicator":
                if (parent.equals("result")) {
                    state.reference = attribute(xml, "ref");
                    state.title = "";
                    state.qualitative = "5".equals(attribute(xml, "measure"));
                    state.start = "";
                    state.end = "";
                }
                break;
            case "reference":
                if (parent.equals("indicator") && state.reference.isEmpty()) {
                    state.reference = attribute(xml, "code");
                }
                break;
            case "period":
                if (parent.equals("indicator")) {
                    state.start = "";
                    state.end = "";
                }
                break;
            case "period-start":
                if (parent.equals("period")) {
                    state.start = attribute(xml, "iso-date");
                }
                break;
            case "period-end":
                if (parent.equals("period")) {
                    state.end = attribute(xml, "iso-date");
                }
                break;
            case "actual":
                if (parent.equals("period")) {
                    state.actualLine = xml.getLocation().getLineNumber();
                    state.value = xml.getAttributeValue(null, "value");
                    state.dimensions.clear();
                    state.comment = "";
                }
                break;
            case "dimension":
                if (parent.equals("actual") && state.actualLine > 0) {
                    state.dimensions.add(attribute(xml, "value"));
                }
                break;
            case "narrative":
                String owner = path.size() >= 3 ? path.get(path.size() - 3) : "";
                if (parent.equals("title") && owner.equals("indicator") && state.title.isEmpty()) {
                    state.title = text(xml, path);
                } else if (parent.equals("comment") && owner.equals("actual") && state.actualLine > 0
                        && state.comment.isEmpty()) {
                    state.comment = text(xml, path);
                }
                break;
            default:
                break;
        }
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value.strip();
    }

    /** The text of the current element, which it consumes (the path loses it). */
    private static String text(XMLStreamReader xml, List<String> path) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = SafeXml.next(xml);
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                path.remove(path.size() - 1);
                return text.toString().strip();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("a <narrative> holds an element <" + xml.getLocalName() + ">",
                        xml.getLocation());
            }
        }
    }

    private static void fill(SheetRow row, State state) {
        row.reset(state.actualLine);
        set(row, 0, state.reference);
        set(row, 1, state.title);
        set(row, 2, state.start);
        set(row, 3, state.end);
        String value = state.value == null ? "" : state.value;
        set(row, 4, value.isBlank() && state.qualitative ? state.comment : value);
        set(row, 5, String.join(", ", state.dimensions));
        set(row, 6, state.comment);
    }

    private static void set(SheetRow row, int column, String text) {
        if (text != null && !text.isBlank()) {
            row.setText(column, text.strip(), false);
        }
    }
}
