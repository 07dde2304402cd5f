package org.tocworkbench.evaluator.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A DHIS2 data value set in its JSON form ({@code {"dataValues": [...]}}, as the Web API's
 * {@code /api/dataValueSets.json} returns it), read as one sheet with the columns of the CSV form
 * so that {@link DataValueSetReader} reads both alike. Streamed: one data value at a time. Each
 * data value is a row numbered by the line of its {@code "value"} field (or of the object when
 * it has none), so that issues name the line to look at. Top-level {@code period},
 * {@code orgUnit} and {@code attributeOptionCombo} apply to the values that leave them out.
 */
final class DataValueSetJson extends TextDocument {
    /** The CSV form's columns, in order: the synthetic header row. */
    static final List<String> COLUMNS = List.of("dataelement", "period", "orgunit", "categoryoptioncombo",
            "attributeoptioncombo", "value", "storedby", "lastupdated", "comment", "followup", "deleted");
    private static final Map<String, Integer> FIELDS = Map.ofEntries(Map.entry("dataElement", 0),
            Map.entry("period", 1), Map.entry("orgUnit", 2), Map.entry("categoryOptionCombo", 3),
            Map.entry("attributeOptionCombo", 4), Map.entry("value", 5), Map.entry("storedBy", 6),
            Map.entry("lastUpdated", 7), Map.entry("timestamp", 7), Map.entry("comment", 8),
            Map.entry("followup", 9), Map.entry("followUp", 9), Map.entry("deleted", 10));
    private static final JsonFactory FACTORY = new JsonFactory();

    DataValueSetJson(Path file, String fileName) {
        super(file, fileName);
    }

    @Override
    public void read(String sheet, RowHandler handler) throws ImportException {
        SheetRow row = new SheetRow();
        if (!header(row, COLUMNS, handler)) {
            return;
        }
        String[] defaults = new String[COLUMNS.size()];
        boolean found = false;
        try (InputStream in = Files.newInputStream(file); JsonParser json = FACTORY.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(fileName + ": a JSON file that is not a DHIS2 data value set (it does not"
                        + " start with {); only {\"dataValues\": [...]} is read from JSON", false);
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.getCurrentName();
                JsonToken token = json.nextToken();
                if (name.equals("dataValues") && token == JsonToken.START_ARRAY) {
                    found = true;
                    if (!values(json, row, defaults, handler)) {
                        return;
                    }
                } else if (token.isScalarValue() && FIELDS.containsKey(name)) {
                    defaults[FIELDS.get(name)] = json.getText();
                } else {
                    json.skipChildren();
                }
            }
        } catch (JsonParseException e) {
            throw new ImportException(fileName + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), false);
        } catch (IOException e) {
            throw new ImportException(fileName + ": cannot be read: " + Failures.describe(e), true);
        }
        if (!found) {
            throw new ImportException(fileName + ": a JSON file with no \"dataValues\" array; only DHIS2 data value"
                    + " sets ({\"dataValues\": [...]}) are read from JSON", false);
        }
    }

    /** Reads the data values; false when the handler stopped. */
    private boolean values(JsonParser json, SheetRow row, String[] defaults, RowHandler handler)
            throws IOException, ImportException {
        while (json.nextToken() == JsonToken.START_OBJECT) {
            int objectLine = json.getCurrentLocation().getLineNr();
            int valueLine = -1;
            String[] cells = defaults.clone();
            Boolean[] flags = new Boolean[COLUMNS.size()];
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.getCurrentName();
                JsonToken token = json.nextToken();
                Integer column = FIELDS.get(name);
                if (column == null || !token.isScalarValue()) {
                    json.skipChildren();
                    continue;
                }
                if (column == 5) {
                    valueLine = json.getCurrentLocation().getLineNr();
                }
                if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                    flags[column] = token == JsonToken.VALUE_TRUE;
                } else if (token != JsonToken.VALUE_NULL) {
                    cells[column] = json.getText();
                }
            }
            row.reset(valueLine > 0 ? valueLine : objectLine);
            for (int c = 0; c < cells.length; c++) {
                if (flags[c] != null) {
                    row.setBoolean(c, flags[c], false);
                } else if (cells[c] != null && !cells[c].isEmpty()) {
                    row.setText(c, cells[c], false);
                }
            }
            if (!handler.row(row)) {
                return false;
            }
        }
        return true;
    }
}
