package org.tocworkbench.evaluator.ingest;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place that makes XML pull parsers for workbook parts. Aalto is used because it is the
 * fastest pull parser measured on this kind of machine (MEASUREMENTS.md); DTDs and external
 * entities are switched off, and a part that declares a DTD at all is refused: SpreadsheetML never
 * has one, so a DOCTYPE in a sheet is an attack (XXE, billion laughs) or a broken file.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity \"" + systemId + "\" refused");
        });
        return factory;
    }

    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /**
     * The next event, refusing DTDs and entity references (which only a DTD could declare).
     *
     * @throws XMLStreamException naming what was refused
     */
    public static int next(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("the file declares a DTD (<!DOCTYPE ...>), which neither workbook parts nor"
                    + " IATI files need, so it is refused (external entities are never resolved)");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("the file uses the entity &" + reader.getLocalName()
                    + "; that only a DTD could declare; refused");
        }
        return event;
    }
}
