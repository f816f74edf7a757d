package org.clinicite.importer.ctgov;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;
import org.clinicite.importer.io.InputFiles;
import org.clinicite.importer.io.SafeXml;

/**
 * Streams the legacy ClinicalTrials.gov XML with StAX ({@link SafeXml}: no DTDs, no
 * external entities): every {@code <clinical_study>} element, at whatever depth, is read
 * into a small tree and delivered before the next one is read. The registry shipped one
 * study per file; a file that wraps several is read the same way.
 */
final class CtgovXmlReader {
    /** The root element of a legacy study record. */
    static final String STUDY = "clinical_study";
    /** Metadata of the download (its date), not of the record: left out of the fingerprint. */
    private static final String HEADER = "required_header";

    private final CtgovRecords records;

    CtgovXmlReader(CtgovRecords records) {
        this.records = records;
    }

    void read(Path file, RecordSink sink) throws IOException {
        String name = file.toString();
        try (InputStream in = InputFiles.open(file)) {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
            try {
                if (studies(r, name, sink) == 0) {
                    sink.reject(Problem.ofFile(name, "no <" + STUDY + "> element: not a ClinicalTrials.gov XML record"));
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            sink.reject(new Problem(name, at == null ? 0 : Math.max(0, at.getLineNumber()),
                    at == null ? 0 : Math.max(0, at.getColumnNumber()), "malformed XML: " + reason(e)));
        } catch (MalformedInputException e) {
            sink.reject(Problem.ofFile(name, "not UTF-8 text"));
        }
    }

    private int studies(XMLStreamReader r, String file, RecordSink sink) throws XMLStreamException {
        int count = 0;
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(STUDY)) {
                int line = Math.max(0, r.getLocation().getLineNumber());
                XmlElement study = XmlElement.read(r);
                StringBuilder canonical = new StringBuilder();
                study.canonical(canonical, HEADER);
                records.deliver(XmlExtractor.extract(study), canonical.toString(), file, line, "<" + STUDY + ">", sink);
                count++;
            }
        }
        return count;
    }

    /** The parser's message without the JDK parser's "ParseError at [row,col]" prefix (the location is reported apart). */
    static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }
}
