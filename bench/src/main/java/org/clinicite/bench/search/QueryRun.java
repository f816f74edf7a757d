package org.clinicite.bench.search;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.clinicite.search.SearchService;

/**
 * Runs the query mix on both engines: warm-up rounds, then timed rounds in which each query
 * runs on Lucene and at once on PostgreSQL (interleaved, so both see the same machine
 * state), then timed rounds of Lucene with highlighting (what the command line shows).
 *
 * <p>Fairness: one client, one query at a time on each side. Lucene first runs the mix alone
 * for {@code --jit-warmup} seconds (with and without highlights), so that the JIT has compiled
 * Lucene's code paths before anything is timed: a server runs in that steady state, and
 * PostgreSQL, compiled ahead of time, starts in it (its caches are warmed by the shared
 * warm-up rounds and by reading a reused table in once). Each timing covers the whole
 * request from the query text: parsing it against the vocabulary (same parser on both
 * sides), then Lucene's search, or translating to SQL, executing and reading the rows.
 * Lucene searches a query's segments on all cores (the calling thread and the index's search
 * threads); PostgreSQL may use its parallel workers. A query stops
 * being timed on an engine once its rounds there took {@code --budget} seconds.
 */
final class QueryRun {
    /**
     * One query's figures and the answers of its last run. {@code luceneCpu}: CPU time of the
     * calling thread and the index's search threads, which do all of a Lucene search's work.
     */
    record Timed(BenchQuery query, Latencies lucene, Latencies luceneCpu, Latencies pg, Latencies luceneHighlights,
            Answer luceneAnswer, Answer pgAnswer) {
    }

    private final SearchService lucene;
    private final PgSearch pg;
    private final BenchArgs args;
    private final PrintStream progress;

    QueryRun(SearchService lucene, PgSearch pg, BenchArgs args, PrintStream progress) {
        this.lucene = lucene;
        this.pg = pg;
        this.args = args;
        this.progress = progress;
    }

    List<Timed> run(List<BenchQuery> queries) throws SQLException {
        long until = System.nanoTime() + (long) (args.jitWarmupSeconds() * 1e9);
        int jitRounds = 0;
        while (System.nanoTime() < until) {
            for (BenchQuery q : queries) {
                onLucene(q, jitRounds % 2 == 1);
            }
            jitRounds++;
        }
        progress.printf("queries: %d rounds on Lucene alone in %.0f s for the JIT to compile its code paths%n",
                jitRounds, args.jitWarmupSeconds());
        for (int w = 0; w < args.warmup(); w++) {
            progress.printf("queries: warm-up round %d / %d%n", w + 1, args.warmup());
            for (BenchQuery q : queries) {
                onLucene(q, false);
                onPg(q);
            }
        }
        List<Timed> out = new ArrayList<>();
        for (BenchQuery q : queries) {
            out.add(new Timed(q, new Latencies(), new Latencies(), new Latencies(), new Latencies(), onLucene(q, false),
                    onPg(q)));
        }
        for (int r = 0; r < args.rounds(); r++) {
            progress.printf("queries: round %d / %d%n", r + 1, args.rounds());
            for (Timed t : out) {
                if (t.lucene().totalSeconds() < args.budgetSeconds()) {
                    long c0 = Cpu.searching();
                    long t0 = System.nanoTime();
                    onLucene(t.query(), false);
                    t.lucene().add(System.nanoTime() - t0);
                    t.luceneCpu().add(Cpu.searching() - c0);
                }
                if (t.pg().totalSeconds() < args.budgetSeconds()) {
                    long t0 = System.nanoTime();
                    onPg(t.query());
                    t.pg().add(System.nanoTime() - t0);
                }
            }
        }
        for (int r = 0; r < args.rounds(); r++) {
            for (Timed t : out) {
                long t0 = System.nanoTime();
                onLucene(t.query(), true);
                t.luceneHighlights().add(System.nanoTime() - t0);
            }
        }
        return out;
    }

    private Answer onLucene(BenchQuery q, boolean highlights) {
        return Answer.of(lucene.search(q.query(), q.options(highlights)));
    }

    private Answer onPg(BenchQuery q) throws SQLException {
        return pg.search(lucene.parse(q.query()).root(), q);
    }
}
