package org.clinicite.bench.search;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.search.SearchService;
import org.clinicite.search.StudyIndex;

/**
 * The search benchmark: generate a corpus, index it with Lucene ({@link StudyIndex}) and
 * load it into PostgreSQL, run the 20 queries of {@link BenchQueries} on both, print
 * latencies, queries/s and speedup, and check that both found the same studies.
 *
 * <pre>
 * mvn -q -DskipTests package
 * bench/run search.SearchBenchmark --studies 100000 [--pg-url URL] [--dir DIR] [--warmup 3] [--rounds 20] [--reuse]
 *         [--phases all|build]
 * </pre>
 *
 * Figures on stdout, progress on stderr. Exit 0 when the engines agree, 1 when a query's
 * results differ, 2 for bad arguments, 3 for an I/O or database error.
 */
public final class SearchBenchmark {
    private SearchBenchmark() {
    }

    public static void main(String[] argv) {
        BenchArgs args;
        try {
            args = BenchArgs.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("search benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            System.exit(run(args, System.out, System.err) ? 0 : 1);
        } catch (SQLException | UncheckedIOException e) {
            System.err.println("search benchmark: " + e.getMessage());
            System.exit(3);
        }
    }

    /** True when both engines found the same studies for every query. */
    static boolean run(BenchArgs args, PrintStream out, PrintStream progress) throws SQLException {
        Vocabulary vocabulary = Vocabulary.shipped();
        CorpusGenerator generator = new CorpusGenerator(vocabulary, args.seed());
        Report report = new Report(out);
        Path indexDir = args.dir().resolve("index-" + args.studies());
        if (args.buildOnly()) {
            report.header(args, "PostgreSQL not used (--phases build)");
            LuceneBuild.Result lucene = LuceneBuild.buildOrReuse(generator, args, indexDir, progress);
            LuceneBuild.Result peer = LucenePeerBuild.build(generator, args, args.dir().resolve("peer-" + args.studies()),
                    progress);
            report.build(lucene, peer, args.threads());
            return true;
        }
        try (Connection c = PgDatabase.connect(args.pgUrl(), progress)) {
            report.header(args, version(c));
            LuceneBuild.Result lucene = LuceneBuild.buildOrReuse(generator, args, indexDir, progress);
            LuceneBuild.Result peer = LucenePeerBuild.build(generator, args, args.dir().resolve("peer-" + args.studies()),
                    progress);
            PgLoad.Result pg = PgLoad.loadOrReuse(c, generator, args, progress);
            report.build(lucene, peer, args.threads());
            report.build(lucene, pg, args.threads());
            try (StudyIndex index = StudyIndex.open(indexDir); PgSearch pgSearch = new PgSearch(c)) {
                SearchService service = new SearchService(index, vocabulary);
                report.heap("with the index open");
                List<QueryRun.Timed> timed = new QueryRun(service, pgSearch, args, progress).run(BenchQueries.all());
                report.heap("after the queries");
                progress.println("verifying the matching sets");
                Verify verify = new Verify(service, pgSearch);
                List<Verify.Result> checks = new ArrayList<>();
                for (QueryRun.Timed t : timed) {
                    checks.add(verify.check(t));
                }
                report.queries(timed, checks, args);
                report.overall(timed);
                report.verification(checks);
                return checks.stream().allMatch(Verify.Result::ok);
            }
        }
    }

    private static String version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW server_version")) {
            return r.next() ? "PostgreSQL " + r.getString(1) : "PostgreSQL";
        }
    }
}
