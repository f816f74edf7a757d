package org.clinicite.bench.search;

import java.nio.file.Path;
import java.util.List;
import org.clinicite.search.SearchHit;
import org.clinicite.search.SearchResults;
import org.clinicite.search.SearchService;
import org.clinicite.search.StudyIndex;
import org.clinicite.core.vocab.Vocabulary;

/**
 * Lucene alone on an index the search benchmark built: the same 20 queries, timed (wall and
 * CPU of the searching threads), with a digest of each answer (total, page ids, facet
 * counts) so that a change to the query side can be checked for the same results without
 * the PostgreSQL half of a run. A tool for working on the query side, not a benchmark of
 * record (that is {@link SearchBenchmark}, which runs the peer).
 *
 * <pre>bench/run search.QueryProfile DIR/index-1000000 [rounds] [warm-up rounds] [queries, e.g. 1,3,14 or all] [highlights]</pre>
 *
 * With {@code highlights}, every search also highlights its page, and the digest covers the
 * page's passages too (a change to the index or the highlighter can be checked for the same
 * passages). The {@code caller50} column is the calling thread's share of the CPU: the rest
 * ran on the index's search threads.
 */
public final class QueryProfile {
    private QueryProfile() {
    }

    public static void main(String[] a) {
        Path dir = Path.of(a[0]);
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 10;
        int warmup = a.length > 2 ? Integer.parseInt(a[2]) : 3;
        List<BenchQuery> all = BenchQueries.all();
        boolean highlights = a.length > 4 && a[4].equals("highlights");
        List<BenchQuery> queries = a.length > 3 && !a[3].equals("all")
                ? java.util.Arrays.stream(a[3].split(",")).map(n -> all.get(Integer.parseInt(n.strip()) - 1)).toList()
                : all;
        try (StudyIndex index = StudyIndex.open(dir)) {
            SearchService service = new SearchService(index, Vocabulary.shipped());
            for (int w = 0; w < warmup; w++) {
                queries.forEach(q -> service.search(q.query(), q.options(highlights)));
            }
            Latencies allWall = new Latencies();
            Latencies allCpu = new Latencies();
            System.out.printf("%-3s %-24s %9s %8s %8s %8s %8s  %s%n", "#", "query", "hits", "wall50", "cpu50", "cpu max",
                    "caller50", "answer digest");
            for (int i = 0; i < queries.size(); i++) {
                BenchQuery q = queries.get(i);
                Latencies wall = new Latencies();
                Latencies cpu = new Latencies();
                Latencies caller = new Latencies();
                long total = 0;
                int digest = 0;
                for (int r = 0; r < rounds; r++) {
                    long c0 = Cpu.searching();
                    long k0 = Cpu.thread();
                    long t0 = System.nanoTime();
                    SearchResults results = service.search(q.query(), q.options(highlights));
                    wall.add(System.nanoTime() - t0);
                    cpu.add(Cpu.searching() - c0);
                    caller.add(Cpu.thread() - k0);
                    total = results.total();
                    digest = Answer.of(results).hashCode();
                    if (highlights) {
                        digest = 31 * digest + results.hits().stream().map(SearchHit::highlights).toList().hashCode();
                    }
                }
                allWall.addAll(wall);
                allCpu.addAll(cpu);
                System.out.printf("%-3d %-24s %,9d %8.2f %8.2f %8.2f %8.2f  %08x%n", all.indexOf(q) + 1, q.label(),
                        total, wall.percentileMs(50), cpu.percentileMs(50), cpu.percentileMs(100),
                        caller.percentileMs(50), digest);
            }
            System.out.printf("pooled: wall p50 %.2f ms, p99 %.2f ms; cpu p50 %.2f ms, p99 %.2f ms; %.1f queries/s%n",
                    allWall.percentileMs(50), allWall.percentileMs(99), allCpu.percentileMs(50),
                    allCpu.percentileMs(99), allWall.qps());
        }
    }
}
