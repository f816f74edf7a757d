package org.clinicite.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The {@code search --json} shape of DESIGN.md:
 *
 * <pre>
 * {"total": 2,
 *  "results": [{"id": "1", "score": 3.142, "title": "...", "citation": "Barone et al., 2019, ...",
 *               "highlights": [{"field": "abstract", "text": "... «MDMA» ..."}],
 *               "design": "qualitative", "n": 19, "year": 2019,
 *               "substances": ["MDMA"], "conditions": ["post-traumatic stress disorder"],
 *               "outcomes": ["15/19 (79%) ..."]}],
 *  "facets": {"substance": {"MDMA": 2, ...}, "design": {"rct": 1, ...}, ...},
 *  "notices": []}
 * </pre>
 *
 * Facets are keyed by label (a term's name); absent when not asked for.
 */
public final class SearchResultsJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SearchResultsJson() {
    }

    public static ObjectNode toJson(SearchResults r) {
        ObjectNode o = F.objectNode();
        o.put("total", r.total());
        ArrayNode results = o.putArray("results");
        r.hits().forEach(h -> results.add(hit(h)));
        if (!r.facets().isEmpty()) {
            ObjectNode facets = o.putObject("facets");
            for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
                ObjectNode dim = facets.putObject(e.getKey());
                e.getValue().forEach(v -> {
                    if (!dim.has(v.label())) {
                        dim.put(v.label(), v.count());
                    }
                });
            }
        }
        strings(o.putArray("notices"), r.notices());
        return o;
    }

    public static ObjectNode hit(SearchHit h) {
        ObjectNode o = F.objectNode();
        o.put("id", h.id());
        o.put("score", BigDecimal.valueOf(h.score()).setScale(3, RoundingMode.HALF_UP));
        o.put("title", h.title());
        o.put("citation", h.citation());
        ArrayNode highlights = o.putArray("highlights");
        h.highlights().forEach(x -> highlights.addObject().put("field", x.field()).put("text", x.text()));
        if (h.design() != null) {
            o.put("design", h.design());
        }
        if (h.n() != null) {
            o.put("n", h.n());
        }
        if (h.year() != null) {
            o.put("year", h.year());
        }
        strings(o.putArray("substances"), h.substances());
        strings(o.putArray("conditions"), h.conditions());
        strings(o.putArray("outcomes"), h.outcomes());
        return o;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
