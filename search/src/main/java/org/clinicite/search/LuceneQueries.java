package org.clinicite.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.clinicite.search.QueryNode.All;
import org.clinicite.search.QueryNode.And;
import org.clinicite.search.QueryNode.Name;
import org.clinicite.search.QueryNode.Not;
import org.clinicite.search.QueryNode.Or;
import org.clinicite.search.QueryNode.Range;
import org.clinicite.search.QueryNode.Terms;
import org.clinicite.search.QueryNode.Text;

/**
 * Translates a {@link QueryNode} into a Lucene query. Free text is scored (BM25 over all of a
 * study's text, plus the title's own score); field clauses are constant-score filters that
 * count 1 each, so relevance comes from the words a user typed.
 */
final class LuceneQueries {
    /**
     * A match in the title counts this much more than the same match elsewhere: the title
     * is in the text field too, and its own field adds its score on top.
     */
    private static final float TITLE_BOOST = 2f;

    private final QueryBuilder text;
    private final QueryBuilder names;

    LuceneQueries(Analyzer text, Analyzer names) {
        this.text = new QueryBuilder(text);
        this.names = new QueryBuilder(names);
    }

    /** The query; a query of nothing but stop words matches everything. */
    Query toQuery(QueryNode node) {
        Query q = compile(node, prunable(node) ? Mode.PRUNED : Mode.SCORED);
        return q == null ? new MatchAllDocsQuery() : q;
    }

    /**
     * The same matches as {@link #toQuery} without the clauses that only score (the title's
     * share of free text): for passes that count matches or facets and need no score. A lone
     * word is then a single term query, which Lucene counts from the index statistics.
     */
    Query toMatchQuery(QueryNode node) {
        Query q = compile(node, Mode.MATCH);
        return q == null ? new MatchAllDocsQuery() : q;
    }

