package org.clinicite.importer.pubmed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;
import org.clinicite.importer.io.InputFiles;
import org.clinicite.importer.io.SafeXml;

/**
 * PubMed / MEDLINE XML ({@code PubmedArticleSet}) as efetch and the annual baseline and
 * daily update files give it, plain or gzipped. Streams with StAX, one record at a time,
 * with DTDs and external entities off ({@link SafeXml}); see the package documentation for
 * the field mapping.
 */
public final class PubmedXmlImporter implements Importer {
    public static final String ID = "pubmed";
    private static final Set<String> ROOTS = Set.of("PubmedArticleSet", "PubmedArticle", "PubmedBookArticleSet",
            "PubmedBookArticle");
    /** The first element or DOCTYPE after the prolog's declaration and comments. */
    private static final Pattern FIRST_NAME = Pattern.compile(
            "\\A\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*)*<(!DOCTYPE\\s+)?([A-Za-z_][\\w.-]*)", Pattern.DOTALL);

    private final MedlineStudyMapper mapper;

    public PubmedXmlImporter(Vocabulary vocabulary) {
        this.mapper = new MedlineStudyMapper(vocabulary);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "PubMed / MEDLINE XML (PubmedArticleSet from efetch or the baseline files; .xml or .xml.gz)";
    }

    /** True when the document's root element (or DOCTYPE) is one of PubMed's. */
    @Override
    public boolean isRecognizedFormat(Path file) throws IOException {
        Matcher m = FIRST_NAME.matcher(FileHead.of(file));
        return m.lookingAt() && ROOTS.contains(m.group(2));
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        RecordEmitter out = new RecordEmitter(ID, file.toString(), mapper, sink);
        try (InputStream in = InputFiles.open(file)) {
            XMLStreamReader xml = open(in, file, sink);
            if (xml == null) {
                return;
            }
            try {
                new PubmedXmlReader(xml, out).readAll();
            } finally {
                close(xml);
            }
        }
    }

    private static XMLStreamReader open(InputStream in, Path file, RecordSink sink) {
        try {
            return SafeXml.inputFactory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            sink.reject(Problem.ofFile(file.toString(), "not XML: " + PubmedXmlReader.parserMessage(e)));
            return null;
        }
    }

    private static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing is left to read; the input stream itself is closed by the caller
        }
    }
}
