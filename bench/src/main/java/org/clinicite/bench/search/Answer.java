package org.clinicite.bench.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinicite.search.FacetValue;
import org.clinicite.search.SearchResults;

/**
 * What one engine answered, in a form both produce: the total, the ids of the first page
 * (in the engine's order) and per facet dimension its top values as {@code value=count}
 * (count descending, then value in byte order, which is Lucene's tie order too).
 */
record Answer(long total, List<String> page, Map<String, List<String>> facets) {
    Answer {
        page = List.copyOf(page);
        facets = Map.copyOf(facets);
    }

    static Answer of(SearchResults r) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        r.facets().forEach((dim, values) -> {
            if (!values.isEmpty()) {
                facets.put(dim, values.stream().map(Answer::entry).collect(Collectors.toList()));
            }
        });
        return new Answer(r.total(), r.ids(), facets);
    }

    private static String entry(FacetValue v) {
        return v.value() + "=" + v.count();
    }
}
