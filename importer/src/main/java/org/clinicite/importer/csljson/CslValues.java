package org.clinicite.importer.csljson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/** Lenient reading of CSL-JSON values: strings, numbers written as strings and the reverse. */
final class CslValues {
    /** CSL rich text (and Crossref's JATS) markup: kept out of titles and abstracts. */
    private static final Pattern MARKUP = Pattern.compile(
            "</?(?:jats:)?(?:i|b|sup|sub|sc|span|p|italic|bold|title|sec|br|list|list-item)(?:\\s[^<>]*)?/?>");

    private CslValues() {
    }

    /**
     * The text of a field: a string or a number as text, or the first string of an array
     * (as Crossref writes titles); white space squeezed; empty when absent or blank.
     */
    static Optional<String> text(JsonNode item, String field) {
        JsonNode n = item.get(field);
        if (n != null && n.isArray() && !n.isEmpty()) {
            n = n.get(0);
        }
        if (n == null || !(n.isTextual() || n.isNumber())) {
            return Optional.empty();
        }
        String s = n.asText().replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** {@link #text} without CSL's rich-text tags ({@code <i>}, {@code <sup>}, JATS {@code <jats:p>}). */
    static Optional<String> plainText(JsonNode item, String field) {
        return text(item, field).map(s -> MARKUP.matcher(s).replaceAll(" ").replaceAll("\\s+", " ").strip())
                .filter(s -> !s.isEmpty());
    }

    /** A string field exactly as written (clinicite's own export); empty when absent or blank. */
    static Optional<String> verbatim(JsonNode item, String field) {
        JsonNode n = item.get(field);
        return n != null && n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
    }

    /** A whole number, given as a number or as a string of digits; null otherwise. */
    static Integer integer(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            return n.intValue();
        }
        String s = n.isTextual() ? n.asText().strip() : "";
        return s.matches("-?\\d{1,9}") ? Integer.valueOf(s) : null;
    }
}
