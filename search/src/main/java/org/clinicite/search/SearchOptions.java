package org.clinicite.search;

import java.util.ArrayList;
import java.util.List;

/**
 * How to search: page ({@code offset}, {@code limit}), order, whether to count facets and
 * how many values per facet, whether to highlight, and facet values to drill down to.
 * Immutable; each {@code with}-method returns a changed copy:
 * {@code SearchOptions.defaults().limit(20).sort(Sort.YEAR).facets(true).drillDown("substance", "MDMA")}.
 */
public record SearchOptions(int limit, int offset, Sort sort, boolean facets, int facetLimit, boolean highlights,
        List<DrillDown> drillDowns) {

    /** Result order. Missing years or sizes sort last. */
    public enum Sort {
        /** Best match first; equal scores newest first. */
        RELEVANCE,
        /** Newest first. */
        YEAR,
        /** Largest sample first. */
        N;

        /** {@code relevance}, {@code year} or {@code n}, as the command line takes it. */
        public static Sort parse(String s) {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * Keep only studies with this facet value. {@code dim} is a facet name (substance,
     * condition, design, phase, year, journal, outlet); substance and condition values may
     * be a key, name or synonym and include narrower terms, a design its code or label.
     */
    public record DrillDown(String dim, String value) {
    }

    public static final int DEFAULT_LIMIT = 10;
    public static final int DEFAULT_FACET_LIMIT = 10;

    public SearchOptions {
        if (limit < 0 || offset < 0 || facetLimit < 1) {
            throw new IllegalArgumentException("limit and offset must be >= 0, facetLimit >= 1");
        }
        if (sort == null) {
            throw new IllegalArgumentException("sort is required");
        }
        drillDowns = List.copyOf(drillDowns);
    }

    public static SearchOptions defaults() {
        return new SearchOptions(DEFAULT_LIMIT, 0, Sort.RELEVANCE, false, DEFAULT_FACET_LIMIT, true, List.of());
    }

    public SearchOptions limit(int limit) {
        return new SearchOptions(limit, offset, sort, facets, facetLimit, highlights, drillDowns);
    }

    public SearchOptions offset(int offset) {
        return new SearchOptions(limit, offset, sort, facets, facetLimit, highlights, drillDowns);
    }

    public SearchOptions sort(Sort sort) {
        return new SearchOptions(limit, offset, sort, facets, facetLimit, highlights, drillDowns);
    }

    public SearchOptions facets(boolean facets) {
        return new SearchOptions(limit, offset, sort, facets, facetLimit, highlights, drillDowns);
    }

    public SearchOptions facetLimit(int facetLimit) {
        return new SearchOptions(limit, offset, sort, facets, facetLimit, highlights, drillDowns);
    }

    public SearchOptions highlights(boolean highlights) {
        return new SearchOptions(limit, offset, sort, facets, facetLimit, highlights, drillDowns);
    }

    public SearchOptions drillDown(String dim, String value) {
        List<DrillDown> more = new ArrayList<>(drillDowns);
        more.add(new DrillDown(dim, value));
        return new SearchOptions(limit, offset, sort, facets, facetLimit, highlights, more);
    }
}
