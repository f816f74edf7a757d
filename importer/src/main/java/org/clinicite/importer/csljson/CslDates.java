package org.clinicite.importer.csljson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.PartialDate;

/**
 * CSL dates: {@code {"date-parts": [[2019, 3, 23]]}} with numbers or numeric strings
 * (a range gives its start; more than three parts are cut to three, with a warning;
 * {@code [[]]} and {@code [[null]]} are no date), else {@code raw} or {@code literal}
 * text with an ISO date or a four-digit year in it. Seasons (months 21-24) keep the year only.
 */
final class CslDates {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?!\\d)");

    private CslDates() {
    }

    /** The date of a CSL date field, or null. */
    static PartialDate parse(String field, JsonNode date, Consumer<String> warn) {
        if (date == null || date.isNull()) {
            return null;
        }
        if (date.isTextual()) {
            return fromText(field, date.asText(), warn);
        }
        JsonNode parts = date.path("date-parts").path(0);
        if (parts.isArray() && !parts.isEmpty() && !parts.get(0).isNull()) {
            return fromParts(field, parts, warn);
        }
        JsonNode text = date.has("raw") ? date.get("raw") : date.get("literal");
        return text != null && text.isTextual() ? fromText(field, text.asText(), warn) : null;
    }

    private static PartialDate fromParts(String field, JsonNode parts, Consumer<String> warn) {
        Integer year = CslValues.integer(parts.get(0));
        if (year == null) {
            warn.accept(field + ": year '" + parts.get(0).asText() + "' is not a number; no date");
            return null;
        }
        if (parts.size() > 3) {
            warn.accept(field + " has " + parts.size() + " date parts; the first three (year, month, day) are used");
        }
        Integer month = parts.size() > 1 ? inRange(CslValues.integer(parts.get(1)), 12) : null;
        Integer day = month != null && parts.size() > 2 ? inRange(CslValues.integer(parts.get(2)), 31) : null;
        return new PartialDate(year, month, day);
    }

    private static PartialDate fromText(String field, String text, Consumer<String> warn) {
        Matcher m = ISO.matcher(text);
        if (!m.find()) {
            warn.accept(field + " '" + text + "' has no year; no date");
            return null;
        }
        Integer month = m.group(2) == null ? null : inRange(Integer.parseInt(m.group(2)), 12);
        Integer day = month == null || m.group(3) == null ? null : inRange(Integer.parseInt(m.group(3)), 31);
        return new PartialDate(Integer.parseInt(m.group(1)), month, day);
    }

    private static Integer inRange(Integer value, int max) {
        return value != null && value >= 1 && value <= max ? value : null;
    }
}
