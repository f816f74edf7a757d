package org.clinicite.bench.search;

import org.clinicite.search.SearchOptions;

/**
 * One analyst query of the mix: a short label, the query in clinicite's language, whether
 * facet counts are asked for, and the result order.
 */
public record BenchQuery(String label, String query, boolean facets, SearchOptions.Sort sort) {
    /** The page size both engines return. */
    static final int PAGE = 20;
    /** Matching sets up to this size are compared id by id, larger ones by their size. */
    static final int ID_CHECK_LIMIT = 10_000;

    static BenchQuery of(String label, String query) {
        return new BenchQuery(label, query, false, SearchOptions.Sort.RELEVANCE);
    }

    BenchQuery withFacets() {
        return new BenchQuery(label, query, true, sort);
    }

    BenchQuery sortedBy(SearchOptions.Sort by) {
        return new BenchQuery(label, query, facets, by);
    }

    SearchOptions options(boolean highlights) {
        return SearchOptions.defaults().limit(PAGE).sort(sort).facets(facets).highlights(highlights);
    }
}