    /**
     * What the highlighter looks for: the free text of the query that a hit may contain (not
     * under a NOT), without the field filters, which mark nothing in the text fields but
     * would be matched again for every hit and field (a year range, a class of 1,000
     * substances). Null when the query has no free text.
     */
    Query highlightQuery(QueryNode node) {
        List<Query> words = new ArrayList<>();
        collectText(node, words);
        if (words.size() <= 1) {
            return words.isEmpty() ? null : words.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        words.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    /**
     * Whether the highlighter must match the query as a whole, so that a phrase is marked as
     * one span («self-awareness», «quality of life»): true when the free text holds a phrase.
     * Words alone are found term by term, which is much cheaper.
     */
    boolean highlightsPhrases(QueryNode node) {
        if (node instanceof Text t) {
            Query q = text.createPhraseQuery(LuceneSchema.TITLE, t.text());
            return q != null && !(q instanceof TermQuery);
        } else if (node instanceof And a) {
            return a.children().stream().anyMatch(this::highlightsPhrases);
        } else if (node instanceof Or o) {
            return o.children().stream().anyMatch(this::highlightsPhrases);
        }
        return false;
    }

    private void collectText(QueryNode node, List<Query> out) {
        if (node instanceof Text t) {
            Query q = text.createPhraseQuery(LuceneSchema.TEXT, t.text());
            if (q != null) {
                out.add(q);
            }
        } else if (node instanceof And a) {
            a.children().forEach(c -> collectText(c, out));
        } else if (node instanceof Or o) {
            o.children().forEach(c -> collectText(c, out));
        }
    }

    /**
     * Whether collecting the best hits by relevance can skip matches: true when the scored
     * part of the query is one word, or words ORed, beside any filters. Lucene bounds such
     * a disjunction's scores block by block and skips what cannot reach the page (at 1M
     * studies {@code placebo} looks at a few thousand of its 860,000 matches). Phrases and
     * several words that must all match are checked match by match anyway: skipping saves
     * little there, and the exact total would then cost a second pass.
     */
    boolean prunable(QueryNode node) {
        return scoring(node) == Scoring.WORDS;
    }

    /**
     * Whether every match scores the same: field filters (each counts 1) that must all
     * match, with any exclusions (never scored). An OR of filters is not: a study matching
     * more of them scores higher.
     */
    boolean constantScore(QueryNode node) {
        if (node instanceof Text t) {
            return text.createPhraseQuery(LuceneSchema.TEXT, t.text()) == null; // stop words only: drops out
        } else if (node instanceof And a) {
            return a.children().stream().allMatch(c -> c instanceof Not || constantScore(c));
        } else if (node instanceof Or) {
            return false;
        }
        return true; // filters, a NOT alone, all
    }

    /**
     * What a compiled query is for: matching only (counting passes), scoring every match,
     * or scoring a page that Lucene prunes by score ({@link #prunable}).
     */
    private enum Mode {
        MATCH, SCORED, PRUNED
    }

    /** What a node adds to the score: nothing (filters), word disjunctions, or more. */
    private enum Scoring {
        NONE, WORDS, OTHER
    }

    private Scoring scoring(QueryNode node) {
        if (node instanceof Text t) {
            Query q = text.createPhraseQuery(LuceneSchema.TITLE, t.text());
            return q == null ? Scoring.NONE : q instanceof TermQuery ? Scoring.WORDS : Scoring.OTHER;
        } else if (node instanceof Or o) {
            Scoring worst = Scoring.NONE;
            for (QueryNode c : o.children()) {
                Scoring sc = scoring(c);
                worst = sc.compareTo(worst) > 0 ? sc : worst;
            }
            return worst;
        } else if (node instanceof And a) {
            Scoring only = Scoring.NONE;
            int scored = 0;
            for (QueryNode c : a.children()) {
                Scoring sc = scoring(c);
                if (sc != Scoring.NONE) {
                    scored++;
                    only = sc;
                }
            }
            return scored > 1 ? Scoring.OTHER : only;
        }
        return Scoring.NONE; // filters, NOT (never scored), all
    }

    /** Null when the node matches nothing searchable (only stop words): it drops out. */
    private Query compile(QueryNode node, Mode mode) {
        if (node instanceof All) {
            return new MatchAllDocsQuery();
        } else if (node instanceof And a) {
            return and(a.children(), mode);
        } else if (node instanceof Or o) {
            return or(o.children(), mode);
        } else if (node instanceof Not n) {
            Query inner = compile(n.child(), mode);
            return inner == null ? null : and(List.of(n), mode);
        } else if (node instanceof Text t) {
            return freeText(t.text(), mode);
        } else if (node instanceof Terms t) {
            return terms(t);
        } else if (node instanceof Name n) {
            Query q = names.createPhraseQuery(n.field().fieldName(), n.text());
            return new ConstantScoreQuery(q == null ? new MatchNoDocsQuery() : q);
        } else if (node instanceof Range r) {
            int min = r.min() == null ? Integer.MIN_VALUE : r.min();
            int max = r.max() == null ? Integer.MAX_VALUE : r.max();
            String field = r.field().fieldName();
            // the points index finds a broad range's matches; beside a narrower clause, checking
            // the candidates' doc values is cheaper than collecting every study in the range
            return new IndexOrDocValuesQuery(IntPoint.newRangeQuery(field, min, max),
                    NumericDocValuesField.newSlowRangeQuery(field, min, max));
        }
        throw new IllegalArgumentException("unknown query node " + node);
    }

    private Query and(List<QueryNode> children, Mode mode) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        Map<QueryField, Set<String>> excluded = excludedValues(children);
        for (QueryNode c : children) {
            boolean negated = c instanceof Not;
            Query q = compile(negated ? ((Not) c).child() : withoutExcluded(c, excluded), mode);
            if (q != null) {
                b.add(q, negated ? Occur.MUST_NOT : Occur.MUST);
                positive |= !negated;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return b.build();
    }

    /** The values of a field that clauses beside others exclude ({@code -substance:esketamine}). */
    private static Map<QueryField, Set<String>> excludedValues(List<QueryNode> children) {
        Map<QueryField, Set<String>> out = new EnumMap<>(QueryField.class);
        for (QueryNode c : children) {
            if (c instanceof Not n && n.child() instanceof Terms t) {
                out.computeIfAbsent(t.field(), f -> new HashSet<>()).addAll(t.values());
            }
        }
        return out;
    }

    /**
     * A field's values less those excluded beside it: {@code substance:ketamine} expands to
     * ketamine and esketamine, and {@code -substance:esketamine} removes every study with
     * esketamine anyway, so the clause looks up ketamine alone, one term that Lucene can count
     * from the index statistics. Nothing left matches nothing.
     */
    private static QueryNode withoutExcluded(QueryNode node, Map<QueryField, Set<String>> excluded) {
        if (node instanceof Terms t && excluded.containsKey(t.field())) {
            Set<String> left = new HashSet<>(t.values());
            left.removeAll(excluded.get(t.field()));
            return left.size() == t.values().size() ? t : new Terms(t.field(), left);
        }
        return node;
    }

    private Query or(List<QueryNode> children, Mode mode) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (QueryNode c : children) {
            Query q = compile(c, mode);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                any = true;
            }
        }
        return any ? b.build() : null;
    }

    /**
     * A word or phrase anywhere in the free text ({@link LuceneSchema#TEXT}), scored there,
     * plus the title's score when it is in the title too. The title clause is optional, so
     * it only scores the text's matches and never widens them; for matching alone, the
     * text clause alone.
     */
    private Query freeText(String words, Mode mode) {
        Query all = text.createPhraseQuery(LuceneSchema.TEXT, words);
        if (all == null || mode == Mode.MATCH) {
            return all;
        }
        Query title = text.createPhraseQuery(LuceneSchema.TITLE, words);
        // same matches and scores either way (a word in the title is in the text too): as
        // two optional clauses Lucene's WAND skips through both, which is faster when the
        // page is pruned by score (a lone word: 7.3 -> 3.5 ms of CPU at 1M); beside other
        // required words or in a phrase, the title is better looked up only for the text's
        // matches
        boolean either = mode == Mode.PRUNED && all instanceof TermQuery;
        return new BooleanQuery.Builder()
                .add(all, either ? Occur.SHOULD : Occur.MUST)
                .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
                .build();
    }

    private static Query terms(Terms t) {
        String field = t.field().fieldName();
        if (t.values().isEmpty()) {
            return new ConstantScoreQuery(new MatchNoDocsQuery("no " + field + " value left"));
        }
        if (t.values().size() == 1) {
            return new ConstantScoreQuery(new TermQuery(new Term(field, t.values().iterator().next())));
        }
        // a set query, not a BooleanQuery: a broad class can expand past the 1,024-clause limit
        return new ConstantScoreQuery(new TermInSetQuery(field, t.values().stream().map(BytesRef::new).toList()));
    }
}
