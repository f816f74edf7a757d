package org.clinicite.bench.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicite.search.QueryNode;
import org.clinicite.search.SearchOptions;

/**
 * Runs a benchmark query on PostgreSQL the way a well-written application would: one
 * prepared statement, one round trip, the matching set computed once (a MATERIALIZED CTE)
 * and from it the exact total, the first page (ranked by ts_rank_cd, with title and
 * citation to show) and the facet counts (GROUP BY over the same set, top 10 per
 * dimension in the order Lucene uses).
 */
final class PgSearch implements AutoCloseable {
    /** Facet dimension → the expression over the CTE's row that yields its values. */
    private static final Map<String, String> FACETS = facets();

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    PgSearch(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            // JIT compiles expressions for queries the planner thinks costly; it costs tens of
            // milliseconds per query and pays off only for long analytic scans, not for search.
            s.execute("SET jit = off");
            // bitmaps of large matching sets stay exact (no lossy pages to recheck); sorts and
            // hash aggregates of facets stay in memory
            s.execute("SET work_mem = '64MB'");
            // each search is planned for its own values: selectivities differ by orders of magnitude
            s.execute("SET plan_cache_mode = force_custom_plan");
            // the whole table is in the OS page cache: random reads cost as much as sequential ones
            s.execute("SET random_page_cost = 1.1");
            s.execute("SET statement_timeout = '120s'");
        }
    }

    Answer search(QueryNode query, BenchQuery q) throws SQLException {
        PgQueries.Sql where = PgQueries.where(query);
        PgQueries.Sql rank = PgQueries.rankQuery(query);
        List<Object> params = new ArrayList<>();
        if (rank != null) {
            params.addAll(rank.params());
        }
        params.addAll(where.params());
        PreparedStatement ps = prepared(sql(where, rank, q));
        bind(ps, params);
        long total = 0;
        List<String> page = new ArrayList<>();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                String part = r.getString(1);
                if (part.equals("total")) {
                    total = r.getLong(3);
                } else if (part.equals("hit")) {
                    page.add(r.getString(2));
                    r.getString(4); // title and citation, as a result list shows them
                    r.getString(5);
                } else {
                    facets.computeIfAbsent(part, k -> new ArrayList<>()).add(r.getString(2) + "=" + r.getLong(3));
                }
            }
        }
        return new Answer(total, page, facets);
    }

    /** Every matching id (for the verification, not timed). */
    Set<String> ids(QueryNode query) throws SQLException {
        PgQueries.Sql where = PgQueries.where(query);
        PreparedStatement ps = prepared("SELECT id FROM " + PgCorpus.TABLE + " WHERE " + where.text());
        bind(ps, where.params());
        Set<String> out = new HashSet<>();
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    static String sql(PgQueries.Sql where, PgQueries.Sql rank, BenchQuery q) {
        String r = rank == null ? "0::real" : "ts_rank_cd(tsv, " + rank.text() + ")";
        String facetColumns = q.facets() ? ", substance, condition, design, phase, journal, outlets" : "";
        StringBuilder sql = new StringBuilder()
                .append("WITH m AS MATERIALIZED (SELECT id, year, n, ").append(r).append(" AS r").append(facetColumns)
                .append(" FROM ").append(PgCorpus.TABLE).append(" WHERE ").append(where.text()).append(")\n")
                .append("SELECT 'total' AS part, NULL::text AS v, count(*) AS c, NULL::text AS title, "
                        + "NULL::text AS citation FROM m\n")
                .append("UNION ALL SELECT * FROM (SELECT 'hit', b.id::text, NULL::bigint, b.title, b.citation FROM ")
                .append("(SELECT id, r, year, n FROM m ORDER BY ").append(order(q.sort(), rank != null, ""))
                .append(" LIMIT ").append(BenchQuery.PAGE).append(") t JOIN ").append(PgCorpus.TABLE)
                .append(" b ON b.id = t.id ORDER BY ").append(order(q.sort(), rank != null, "t.")).append(") h\n");
        if (q.facets()) {
            FACETS.forEach((dim, values) -> sql.append("UNION ALL SELECT * FROM (SELECT '").append(dim)
                    .append("', v, count(*), NULL, NULL FROM ").append(values)
                    .append(" GROUP BY v ORDER BY 3 DESC, v COLLATE \"C\" LIMIT 10) f_").append(dim).append('\n'));
        }
        return sql.toString();
    }

    /** Lucene's orders: relevance then newest; newest then relevance; largest then relevance. */
    private static String order(SearchOptions.Sort sort, boolean ranked, String t) {
        switch (sort) {
            case YEAR: return t + "year DESC NULLS LAST, " + t + "r DESC";
            case N: return t + "n DESC NULLS LAST, " + t + "r DESC";
            default: return ranked ? t + "r DESC, " + t + "year DESC NULLS LAST" : t + "year DESC NULLS LAST";
        }
    }

    private static Map<String, String> facets() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("substance", "m CROSS JOIN LATERAL unnest(m.substance) v");
        f.put("condition", "m CROSS JOIN LATERAL unnest(m.condition) v");
        f.put("design", "(SELECT design AS v FROM m WHERE design IS NOT NULL) x");
        f.put("phase", "(SELECT phase AS v FROM m WHERE phase IS NOT NULL) x");
        f.put("year", "(SELECT year::text AS v FROM m WHERE year IS NOT NULL) x");
        f.put("journal", "(SELECT journal AS v FROM m WHERE journal IS NOT NULL) x");
        f.put("outlet", "m CROSS JOIN LATERAL unnest(m.outlets) v");
        return f;
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String[] array) {
                ps.setArray(i + 1, connection.createArrayOf("text", array));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
    }
}
