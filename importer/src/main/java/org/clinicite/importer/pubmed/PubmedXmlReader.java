package org.clinicite.importer.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The walk over one PubMed XML file: the root ({@code PubmedArticleSet}, or a single
 * {@code PubmedArticle} as some tools save it), then each article, book article or
 * deletion in turn, each handed on as soon as its end tag is read. A well-formedness error
 * (including an entity that the disabled DTD would have declared) ends the file with one
 * rejection; the records before it stay delivered.
 */
final class PubmedXmlReader {
    private static final Set<String> SETS = Set.of("PubmedArticleSet", "PubmedBookArticleSet");
    private static final Set<String> RECORDS = Set.of("PubmedArticle", "PubmedBookArticle");
    private static final int LISTED_DELETIONS = 5;

    private final XMLStreamReader xml;
    private final XmlCursor cursor;
    private final RecordEmitter out;

    PubmedXmlReader(XMLStreamReader xml, RecordEmitter out) {
        this.xml = xml;
        this.cursor = new XmlCursor(xml);
        this.out = out;
    }

    /** Reads the whole file; malformed XML becomes a rejection, never an exception. */
    void readAll() {
        try {
            if (!toRoot()) {
                return;
            }
            if (RECORDS.contains(xml.getLocalName())) {
                record();
            } else {
                while (cursor.nextChild()) {
                    child();
                }
            }
        } catch (XMLStreamException e) {
            malformed(e);
        }
    }

    /**
     * Moves past the prolog (declaration, comments, the DOCTYPE: reported by the parser,
     * never fetched) to the root element; false (with a rejection) when it is not PubMed's.
     */
    private boolean toRoot() throws XMLStreamException {
        if (!cursor.nextChild()) {
            out.reject(0, 0, "no XML element in the file");
            return false;
        }
        String root = xml.getLocalName();
        if (SETS.contains(root) || RECORDS.contains(root)) {
            return true;
        }
        out.reject(cursor.line(), 0, "not PubMed XML: the root element is <" + root
                + ">, expected <PubmedArticleSet>");
        return false;
    }

    private void child() throws XMLStreamException {
        String name = xml.getLocalName();
        if (RECORDS.contains(name)) {
            record();
        } else if (name.equals("DeleteCitation") || name.equals("DeleteDocument")) {
            deletion(name);
        } else {
            int line = cursor.line();
            cursor.skip();
            out.warn(line, "unexpected element <" + name + "> ignored");
        }
    }

    private void record() throws XMLStreamException {
        boolean book = xml.getLocalName().equals("PubmedBookArticle");
        MedlineRecord rec = book ? PubmedArticleParser.bookArticle(cursor) : PubmedArticleParser.article(cursor);
        if (book) {
            rec.warnings.add("book record (PubmedBookArticle) imported as a study without a journal; "
                    + "its publisher, ISBN and book details are not stored");
        }
        out.emit(rec);
    }

    /** An update file's list of PMIDs to delete: reported, never applied. */
    private void deletion(String name) throws XMLStreamException {
        int line = cursor.line();
        List<String> pmids = new ArrayList<>();
        while (cursor.nextChild()) {
            if (cursor.name().equals("PMID")) {
                pmids.add(cursor.text());
            } else {
                cursor.skip();
            }
        }
        String listed = String.join(", ", pmids.subList(0, Math.min(LISTED_DELETIONS, pmids.size())))
                + (pmids.size() > LISTED_DELETIONS ? ", ..." : "");
        out.warn(line, name + " of " + pmids.size() + " PMID(s) (" + listed
                + ") ignored: an import never deletes studies");
    }

    private void malformed(XMLStreamException e) {
        Location at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNumber());
        int column = at == null ? 0 : Math.max(0, at.getColumnNumber());
        String message = parserMessage(e);
        StringBuilder reason = new StringBuilder("malformed XML: ").append(message);
        if (message.contains("was referenced, but not declared")) {
            reason.append(" (entities declared in a DOCTYPE are not expanded: DTD processing is off for safety)");
        }
        if (out.accepted() > 0) {
            reason.append("; the ").append(out.accepted()).append(" record(s) before this point were read, "
                    + "the rest of the file is skipped");
        } else {
            reason.append("; no record read from this file");
        }
        out.reject(line, column, reason.toString());
    }

    /** The parser's own words, without the "ParseError at [row,col]" prefix the JDK adds. */
    static String parserMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int m = message.indexOf("Message: ");
        return (m >= 0 ? message.substring(m + "Message: ".length()) : message).strip();
    }
}
