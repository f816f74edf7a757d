package org.clinicite.citation;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one CSL-JSON object, as found in the wild, into the plain map that {@code CSLItemData.fromJson}
 * accepts without a ClassCastException or NullPointerException: names and dates are cleaned, string fields
 * given as numbers or Crossref-style arrays become strings, unknown types are mapped, and fields citeproc-java
 * does not know (Crossref's "indexed", "funder", …) are dropped.
 */
final class CslItemSanitizer {
    static final Set<String> NAME_FIELDS = Set.of("author", "chair", "collection-editor", "compiler", "composer",
            "container-author", "contributor", "curator", "director", "editor", "editorial-director",
            "executive-producer", "guest", "host", "interviewer", "illustrator", "narrator", "organizer",
            "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
            "series-creator", "translator");
    static final Set<String> DATE_FIELDS = Set.of("accessed", "available-date", "container", "event-date", "issued",
            "original-date", "submitted");
    static final Set<String> TEXT_FIELDS = Set.of("language", "journalAbbreviation", "shortTitle", "abstract",
            "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority", "call-number",
            "chapter-number", "citation-key", "citation-label", "collection-number", "collection-title",
            "container-title", "container-title-short", "dimensions", "division", "DOI", "edition", "event",
            "event-title", "event-place", "genre", "ISBN", "ISSN", "issue", "jurisdiction", "keyword", "medium", "note",
            "number", "number-of-pages", "number-of-volumes", "original-publisher", "original-publisher-place",
            "original-title", "page", "part", "part-title", "PMCID", "PMID", "printing", "publisher",
            "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale", "section", "source",
            "status", "supplement", "title", "title-short", "URL", "version", "volume", "volume-title");
    private static final Set<String> NAME_PARTS = Set.of("family", "given", "dropping-particle",
            "non-dropping-particle", "suffix", "literal");
    private static final Set<String> NAME_FLAGS = Set.of("comma-suffix", "static-ordering", "parse-names");
    private static final Map<String, String> TYPE_ALIASES = Map.of("journal-article", "article-journal",
            "book-chapter", "chapter", "proceedings-article", "paper-conference", "posted-content", "article",
            "dissertation", "thesis", "monograph", "book", "edited-book", "book", "reference-entry", "entry",
            "website", "webpage", "web", "webpage");
    static final String DEFAULT_TYPE = "document";

    private CslItemSanitizer() {
    }

    /** The cleaned item with {@code internalId} as its id; notes on repairs go to {@code repairs}. */
    static Map<String, Object> sanitize(JsonNode item, String internalId, List<String> repairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            Object value = clean(field.getKey(), field.getValue(), repairs);
            if (value != null) {
                out.put(field.getKey(), value);
            }
        }
        out.remove("type");
        out.remove("id");
        out.put("id", internalId);
        out.put("type", type(item.get("type"), repairs));
        return out;
    }

    private static Object clean(String key, JsonNode value, List<String> repairs) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (NAME_FIELDS.contains(key)) {
            List<Map<String, Object>> names = names(value);
            return names.isEmpty() ? null : names;
        }
        if (DATE_FIELDS.contains(key)) {
            Map<String, Object> date = CslDates.clean(value);
            if (date == null && !(value.isObject() && value.isEmpty())) {
                repairs.add("dropped unusable date '" + key + "': " + value);
            }
            return date;
        }
        if ("categories".equals(key)) {
            List<String> cats = new ArrayList<>();
            value.forEach(c -> addIfText(cats, c));
            return cats.isEmpty() ? null : cats;
        }
        return TEXT_FIELDS.contains(key) ? text(value) : null;
    }

    /** A string, number or boolean as text; an array as its first non-blank element (Crossref style). */
    static String text(JsonNode value) {
        if (value.isArray()) {
            for (JsonNode v : value) {
                String t = text(v);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (value.isContainerNode() || value.isNull()) {
            return null;
        }
        String t = value.isFloatingPointNumber() && value.asDouble() == Math.rint(value.asDouble())
                ? Long.toString(value.asLong()) : value.asText().trim();
        return t.isEmpty() ? null : t;
    }

    private static List<Map<String, Object>> names(JsonNode value) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode n : value.isArray() ? value : List.of(value)) {
            Map<String, Object> name = name(n);
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private static Map<String, Object> name(JsonNode n) {
        if (n.isTextual()) {
            return n.asText().isBlank() ? null : new LinkedHashMap<>(Map.of("literal", n.asText().trim()));
        }
        if (!n.isObject()) {
            return null;
        }
        Map<String, Object> name = new LinkedHashMap<>();
        NAME_PARTS.forEach(part -> {
            String t = n.has(part) ? text(n.get(part)) : null;
            if (t != null) {
                name.put(part, t);
            }
        });
        if (!name.containsKey("family") && !name.containsKey("given") && !name.containsKey("literal")) {
            return null;
        }
        NAME_FLAGS.forEach(flag -> {
            if (n.hasNonNull(flag)) {
                name.put(flag, n.get(flag).asBoolean() || "true".equalsIgnoreCase(n.get(flag).asText()));
            }
        });
        return name;
    }

    private static String type(JsonNode value, List<String> repairs) {
        String t = value == null ? null : text(value);
        if (t == null) {
            repairs.add("no type; using '" + DEFAULT_TYPE + "'");
            return DEFAULT_TYPE;
        }
        String lower = TYPE_ALIASES.getOrDefault(t.toLowerCase(Locale.ROOT), t.toLowerCase(Locale.ROOT));
        for (CSLType known : CSLType.values()) {
            if (known.toString().equals(lower)) {
                return lower;
            }
        }
        repairs.add("unknown type '" + t + "'; using '" + DEFAULT_TYPE + "'");
        return DEFAULT_TYPE;
    }

    private static void addIfText(List<String> out, JsonNode n) {
        String t = text(n);
        if (t != null) {
            out.add(t);
        }
    }
}
