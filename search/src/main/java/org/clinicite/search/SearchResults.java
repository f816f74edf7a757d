package org.clinicite.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of results: the total number of matching studies, the hits of the requested
 * page, facet counts per dimension (empty unless asked for; with a drill-down, the
 * drilled dimension counts as if it were not drilled, so its alternatives stay visible),
 * and notices about how the query was understood.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
        List<String> notices) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        notices = List.copyOf(notices);
    }

    /** The same results with more notices first. */
    public SearchResults withNotices(List<String> first) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(notices);
        return new SearchResults(total, hits, facets, all);
    }

    /** The same results with other facets (relabelled). */
    public SearchResults withFacets(Map<String, List<FacetValue>> newFacets) {
        return new SearchResults(total, hits, newFacets, notices);
    }

    /** Study ids of the hits, in order. */
    public List<String> ids() {
        return hits.stream().map(SearchHit::id).toList();
    }

    /** Count of a facet value by its indexed value (key/code), 0 if absent. */
    public int facetCount(String dim, String value) {
        return facets.getOrDefault(dim, List.of()).stream().filter(f -> f.value().equals(value))
                .mapToInt(FacetValue::count).findFirst().orElse(0);
    }
}
