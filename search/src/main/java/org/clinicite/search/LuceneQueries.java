package org.clinicite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
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
 * Translates a {@link QueryNode} into a Lucene query. Free text is scored (BM25, best
 * field wins, title counts most); field clauses are constant-score filters that count 1
 * each, so relevance comes from the words a user typed.
 */
final class LuceneQueries {
    /** Field boosts for free text: a word in the title says more than one in a news body. */
    private static final Map<String, Float> BOOSTS = Map.of(
            LuceneSchema.TITLE, 3f, LuceneSchema.ABSTRACT, 1f, LuceneSchema.OUTCOME, 1.5f,
            LuceneSchema.FINDING, 1.5f, LuceneSchema.NEWS, 0.7f);
    /** How much the other fields that match add to the best one. */
    private static final float TIE_BREAKER = 0.1f;

    private final QueryBuilder text;
    private final QueryBuilder names;

    LuceneQueries(Analyzer text, Analyzer names) {
        this.text = new QueryBuilder(text);
        this.names = new QueryBuilder(names);
    }

    /** The query; a query of nothing but stop words matches everything. */
    Query toQuery(QueryNode node) {
        Query q = compile(node);
        return q == null ? new MatchAllDocsQuery() : q;
    }

    /** Null when the node matches nothing searchable (only stop words): it drops out. */
    private Query compile(QueryNode node) {
        if (node instanceof All) {
            return new MatchAllDocsQuery();
        } else if (node instanceof And a) {
            return and(a.children());
        } else if (node instanceof Or o) {
            return or(o.children());
        } else if (node instanceof Not n) {
            Query inner = compile(n.child());
            return inner == null ? null : and(List.of(n));
        } else if (node instanceof Text t) {
            return freeText(t.text());
        } else if (node instanceof Terms t) {
            return terms(t);
        } else if (node instanceof Name n) {
            Query q = names.createPhraseQuery(n.field().fieldName(), n.text());
            return new ConstantScoreQuery(q == null ? new MatchNoDocsQuery() : q);
        } else if (node instanceof Range r) {
            int min = r.min() == null ? Integer.MIN_VALUE : r.min();
            int max = r.max() == null ? Integer.MAX_VALUE : r.max();
            return IntPoint.newRangeQuery(r.field().fieldName(), min, max);
        }
        throw new IllegalArgumentException("unknown query node " + node);
    }

    private Query and(List<QueryNode> children) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        for (QueryNode c : children) {
            boolean negated = c instanceof Not;
            Query q = compile(negated ? ((Not) c).child() : c);
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

    private Query or(List<QueryNode> children) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (QueryNode c : children) {
            Query q = compile(c);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                any = true;
            }
        }
        return any ? b.build() : null;
    }

    /** A word or phrase in any text field: the best field's score plus a little of the others. */
    private Query freeText(String words) {
        List<Query> perField = new ArrayList<>();
        for (String field : LuceneSchema.TEXT_FIELDS) {
            Query q = text.createPhraseQuery(field, words);
            if (q != null) {
                perField.add(new BoostQuery(q, BOOSTS.get(field)));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static Query terms(Terms t) {
        String field = t.field().fieldName();
        if (t.values().size() == 1) {
            return new ConstantScoreQuery(new TermQuery(new Term(field, t.values().iterator().next())));
        }
        // a set query, not a BooleanQuery: a broad class can expand past the 1,024-clause limit
        return new ConstantScoreQuery(new TermInSetQuery(field, t.values().stream().map(BytesRef::new).toList()));
    }
}
