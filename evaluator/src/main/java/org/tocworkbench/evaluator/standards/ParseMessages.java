package org.tocworkbench.evaluator.standards;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * The messages of a file that is not well-formed, in our words: where reading stopped as
 * {@code line N, column M}, and the parser's reason without its own location syntax (Aalto's
 * {@code at [row,col {unknown-source}]: [4,7]}, Jackson's {@code [Source: REDACTED …; line: 3, column: 1]}).
 */
final class ParseMessages {
    private static final Pattern XML_LOCATION = Pattern.compile("\\s*at \\[row,col[^\\]]*\\]:\\s*\\[\\d+,\\d+\\]");
    private static final Pattern XML_PREFIX = Pattern.compile("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ");
    private static final Pattern JSON_SOURCE = Pattern.compile(
            "\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*;\\s*line: (\\d+), column: (\\d+)\\]");
    private static final Pattern JSON_BARE_SOURCE = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");

    private ParseMessages() {
    }

    /** {@code FILE: not well-formed XML at line N, column M: reason}. */
    static StandardsException xml(String fileName, XMLStreamException e) {
        Location location = e.getLocation();
        String where = location == null || location.getLineNumber() < 1 ? ""
                : " at " + position(location.getLineNumber(), location.getColumnNumber());
        String reason = XML_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
        reason = XML_LOCATION.matcher(reason).replaceAll("").strip();
        if (reason.startsWith("the file ")) {
            // SafeXml's refusal of a DTD or entity: well-formed, but not read.
            return new StandardsException(fileName + where + ": " + reason, false);
        }
        return new StandardsException(fileName + ": not well-formed XML" + where + ": " + reason, false);
    }

    /** {@code FILE: not well-formed JSON at line N, column M: reason}. */
    static StandardsException json(String fileName, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? ""
                : " at " + position(location.getLineNr(), location.getColumnNr());
        Matcher source = JSON_SOURCE.matcher(String.valueOf(e.getOriginalMessage()));
        StringBuilder reason = new StringBuilder();
        while (source.find()) {
            source.appendReplacement(reason, Matcher.quoteReplacement(
                    position(Integer.parseInt(source.group(1)), Integer.parseInt(source.group(2)))));
        }
        source.appendTail(reason);
        String text = JSON_BARE_SOURCE.matcher(reason).replaceAll("").replace("\n", " ").strip();
        return new StandardsException(fileName + ": not well-formed JSON" + where + ": " + text, false);
    }

    private static String position(int line, int column) {
        return column > 0 ? "line " + line + ", column " + column : "line " + line;
    }
}
