package org.clinicite.bench.search;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.clinicite.search.StudyDocument;
import org.postgresql.copy.CopyIn;

/**
 * Loads the same corpus into PostgreSQL: {@code threads} COPY streams on their own
 * connections (as Lucene indexes from {@code threads} threads), each taking every n-th batch,
 * generating its rows and sending them; then the indexes and VACUUM ANALYZE. The COPY time is
 * wall-clock and includes generating the rows again (the Lucene pass reports how long that takes).
 */
final class PgLoad {
    private static final int BATCH = 5_000;

    record Result(double copySeconds, double indexSeconds, Map<String, Long> sizes, boolean reused) {
    }

    private PgLoad() {
    }

    /**
     * A reused table may have left the operating system's cache since it was loaded (this
     * machine reclaims idle pages), and then PostgreSQL reads its heap and TOAST from disk at
     * a few MB/s of random reads, while Lucene's index was written a minute earlier and is
     * cached: the table, its TOAST table and its indexes are read once (pg_prewarm, or a
     * scan of every column when the extension is missing), as a fresh load leaves them.
     */
    private static void prewarm(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
                s.execute("SELECT pg_prewarm(r.oid, 'read') FROM pg_class r WHERE r.oid IN ("
                        + "SELECT '" + PgCorpus.TABLE + "'::regclass UNION SELECT reltoastrelid FROM pg_class "
                        + "WHERE oid = '" + PgCorpus.TABLE + "'::regclass AND reltoastrelid <> 0 UNION "
                        + "SELECT indexrelid FROM pg_index WHERE indrelid = '" + PgCorpus.TABLE + "'::regclass)");
            } catch (SQLException e) {
                s.execute("SELECT sum(length(t::text)) FROM " + PgCorpus.TABLE + " t");
            }
        }
    }

    static Result loadOrReuse(Connection c, CorpusGenerator g, BenchArgs args, PrintStream progress)
            throws SQLException {
        String marker = args.corpusMarker() + " pg-schema=" + PgCorpus.SCHEMA;
        if (args.reuse() && marker.equals(PgCorpus.marker(c))) {
            progress.println("postgres: reusing table " + PgCorpus.TABLE + "; reading it into the OS cache");
            prewarm(c);
            return new Result(Double.NaN, Double.NaN, PgCorpus.sizes(c), true);
        }
        PgCorpus.create(c);
        long t0 = System.nanoTime();
        copyInParallel(g, args, progress);
        double copy = (System.nanoTime() - t0) / 1e9;
        progress.println("postgres: building indexes, VACUUM ANALYZE");
        long t1 = System.nanoTime();
        PgCorpus.index(c, marker);
        double index = (System.nanoTime() - t1) / 1e9;
        return new Result(copy, index, PgCorpus.sizes(c), false);
    }

    private static void copyInParallel(CorpusGenerator g, BenchArgs args, PrintStream progress) throws SQLException {
        ExecutorService pool = Executors.newFixedThreadPool(args.threads());
        AtomicInteger sent = new AtomicInteger();
        try {
            List<Future<?>> streams = new ArrayList<>();
            for (int s = 0; s < args.threads(); s++) {
                int stream = s;
                streams.add(pool.submit(() -> {
                    copyStream(g, args, stream, sent, progress);
                    return null;
                }));
            }
            for (Future<?> f : streams) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("loading failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stream {@code stream} of {@code threads}: batches stream, stream + threads, ... */
    private static void copyStream(CorpusGenerator g, BenchArgs args, int stream, AtomicInteger sent,
            PrintStream progress) throws SQLException {
        try (Connection c = PgDatabase.connect(args.pgUrl(), progress)) {
            CopyIn in = PgCorpus.copy(c);
            try {
                StringBuilder rows = new StringBuilder(BATCH * 4096);
                for (int from = stream * BATCH; from < args.studies(); from += args.threads() * BATCH) {
                    int to = Math.min(args.studies(), from + BATCH);
                    List<StudyDocument> batch = IntStream.range(from, to).mapToObj(g::study).toList();
                    batch.forEach(d -> PgCorpus.row(rows, d));
                    PgCorpus.write(in, rows);
                    int done = sent.addAndGet(to - from);
                    if (done % 100_000 < to - from) {
                        progress.printf("postgres: %,d / %,d studies sent%n", done, args.studies());
                    }
                }
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }
    }
}
