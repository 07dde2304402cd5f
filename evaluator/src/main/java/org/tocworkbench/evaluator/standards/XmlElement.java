package org.tocworkbench.evaluator.standards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tocworkbench.evaluator.ingest.SafeXml;

/**
 * A small XML element tree read with the monitoring importer's safe parser ({@link SafeXml}: a
 * DOCTYPE or entity is refused, external entities are never resolved), for files small enough to
 * hold, such as an IATI activity's results. Each element keeps the line it starts on.
 */
final class XmlElement {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final int line;

    private XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    static XmlElement read(Path file) throws StandardsException {
        String fileName = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SafeXml.open(in);
            try {
                Deque<XmlElement> open = new ArrayDeque<>();
                XmlElement root = null;
                while (xml.hasNext()) {
                    int event = SafeXml.next(xml);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        XmlElement element = new XmlElement(xml.getLocalName(), line(xml));
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            element.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                        }
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        open.pop();
                    } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                            && !open.isEmpty()) {
                        open.peek().text.append(xml.getText());
                    }
                }
                if (root == null) {
                    throw new StandardsException(fileName + ": an XML file with no element", false);
                }
                return root;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw ParseMessages.xml(fileName, e);
        } catch (RuntimeException e) {
            // Aalto reports an error met while reading text (getText(): a truncated file) unchecked.
            if (e.getCause() instanceof XMLStreamException cause) {
                throw ParseMessages.xml(fileName, cause);
            }
            throw e;
        } catch (IOException e) {
            throw new StandardsException(fileName + ": cannot be read: " + e.getMessage(), true);
        }
    }

    /** The line an element starts on (Aalto's own location in the prolog is the end of the last event). */
    private static int line(XMLStreamReader xml) {
        if (xml instanceof org.codehaus.stax2.XMLStreamReader2 stax2) {
            return stax2.getLocationInfo().getStartLocation().getLineNumber();
        }
        return xml.getLocation().getLineNumber();
    }

    List<XmlElement> all(String child) {
        return children.stream().filter(c -> c.name.equals(child)).toList();
    }

    Optional<XmlElement> first(String child) {
        return children.stream().filter(c -> c.name.equals(child)).findFirst();
    }

    String attribute(String attribute) {
        String value = attributes.get(attribute);
        return value == null ? "" : value.strip();
    }

    /** The text of the first {@code narrative} of a child ({@code title}, {@code description}, {@code comment}). */
    String narrative(String child) {
        return first(child).flatMap(c -> c.first("narrative")).map(n -> n.text.toString().strip()).orElse("");
    }
}
