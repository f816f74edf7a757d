package org.clinicite.importer.csljson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Set;

/**
 * Whether the first item of a JSON text is a CSL item: it has a CSL {@code type}
 * ({@code article-journal}, not Crossref's {@code journal-article}) and a CSL field
 * (string {@code title}, {@code author}, {@code issued}, ...), and nothing of the
 * formats that look alike: Crossref's API ({@code message}, titles as arrays) and
 * ClinicalTrials.gov ({@code protocolSection}, {@code FullStudiesResponse}). Works on a
 * cut-off head: what was seen before the cut decides.
 */
final class CslJsonSniffer {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> CSL_FIELDS = Set.of("title", "author", "issued", "container-title", "editor",
            "DOI", "URL", "PMID", "PMCID", "page", "volume", "issue", "publisher", "ISSN", "ISBN", "abstract");
    private static final Set<String> FOREIGN_FIELDS = Set.of("message", "message-type", "protocolSection",
            "derivedSection", "resultsSection", "FullStudiesResponse", "FullStudies", "studies", "StudyStructure");
    private static final Set<String> STRING_ONLY = Set.of("title", "container-title");

    private boolean cslType;
    private boolean cslField;
    private boolean foreign;

    private CslJsonSniffer() {
    }

    static boolean looksLikeCsl(String head) {
        CslJsonSniffer s = new CslJsonSniffer();
        try (JsonParser p = FACTORY.createParser(head)) {
            s.scan(p);
        } catch (IOException e) {
            // the head is cut off (or not JSON): decide on what was seen
        }
        return s.cslType && s.cslField && !s.foreign;
    }

    private void scan(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) {
            t = p.nextToken();
        }
        if (t != JsonToken.START_OBJECT) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            boolean typeText = name.equals("type") && value == JsonToken.VALUE_STRING;
            see(name, value, typeText ? p.getText() : null);
            p.skipChildren();
        }
    }

    private void see(String name, JsonToken value, String text) {
        if (FOREIGN_FIELDS.contains(name) || (STRING_ONLY.contains(name) && value == JsonToken.START_ARRAY)) {
            foreign = true;
        } else if (name.equals("type")) {
            cslType = text != null && CslTypes.CSL.contains(text);
        } else if (CSL_FIELDS.contains(name)) {
            cslField = true;
        }
    }
}
