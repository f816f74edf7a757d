package org.clinicite.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clinicite.search.QueryField;
import org.clinicite.search.QueryNode;
import org.clinicite.search.QueryNode.All;
import org.clinicite.search.QueryNode.And;
import org.clinicite.search.QueryNode.Name;
import org.clinicite.search.QueryNode.Not;
import org.clinicite.search.QueryNode.Or;
import org.clinicite.search.QueryNode.Range;
import org.clinicite.search.QueryNode.Terms;
import org.clinicite.search.QueryNode.Text;

/**
 * Translates clinicite's parsed query tree into a PostgreSQL condition. Fairness: both
 * engines run the same {@link QueryNode} tree, so vocabulary lookup and hierarchy
 * expansion happen once, in Java, identically; PostgreSQL gets the expanded keys
 * ({@code substance && ARRAY[...]}, one GIN probe) as Lucene gets a TermInSetQuery.
 *
 * <p>Free text: each word or phrase is {@code phraseto_tsquery('bench_en', ?)} (a single
 * word is a plain lexeme, several words must be adjacent, as Lucene's phrase query).
 * Text-only subtrees become ONE tsquery with {@code && || !!}, so PostgreSQL answers them
 * with a single GIN scan instead of combining bitmaps. NOT is {@code NOT coalesce(x, false)}:
 * a study without a year matches {@code NOT year:2020}, as in Lucene.
 */
final class PgQueries {
    /** SQL text with its parameters in order (String, Integer or String[] for text[]). */
    record Sql(String text, List<Object> params) {
    }

    private final List<Object> params = new ArrayList<>();

    private PgQueries() {
    }

    /** The WHERE condition of a query. */
    static Sql where(QueryNode root) {
        PgQueries q = new PgQueries();
        String text = q.condition(root);
        return new Sql(text, q.params);
    }

    /** The tsquery that ranks the hits (every word not under NOT, ORed), or null without free text. */
    static Sql rankQuery(QueryNode root) {
        List<Text> words = new ArrayList<>();
        collectPositive(root, words);
        if (words.isEmpty()) {
            return null;
        }
        PgQueries q = new PgQueries();
        String text = words.stream().map(q::tsquery).collect(Collectors.joining(" || ", "(", ")"));
        return new Sql(text, q.params);
    }

    private String condition(QueryNode n) {
        if (n instanceof All) {
            return "TRUE";
        } else if (n instanceof And a) {
            return combine(a.children(), " AND ", " && ");
        } else if (n instanceof Or o) {
            return combine(o.children(), " OR ", " || ");
        } else if (textual(n)) {
            return "tsv @@ " + tsquery(n);
        } else if (n instanceof Not x) {
            return "NOT coalesce(" + condition(x.child()) + ", false)";
        } else if (n instanceof Terms t) {
            return terms(t);
        } else if (n instanceof Name m) {
            params.add(m.text());
            return nameColumn(m.field()) + " @@ phraseto_tsquery('bench_names', ?)";
        } else if (n instanceof Range r) {
            return range(r);
        }
        throw new IllegalArgumentException("unknown query node " + n);
    }

    /** The textual children as one tsquery, then the other children. */
    private String combine(List<QueryNode> children, String sqlOp, String tsOp) {
        List<String> parts = new ArrayList<>();
        List<QueryNode> text = children.stream().filter(PgQueries::textual).toList();
        if (!text.isEmpty()) {
            parts.add("tsv @@ " + text.stream().map(this::tsquery).collect(Collectors.joining(tsOp, "(", ")")));
        }
        children.stream().filter(c -> !textual(c)).forEach(c -> parts.add(condition(c)));
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(sqlOp, parts) + ")";
    }

    private String tsquery(QueryNode n) {
        if (n instanceof Text t) {
            params.add(t.text());
            return "phraseto_tsquery('bench_en', ?)";
        } else if (n instanceof And a) {
            return a.children().stream().map(this::tsquery).collect(Collectors.joining(" && ", "(", ")"));
        } else if (n instanceof Or o) {
            return o.children().stream().map(this::tsquery).collect(Collectors.joining(" || ", "(", ")"));
        } else if (n instanceof Not x) {
            return "(!! " + tsquery(x.child()) + ")";
        }
        throw new IllegalArgumentException("not free text: " + n);
    }

    private static boolean textual(QueryNode n) {
        if (n instanceof Text) {
            return true;
        } else if (n instanceof And a) {
            return a.children().stream().allMatch(PgQueries::textual);
        } else if (n instanceof Or o) {
            return o.children().stream().allMatch(PgQueries::textual);
        } else if (n instanceof Not x) {
            return textual(x.child());
        }
        return false;
    }

    private String terms(Terms t) {
        String[] values = t.values().stream().sorted().toArray(String[]::new);
        switch (t.field()) {
            case SUBSTANCE:
            case CONDITION:
                params.add(values);
                return t.field().fieldName() + " && ?";
            case HAS:
                return t.values().stream().map(v -> "has_" + v).collect(Collectors.joining(" OR ", "(", ")"));
            default:
                if (values.length == 1) {
                    params.add(values[0]);
                    return t.field().fieldName() + " = ?";
                }
                params.add(values);
                return t.field().fieldName() + " = ANY (?)";
        }
    }

    private String range(Range r) {
        String column = r.field().fieldName();
        if (r.min() != null && r.max() != null) {
            params.add(r.min());
            params.add(r.max());
            return column + " BETWEEN ? AND ?";
        }
        params.add(r.min() != null ? r.min() : r.max());
        return column + (r.min() != null ? " >= ?" : " <= ?");
    }

    private static String nameColumn(QueryField f) {
        switch (f) {
            case AUTHOR: return "author_tsv";
            case JOURNAL: return "journal_tsv";
            case OUTLET: return "outlet_tsv";
            default: throw new IllegalArgumentException("not a name field: " + f);
        }
    }

    private static void collectPositive(QueryNode n, List<Text> out) {
        if (n instanceof Text t) {
            out.add(t);
        } else if (n instanceof And a) {
            a.children().forEach(c -> collectPositive(c, out));
        } else if (n instanceof Or o) {
            o.children().forEach(c -> collectPositive(c, out));
        }
    }
}
