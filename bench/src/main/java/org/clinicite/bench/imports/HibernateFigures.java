package org.clinicite.bench.imports;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;

/** Hibernate's own counters for one import phase, per record: statements, queries, flushes, inserts, updates. */
final class HibernateFigures {
    private HibernateFigures() {
    }

    static void enable(SessionFactory sf) {
        Statistics s = sf.getStatistics();
        s.clear();
        s.setStatisticsEnabled(true);
    }

    static void print(PrintStream out, String title, SessionFactory sf, long records) {
        Statistics s = sf.getStatistics();
        double n = Math.max(1, records);
        out.println(title + " (Hibernate statistics, per record)");
        line(out, "JDBC statements prepared", s.getPrepareStatementCount(), n);
        line(out, "queries (HQL + native)", s.getQueryExecutionCount(), n);
        line(out, "natural-id loads", s.getNaturalIdQueryExecutionCount(), n);
        line(out, "flushes", s.getFlushCount(), n);
        line(out, "entity inserts", s.getEntityInsertCount(), n);
        line(out, "entity updates", s.getEntityUpdateCount(), n);
        line(out, "entity loads", s.getEntityLoadCount(), n);
        line(out, "collection recreates", s.getCollectionRecreateCount(), n);
        line(out, "collection updates", s.getCollectionUpdateCount(), n);
        line(out, "transactions", s.getTransactionCount(), n);
        line(out, "sessions opened", s.getSessionOpenCount(), n);
        Arrays.stream(s.getQueries()).sorted(Comparator.comparingLong((String q) -> s.getQueryStatistics(q)
                .getExecutionTotalTime()).reversed()).forEach(q -> query(out, q, s.getQueryStatistics(q), n));
    }

    private static void line(PrintStream out, String what, long count, double n) {
        out.println(String.format(Locale.ROOT, "  %8.2f  %s (%d)", count / n, what, count));
    }

    private static void query(PrintStream out, String q, QueryStatistics qs, double n) {
        out.println(String.format(Locale.ROOT, "  %8.2f  x %6d ms total  %s", qs.getExecutionCount() / n,
                qs.getExecutionTotalTime(), q.length() > 110 ? q.substring(0, 110) + "..." : q));
    }
}
