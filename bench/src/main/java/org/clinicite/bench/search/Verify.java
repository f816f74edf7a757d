package org.clinicite.bench.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clinicite.search.QueryNode;
import org.clinicite.search.SearchService;

/**
 * Checks that both engines found the same studies: the same total, the same facet counts,
 * and for matching sets up to {@link BenchQuery#ID_CHECK_LIMIT} the same ids. A difference
 * is reported with the studies involved and, for each, how PostgreSQL sees its text: the
 * tsquery of every word or phrase of the query, whether it matches, and the study's
 * lexemes that start like the query's (a stemming difference shows there).
 */
final class Verify {
    /** The problems found (empty when the engines agree) and what was compared. */
    record Result(BenchQuery query, List<String> problems, String compared) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final int SHOWN = 2;
    private static final String EXPLAIN = "SELECT phraseto_tsquery('bench_en', ?)::text, "
            + "tsv @@ phraseto_tsquery('bench_en', ?), "
            + "(SELECT string_agg(u.lexeme || ':' || array_to_string(u.positions, ','), ' ' ORDER BY u.lexeme) "
            + "FROM unnest(b.tsv) u WHERE left(u.lexeme, 4) IN "
            + "(SELECT left(l, 4) FROM unnest(tsvector_to_array(to_tsvector('bench_en', ?))) l)), "
            + "b.year, b.n, b.design, b.substance::text, b.condition::text FROM " + PgCorpus.TABLE + " b WHERE b.id = ?";

    private final SearchService lucene;
    private final PgSearch pg;

    Verify(SearchService lucene, PgSearch pg) {
        this.lucene = lucene;
        this.pg = pg;
    }

    Result check(QueryRun.Timed t) throws SQLException {
        BenchQuery q = t.query();
        List<String> problems = new ArrayList<>();
        Answer l = t.luceneAnswer();
        Answer p = t.pgAnswer();
        if (l.total() != p.total()) {
            problems.add("total: lucene " + l.total() + ", postgres " + p.total());
        }
        if (!l.facets().equals(p.facets())) {
            problems.add("facets: lucene " + l.facets() + "\n      postgres " + p.facets());
        }
        if (Math.max(l.total(), p.total()) > BenchQuery.ID_CHECK_LIMIT) {
            return new Result(q, problems, "total" + (q.facets() ? ", facets" : ""));
        }
        QueryNode tree = lucene.parse(q.query()).root();
        Set<String> lucIds = new HashSet<>(lucene.search(q.query(),
                q.options(false).limit((int) Math.max(1, l.total())).facets(false)).ids());
        Set<String> pgIds = pg.ids(tree);
        compareIds(lucIds, pgIds, tree, problems);
        return new Result(q, problems, "ids" + (q.facets() ? ", facets" : ""));
    }

    private void compareIds(Set<String> lucIds, Set<String> pgIds, QueryNode tree, List<String> problems)
            throws SQLException {
        Set<String> onlyLucene = new TreeSet<>(lucIds);
        onlyLucene.removeAll(pgIds);
        Set<String> onlyPg = new TreeSet<>(pgIds);
        onlyPg.removeAll(lucIds);
        if (!onlyLucene.isEmpty()) {
            problems.add(onlyLucene.size() + " studies only in lucene, e.g. " + explain(onlyLucene, tree));
        }
        if (!onlyPg.isEmpty()) {
            problems.add(onlyPg.size() + " studies only in postgres, e.g. " + explain(onlyPg, tree));
        }
    }

    private String explain(Set<String> ids, QueryNode tree) throws SQLException {
        StringBuilder sb = new StringBuilder();
        List<QueryNode.Text> words = new ArrayList<>();
        collect(tree, words);
        if (words.isEmpty()) {
            words.add(new QueryNode.Text("", false)); // fields only: still show the study's values
        }
        Connection c = pg.connection();
        try (PreparedStatement ps = c.prepareStatement(EXPLAIN)) {
            for (String id : ids.stream().limit(SHOWN).toList()) {
                sb.append("\n      study ").append(id).append(':');
                for (QueryNode.Text w : words) {
                    describe(ps, id, w.text(), sb);
                }
            }
        }
        return sb.toString();
    }

    private static void describe(PreparedStatement ps, String id, String text, StringBuilder sb) throws SQLException {
        ps.setString(1, text);
        ps.setString(2, text);
        ps.setString(3, text);
        ps.setInt(4, Integer.parseInt(id));
        try (ResultSet r = ps.executeQuery()) {
            if (r.next()) {
                sb.append("\n        \"").append(text).append("\" -> ").append(r.getString(1))
                        .append(" matches=").append(r.getBoolean(2)).append("; lexemes like it: ")
                        .append(r.getString(3)).append("; year=").append(r.getString(4)).append(" n=")
                        .append(r.getString(5)).append(" design=").append(r.getString(6)).append(" substance=")
                        .append(r.getString(7)).append(" condition=").append(r.getString(8));
            }
        }
    }

    private static void collect(QueryNode n, List<QueryNode.Text> out) {
        if (n instanceof QueryNode.Text t) {
            out.add(t);
        } else if (n instanceof QueryNode.And a) {
            a.children().forEach(c -> collect(c, out));
        } else if (n instanceof QueryNode.Or o) {
            o.children().forEach(c -> collect(c, out));
        } else if (n instanceof QueryNode.Not x) {
            collect(x.child(), out);
        }
    }
}
