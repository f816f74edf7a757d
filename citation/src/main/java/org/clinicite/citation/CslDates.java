package org.clinicite.citation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a CSL-JSON date into what {@code CSLDate.fromJson} accepts: {@code date-parts} as at most two
 * parts of at most three integers. String numbers ("2017", "07") become integers; null, empty and
 * non-numeric parts and a fourth or later value ("excess" parts such as an hour) are dropped; a date with
 * nothing left is dropped. Both ends of a range are cut to the same length. A {@code raw} date string is
 * parsed if it is ISO-like, else kept as a literal.
 */
final class CslDates {
    private static final Pattern LEADING_INT = Pattern.compile("^\\s*(-?\\d{1,5})");
    private static final Pattern ISO = Pattern.compile("^\\s*(-?\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?");

    private CslDates() {
    }

    /** The cleaned date as a plain map, or null if the value holds no usable date. */
    static Map<String, Object> clean(JsonNode value) {
        if (value.isTextual()) {
            return fromRaw(value.asText());
        }
        if (value.isIntegralNumber()) {
            return dateParts(List.of(List.of(value.asInt())));
        }
        if (!value.isObject()) {
            return null;
        }
        List<List<Integer>> parts = parts(value.get("date-parts"));
        Map<String, Object> out = parts.isEmpty() ? null : dateParts(parts);
        if (out == null) {
            String fallback = text(value.get("raw"));
            out = fallback != null ? fromRaw(fallback) : literal(text(value.get("literal")));
        }
        if (out != null) {
            copyText(value, "season", out);
            copyText(value, "literal", out);
            if (value.hasNonNull("circa")) {
                out.put("circa", value.get("circa").asBoolean() || "true".equalsIgnoreCase(value.get("circa").asText()));
            }
        }
        return out;
    }

    private static List<List<Integer>> parts(JsonNode dateParts) {
        List<List<Integer>> parts = new ArrayList<>();
        if (dateParts == null || !dateParts.isArray() || dateParts.isEmpty()) {
            return parts;
        }
        // tolerate a flat [2019, 5] instead of [[2019, 5]]
        Iterable<JsonNode> rows = dateParts.get(0).isArray() ? dateParts : List.of(dateParts);
        for (JsonNode row : rows) {
            List<Integer> part = part(row);
            if (!part.isEmpty() && parts.size() < 2) {
                parts.add(part);
            }
        }
        if (parts.size() == 2) {
            // citeproc-java throws on a range whose ends differ in length ([[2019,1],[2018,5,3]])
            int len = Math.min(parts.get(0).size(), parts.get(1).size());
            parts.replaceAll(p -> new ArrayList<>(p.subList(0, len)));
        }
        return parts;
    }

    private static List<Integer> part(JsonNode row) {
        List<Integer> out = new ArrayList<>(3);
        if (row == null || !row.isArray()) {
            return out;
        }
        for (JsonNode n : row) {
            Integer v = toInt(n);
            if (v == null || out.size() == 3 || !plausible(out.size(), v)) {
                break;
            }
            out.add(v);
        }
        return out;
    }

    /** Year any; month 1-12 or 13-24 (CSL seasons); day 1-31. */
    private static boolean plausible(int position, int v) {
        return switch (position) {
            case 0 -> v != 0;
            case 1 -> v >= 1 && v <= 24;
            default -> v >= 1 && v <= 31;
        };
    }

    private static Integer toInt(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.asInt();
        }
        Matcher m = LEADING_INT.matcher(n.asText());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Map<String, Object> fromRaw(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(raw);
        if (m.find()) {
            List<Integer> part = new ArrayList<>();
            for (int g = 1; g <= 3 && m.group(g) != null; g++) {
                int v = Integer.parseInt(m.group(g));
                if (!plausible(g - 1, v)) {
                    break;
                }
                part.add(v);
            }
            if (!part.isEmpty()) {
                return dateParts(List.of(part));
            }
        }
        return literal(raw.trim());
    }

    private static Map<String, Object> dateParts(List<List<Integer>> parts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date-parts", parts);
        return out;
    }

    private static Map<String, Object> literal(String literal) {
        if (literal == null || literal.isBlank()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("literal", literal);
        return out;
    }

    private static void copyText(JsonNode value, String field, Map<String, Object> out) {
        String t = text(value.get(field));
        if (t != null) {
            out.putIfAbsent(field, t);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() || n.asText().isBlank() ? null : n.asText();
    }
}
