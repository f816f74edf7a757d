package org.clinicite.citation.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Small readers of CSL-JSON fields shared by the exporters. */
final class CslFields {
    private CslFields() {
    }

    static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** The issued date parts: [year], [year, month] or [year, month, day]; empty when unknown. */
    static List<Integer> issued(JsonNode item) {
        List<Integer> parts = new ArrayList<>();
        JsonNode dp = item.path("issued").path("date-parts").path(0);
        for (JsonNode p : dp) {
            if (p.canConvertToInt() || p.asText().matches("\\d+")) {
                parts.add(p.asInt());
            } else {
                break;
            }
        }
        return parts;
    }

    /** Authors as [family, given] pairs, or [literal, null]. */
    static List<String[]> authors(JsonNode item) {
        List<String[]> out = new ArrayList<>();
        for (JsonNode a : item.path("author")) {
            String literal = text(a, "literal");
            if (literal != null) {
                out.add(new String[] {literal, null});
            } else if (text(a, "family") != null) {
                out.add(new String[] {text(a, "family"), text(a, "given")});
            }
        }
        return out;
    }

    static String pages(JsonNode item) {
        return text(item, "page");
    }

    /** Start and end page of "199-208" / "199–208" / "e12"; end may be null. */
    static String[] pageRange(String pages) {
        if (pages == null) {
            return new String[] {null, null};
        }
        String[] p = pages.split("\\s*[-–—]+\\s*", 2);
        return new String[] {p[0], p.length > 1 ? p[1] : null};
    }
}
