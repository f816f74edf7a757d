package org.clinicite.importer.io;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX factories for untrusted XML: no DTD processing and no external entities, so a
 * document's DOCTYPE is never fetched (no network) and entity tricks (billion laughs,
 * XXE) fail with a parse error that the importer reports, instead of expanding.
 */
public final class SafeXml {
    private SafeXml() {
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external entity not allowed: " + systemId);
        });
        return f;
    }
}
