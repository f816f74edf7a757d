package org.clinicite.bench.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.clinicite.importer.io.InputFiles;
import org.clinicite.importer.io.SafeXml;

/**
 * The XML floor under the parse phase: the same StAX reader the importer uses
 * ({@link SafeXml}, through {@link InputFiles}), every event read and every text taken as
 * a String, nothing mapped. Parse-only MB/s can approach this, not pass it.
 */
final class StaxScanPhase {
    private StaxScanPhase() {
    }

    static PhaseResult run(Path xml) throws IOException {
        long articles = 0;
        long chars = 0;
        CpuMeter cpu = CpuMeter.start(null);
        long t0 = System.nanoTime();
        try (InputStream in = InputFiles.open(xml)) {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.CHARACTERS) {
                    chars += r.getText().length();
                } else if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("PubmedArticle")) {
                    articles++;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException("generated file is not well-formed: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new PhaseResult("StAX scan only (" + SafeXml.inputFactory().getClass().getName() + ")", articles, seconds,
                Files.size(xml), null, cpu.stop(), chars + " characters of text");
    }
}
