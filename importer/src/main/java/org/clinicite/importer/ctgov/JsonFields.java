package org.clinicite.importer.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-safe reading of a study tree: a missing field is null or an empty list, never an error. */
final class JsonFields {
    private JsonFields() {
    }

    /** The node at the path of field names (a missing node if any step is absent). */
    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    /** The text of a scalar at the path, stripped; null when absent, blank or not a scalar. */
    static String text(JsonNode node, String... path) {
        return scalar(at(node, path));
    }

    /** The elements of an array (or a lone object) at the path. */
    static List<JsonNode> list(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(out::add);
        } else if (n.isObject()) {
            out.add(n);
        }
        return out;
    }

    /** The texts of an array of scalars (or a lone scalar) at the path, blanks dropped. */
    static List<String> texts(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(e -> addIfPresent(out, scalar(e)));
        } else {
            addIfPresent(out, scalar(n));
        }
        return out;
    }

    /**
     * The "Participants" denominators of a list of denominator objects: group id to count.
     *
     * @param denoms the denominator objects
     * @param units  the field holding the units ("units", "OutcomeDenomUnits")
     * @param counts the path from a denominator to its counts
     * @param group  the field of a count holding the group id
     * @param value  the field of a count holding the number
     */
    static Map<String, Integer> participants(List<JsonNode> denoms, String units, String[] counts, String group,
            String value) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (JsonNode d : denoms) {
            if (!"PARTICIPANTS".equals(Codes.key(text(d, units)))) {
                continue;
            }
            for (JsonNode c : list(d, counts)) {
                Integer n = Codes.wholeNumber(text(c, value));
                String id = text(c, group);
                if (id != null && n != null) {
                    out.putIfAbsent(id, n);
                }
            }
        }
        return out;
    }

    private static String scalar(JsonNode n) {
        if (n == null || !n.isValueNode() || n.isNull()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static void addIfPresent(List<String> out, String s) {
        if (s != null) {
            out.add(s);
        }
    }
}
