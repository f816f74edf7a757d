package org.clinicite.core.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicite.core.model.TermKind;

/** Reads the vocabulary JSON format ({@code {"version":1,"terms":[...]}}). */
final class VocabularyReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VocabularyReader() {
    }

    static List<Term> read(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new VocabularyException(source + ": not valid JSON: " + e.getMessage(), e);
        }
        JsonNode terms = root == null ? null : root.get("terms");
        if (terms == null || !terms.isArray()) {
            throw new VocabularyException(source + ": expected an object with a \"terms\" array");
        }
        List<Term> out = new ArrayList<>();
        int i = 0;
        for (JsonNode t : terms) {
            out.add(term(t, source + ": terms[" + i++ + "]"));
        }
        return out;
    }

    private static Term term(JsonNode t, String where) {
        String key = text(t, "key", where);
        String kind = text(t, "kind", where).toUpperCase(Locale.ROOT);
        TermKind termKind;
        try {
            termKind = TermKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new VocabularyException(where + ": kind must be substance or condition, not " + kind, e);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        JsonNode idNode = t.path("ids");
        idNode.fieldNames().forEachRemaining(f -> ids.put(f, idNode.get(f).asText()));
        return new Term(key, termKind, text(t, "name", where), list(t, "synonyms"), list(t, "abbreviations"),
                list(t, "broader"), t.path("class").asBoolean(false), ids);
    }

    private static String text(JsonNode t, String field, String where) {
        JsonNode v = t.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new VocabularyException(where + ": missing \"" + field + "\"");
        }
        return v.asText().strip();
    }

    private static List<String> list(JsonNode t, String field) {
        List<String> out = new ArrayList<>();
        t.path(field).forEach(v -> out.add(v.asText().strip()));
        return out;
    }
}
