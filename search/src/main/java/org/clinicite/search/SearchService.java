package org.clinicite.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;

/**
 * Searching as the command line and the server do it: parse the query language against
 * the vocabulary, resolve drill-downs, run the query on the {@link StudyIndex}, and put
 * the vocabulary's names on substance and condition facets. Knows nothing of Lucene.
 * Thread-safe.
 */
public final class SearchService {
    /** The facet dimensions {@link SearchOptions#drillDown} accepts. */
    public static final List<String> FACETS = List.of("substance", "condition", "design", "phase", "year",
            "journal", "outlet");

    private final StudyIndex index;
    private final Vocabulary vocabulary;
    private final QueryParser parser;

    public SearchService(StudyIndex index, Vocabulary vocabulary) {
        this.index = index;
        this.vocabulary = vocabulary;
        this.parser = new QueryParser(vocabulary);
    }

    /**
     * Runs a query.
     *
     * @throws QuerySyntaxException if the query cannot be read
     * @throws IllegalArgumentException for a drill-down on an unknown facet
     * @throws java.io.UncheckedIOException if the index cannot be read
     */
    public SearchResults search(String query, SearchOptions opts) {
        ParsedQuery parsed = parser.parse(query);
        SearchResults r = index.search(parsed.root(), drillDowns(opts.drillDowns()), opts);
        return r.withFacets(labelled(r.facets())).withNotices(parsed.notices());
    }

    /** Parses without searching (for explaining a query). */
    public ParsedQuery parse(String query) {
        return parser.parse(query);
    }

    private Map<String, Set<String>> drillDowns(List<SearchOptions.DrillDown> drills) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (SearchOptions.DrillDown d : drills) {
            String dim = d.dim().strip().toLowerCase(Locale.ROOT);
            if (!FACETS.contains(dim)) {
                throw new IllegalArgumentException("unknown facet '" + d.dim() + "'; facets are "
                        + String.join(", ", FACETS));
            }
            out.computeIfAbsent(dim, k -> new LinkedHashSet<>()).addAll(values(dim, d.value().strip()));
        }
        return out;
    }

    /** The indexed values a drill-down value stands for. */
    private Set<String> values(String dim, String value) {
        return switch (dim) {
            case "substance" -> terms(TermKind.SUBSTANCE, value);
            case "condition" -> terms(TermKind.CONDITION, value);
            case "design" -> Set.of(StudyDesign.parse(value).map(StudyDesign::code).orElse(value));
            case "phase" -> {
                String p = Phases.normalize(value);
                yield Set.of(p == null ? value : p);
            }
            default -> Set.of(value);
        };
    }

    /** A term and its narrower terms; a value the vocabulary does not know is taken as a key. */
    private Set<String> terms(TermKind kind, String value) {
        return vocabulary.lookup(kind, value).map(t -> vocabulary.expand(t.key())).orElse(Set.of(value));
    }

    private Map<String, List<FacetValue>> labelled(Map<String, List<FacetValue>> facets) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        facets.forEach((dim, values) -> {
            boolean terms = dim.equals("substance") || dim.equals("condition");
            List<FacetValue> named = new ArrayList<>();
            for (FacetValue v : values) {
                named.add(terms ? v.withLabel(vocabulary.get(v.value()).map(Term::name).orElse(v.value())) : v);
            }
            out.put(dim, named);
        });
        return out;
    }
}
