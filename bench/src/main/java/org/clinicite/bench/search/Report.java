package org.clinicite.bench.search;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the figures on stdout: build, per-query table, overall, goals, verification. */
final class Report {
    private static final double MB = 1024 * 1024;
    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void header(BenchArgs a, String pgVersion) {
        out.printf(Locale.ROOT, "== clinicite search benchmark: %,d studies (seed %d), %d cores, Java %s, %s%n",
                a.studies(), a.seed(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), pgVersion);
        out.println("load average at start (other processes share the machine): " + loadAverage());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The Lucene build beside its peer, bare Lucene indexing the same texts. */
    void build(LuceneBuild.Result l, LuceneBuild.Result peer, int threads) {
        out.println("-- build (load average now: " + loadAverage() + ")");
        line("lucene index", l, threads);
        line("peer: bare lucene, text only", peer, threads);
        if (!l.reused()) {
            out.printf(Locale.ROOT, "clinicite / peer: %.0f%% of the peer's studies/s, %.0f%% of its studies per "
                    + "CPU-second%n", 100 * l.studiesPerSecond() / peer.studiesPerSecond(),
                    100 * (peer.indexCpuSeconds() / l.indexCpuSeconds()));
        }
    }

    private void line(String what, LuceneBuild.Result l, int threads) {
        if (l.reused()) {
            out.printf(Locale.ROOT, "%s: reused, %.0f MB on disk, %d segments%n", what, l.bytes() / MB, l.segments());
        } else {
            out.printf(Locale.ROOT, "%s: %,d studies in %.1f s = %,.0f studies/s (%d indexing threads, "
                    + "%.1f CPU-s = %,.0f studies per CPU-second; generating them took another %.1f s); "
                    + "%.0f MB on disk, %d segments%n", what, l.studies(), l.indexSeconds(), l.studiesPerSecond(),
                    threads, l.indexCpuSeconds(), l.studies() / l.indexCpuSeconds(), l.generateSeconds(),
                    l.bytes() / MB, l.segments());
            String byThread = l.cpuByThread().summary();
            if (!byThread.isEmpty()) {
                out.printf(Locale.ROOT, "  CPU by thread: %s%n", byThread);
            }
        }
    }

    void build(LuceneBuild.Result l, PgLoad.Result p, int threads) {
        Map<String, Long> s = p.sizes();
        if (!p.reused()) {
            out.printf(Locale.ROOT, "postgres: COPY %.1f s (%,.0f studies/s; %d streams, rows generated on the fly), "
                    + "indexes + VACUUM ANALYZE %.1f s%n", p.copySeconds(), l.studies() / p.copySeconds(), threads,
                    p.indexSeconds());
        }
        out.printf(Locale.ROOT, "postgres: table %.0f MB (with TOAST), indexes %.0f MB (tsvector GIN %.0f MB)%n",
                s.get("table") / MB, s.get("indexes") / MB, s.get("tsv index") / MB);
    }

    void heap(String when) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.printf(Locale.ROOT, "heap used %s: %.0f MB after GC (peak so far %.0f MB, max %.0f MB)%n", when,
                (rt.totalMemory() - rt.freeMemory()) / MB, peak / MB, rt.maxMemory() / MB);
    }

    void queries(List<QueryRun.Timed> timed, List<Verify.Result> checks, BenchArgs a) {
        out.printf(Locale.ROOT, "-- queries (ms; %d timed rounds after %d warm-up rounds, one client)%n",
                a.rounds(), a.warmup());
        out.printf(Locale.ROOT, "%-3s %-22s %9s %8s %8s %8s %9s %9s %8s %6s  %s%n", "#", "query", "hits", "luc p50",
                "luc p99", "cpu p50", "pg p50", "pg p99", "speedup", "+hl50", "check");
        for (int i = 0; i < timed.size(); i++) {
            QueryRun.Timed t = timed.get(i);
            Verify.Result c = checks.get(i);
            out.printf(Locale.ROOT, "%-3d %-22s %,9d %8.2f %8.2f %8.2f %9.2f %9.2f %7.1fx %6.2f  %s%n", i + 1,
                    t.query().label(), t.luceneAnswer().total(), t.lucene().percentileMs(50),
                    t.lucene().percentileMs(99), t.luceneCpu().percentileMs(50), t.pg().percentileMs(50),
                    t.pg().percentileMs(99),
                    t.pg().percentileMs(50) / t.lucene().percentileMs(50), t.luceneHighlights().percentileMs(50),
                    (c.ok() ? "same " : "DIFFERENT ") + c.compared());
        }
        for (int i = 0; i < timed.size(); i++) {
            out.printf(Locale.ROOT, "%-3d %s%s%n", i + 1, timed.get(i).query().query(),
                    timed.get(i).query().facets() ? "   [facets]" : "");
        }
    }

    void overall(List<QueryRun.Timed> timed) {
        Latencies l = new Latencies();
        Latencies cpu = new Latencies();
        Latencies p = new Latencies();
        Latencies h = new Latencies();
        timed.forEach(t -> {
            l.addAll(t.lucene());
            cpu.addAll(t.luceneCpu());
            p.addAll(t.pg());
            h.addAll(t.luceneHighlights());
        });
        out.println("-- overall (all queries' timed runs pooled)");
        line("lucene", l);
        out.printf(Locale.ROOT, "%-20s p50 %7.2f ms   p99 %8.2f ms   (CPU time of the calling and search threads)%n",
                "lucene CPU", cpu.percentileMs(50), cpu.percentileMs(99));
        line("lucene + highlights", h);
        line("postgres", p);
        double speedP50 = p.percentileMs(50) / l.percentileMs(50);
        double speedQps = l.qps() / p.qps();
        out.printf(Locale.ROOT, "speedup: p50 %.1fx, p99 %.1fx, queries/s %.1fx%n", speedP50,
                p.percentileMs(99) / l.percentileMs(99), speedQps);
        out.printf(Locale.ROOT, "goals: p50 <= 5 ms %s, p99 <= 50 ms %s, >= 10x postgres (queries/s) %s%n",
                yes(l.percentileMs(50) <= 5), yes(l.percentileMs(99) <= 50), yes(speedQps >= 10));
    }

    void verification(List<Verify.Result> checks) {
        long bad = checks.stream().filter(c -> !c.ok()).count();
        out.println("-- verification: " + (bad == 0 ? "both engines found the same studies for all "
                + checks.size() + " queries" : bad + " of " + checks.size() + " queries differ"));
        for (int i = 0; i < checks.size(); i++) {
            for (String problem : checks.get(i).problems()) {
                out.printf(Locale.ROOT, "%-3d %s: %s%n", i + 1, checks.get(i).query().label(), problem);
            }
        }
    }

    private void line(String name, Latencies x) {
        out.printf(Locale.ROOT, "%-20s p50 %7.2f ms   p99 %8.2f ms   %8.1f queries/s   (%d runs)%n", name,
                x.percentileMs(50), x.percentileMs(99), x.qps(), x.count());
    }

    private static String yes(boolean ok) {
        return ok ? "met" : "NOT met";
    }
}
