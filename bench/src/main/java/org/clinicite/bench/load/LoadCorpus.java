package org.clinicite.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.clinicite.bench.search.CorpusGenerator;
import org.clinicite.bench.search.LuceneBuild;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.model.Study;
import org.clinicite.core.text.TextKeys;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.search.StudyDocument;
import org.clinicite.search.StudyDocuments;
import org.clinicite.search.StudyIndex;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Makes a clinicite PostgreSQL database of N generated studies and its search index, fast,
 * for the load check ({@code bench/load/run}): the schema from clinicite's Flyway migrations
 * ({@link Database#open}), the rows of {@link CorpusGenerator}'s seeded corpus written with
 * {@code COPY} ({@link StudyRows}, chunks of 10,000 studies over two connections, one
 * transaction per chunk), the sequences and the change log's counter moved past them, then
 * the same studies indexed through the search module ({@link StudyIndex#update}) into the
 * index directory {@code clinicite --data-dir DIR --db-url URL} uses, committed at the change
 * log's head, so {@code serve} starts without re-indexing. A sample of studies is read back
 * through Hibernate and {@link StudyDocuments#from} and compared with the indexed documents.
 *
 * <pre>
 * bench/run load.LoadCorpus --db-url URL --data-dir DIR [--studies 1000000] [--seed 42] [--threads 2] [--reuse]
 * </pre>
 * With {@code --reuse}, nothing is done when the data directory's marker says the database and
 * index hold the same studies. Progress on stderr, a summary on stdout.
 */
public final class LoadCorpus {
    private static final int CHUNK = 10_000;
    private static final int SAMPLE = 200;
    private static final String MARKER = "load-corpus.txt";

    private LoadCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        String url = Objects.requireNonNull(opts.get("--db-url"), "--db-url is required");
        Path dataDir = Path.of(Objects.requireNonNull(opts.get("--data-dir"), "--data-dir is required"))
                .toAbsolutePath().normalize();
        int studies = Integer.parseInt(opts.getOrDefault("--studies", "1000000").replace("_", ""));
        long seed = Long.parseLong(opts.getOrDefault("--seed", "42"));
        int threads = Integer.parseInt(opts.getOrDefault("--threads", "2"));
        PrintStream err = System.err;
        String marker = "studies=" + studies + " seed=" + seed + " generator=" + CorpusGenerator.VERSION + " url=" + url;
        Path markerFile = dataDir.resolve(MARKER);
        if (opts.containsKey("--reuse") && Files.isRegularFile(markerFile)
                && Files.readString(markerFile, StandardCharsets.UTF_8).strip().equals(marker)) {
            err.println("load: reusing the database and index of " + marker);
            System.out.println("corpus: reused (" + marker + ")");
            return;
        }
        Files.createDirectories(dataDir);
        Files.deleteIfExists(markerFile);
        DatabaseConfig config = DatabaseConfig.resolve(dataDir, url);
        CorpusGenerator generator = new CorpusGenerator(Vocabulary.shipped(), seed);

        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("drop schema if exists public cascade; create schema public");
        }
        Database.open(config).close();
        err.println("load: schema migrated by Flyway");
        Map<String, Long> journals = loadJournals(url, generator.journals());
        Path indexDir = config.indexDir(dataDir);
        deleteTree(indexDir);
        double[] phase = new double[2];
        try (StudyIndex index = StudyIndex.open(indexDir)) {
            load(url, generator, journals, studies, threads, index, phase, err);
            long t1 = System.nanoTime();
            finish(url, studies, err);
            index.commit(studies);
            phase[1] += (System.nanoTime() - t1) / 1e9;
        }
        double total = (System.nanoTime() - t0) / 1e9;
        String check = sample(config, generator, studies, err);
        Files.writeString(markerFile, marker + "\n", StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "corpus: %,d studies in %.0f s (%,.0f studies/s): COPY and indexing %.0f s, "
                + "sequences, ANALYZE and index commit %.0f s; index %,d MB in %s%n", studies, total, studies / total,
                phase[0], phase[1], LuceneBuild.bytes(indexDir) >> 20, indexDir);
        System.out.println("corpus check: " + check);
    }

    /** The journals, ids 1..n; titles whose keys collide share the first one's row. */
    private static Map<String, Long> loadJournals(String url, List<String> titles) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<String, Long> byKey = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url);
                var ps = c.prepareStatement("insert into journal (id, title, title_key) values (?, ?, ?)")) {
            for (String t : titles) {
                String key = TextKeys.titleKey(t);
                Long id = byKey.get(key);
                if (id == null) {
                    id = (long) byKey.size() + 1;
                    byKey.put(key, id);
                    ps.setLong(1, id);
                    ps.setString(2, t);
                    ps.setString(3, key);
                    ps.addBatch();
                }
                ids.put(t, id);
            }
            ps.executeBatch();
        }
        return ids;
    }

    /** COPY and index the studies in chunks, {@code threads} chunks at a time, each over its own connection. */
    private static void load(String url, CorpusGenerator g, Map<String, Long> journals, int studies, int threads,
            StudyIndex index, double[] phase, PrintStream err) throws Exception {
        long t0 = System.nanoTime();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                running.add(workers.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url)) {
                        c.setAutoCommit(false);
                        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                        for (int from = nextChunk.getAndAdd(CHUNK); from < studies; from = nextChunk.getAndAdd(CHUNK)) {
                            int to = Math.min(studies, from + CHUNK);
                            StudyRows rows = new StudyRows(journals, now);
                            List<StudyDocument> docs = new ArrayList<>(to - from);
                            for (int i = from; i < to; i++) {
                                CorpusGenerator.Generated s = g.generate(i);
                                rows.add(s);
                                docs.add(s.document());
                            }
                            for (int t = 0; t < StudyRows.TABLES.size(); t++) {
                                String[] table = StudyRows.TABLES.get(t);
                                copy.copyIn("copy " + table[0] + " (" + table[1] + ") from stdin",
                                        new java.io.StringReader(rows.buffer(t).toString()));
                            }
                            c.commit();
                            index.update(docs);
                            int n = done.addAndGet(to - from);
                            if (n % 100_000 < CHUNK || n == studies) {
                                err.printf(Locale.ROOT, "load: %,d / %,d studies copied and indexed (%.0f s)%n", n,
                                        studies, (System.nanoTime() - t0) / 1e9);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            workers.shutdownNow();
        }
        phase[0] = (System.nanoTime() - t0) / 1e9;
    }

    /** Sequences past the ids used, the change log's identity and counter at its head, statistics. */
    private static void finish(String url, int studies, PrintStream err) throws SQLException {
        long n = studies;
        Map<String, Long> sequences = new LinkedHashMap<>();
        sequences.put("journal_seq", 1_000L);
        sequences.put("study_seq", n + 1);
        sequences.put("authorship_seq", 16 * (n + 1));
        sequences.put("study_term_seq", 8 * (n + 1));
        sequences.put("outcome_seq", 4 * (n + 1));
        sequences.put("provenance_seq", n + 1);
        sequences.put("write_up_seq", 4 * (n + 1));
        sequences.put("coverage_seq", 4 * (n + 1));
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (Map.Entry<String, Long> e : sequences.entrySet()) {
                // past the last id even when Hibernate's pooled optimiser hands out the 50 below the value
                st.execute("select setval('" + e.getKey() + "', " + (e.getValue() + 100) + ")");
            }
            st.execute("select setval(pg_get_serial_sequence('change_log', 'seq'), " + n + ")");
            st.execute("update change_counter set seq = " + n);
            err.println("load: VACUUM ANALYZE");
            st.execute("vacuum analyze");
            try (ResultSet rs = st.executeQuery("select count(*), coalesce(max(seq), 0) from change_log")) {
                rs.next();
                if (rs.getLong(1) != n || rs.getLong(2) != n) {
                    throw new IllegalStateException("change log has " + rs.getLong(1) + " rows, head " + rs.getLong(2)
                            + "; expected " + n);
                }
            }
        }
    }

    /**
     * Reads {@link #SAMPLE} studies spread over the corpus back through Hibernate and compares
     * {@link StudyDocuments#from} (what {@code reindex} would index) with the indexed document.
     */
    private static String sample(DatabaseConfig config, CorpusGenerator g, int studies, PrintStream err) {
        int count = Math.min(SAMPLE, studies);
        Map<String, Integer> differing = new LinkedHashMap<>();
        int same = 0;
        try (Database db = Database.open(config)) {
            for (int k = 0; k < count; k++) {
                int i = (int) ((long) k * studies / count);
                StudyDocument generated = g.study(i);
                StudyDocument stored = db.inTransaction(s -> StudyDocuments.from(s.get(Study.class, (long) i + 1)));
                List<String> fields = differences(generated, stored);
                if (fields.isEmpty()) {
                    same++;
                } else {
                    fields.forEach(f -> differing.merge(f, 1, Integer::sum));
                    if (differing.values().stream().mapToInt(Integer::intValue).sum() <= fields.size()) {
                        err.println("load: study " + (i + 1) + " differs from its database copy in " + fields);
                    }
                }
            }
        }
        return same + " of " + count + " sampled studies read back from the database give the indexed document"
                + (differing.isEmpty() ? "" : "; fields differing: " + differing);
    }

    private static List<String> differences(StudyDocument a, StudyDocument b) {
        List<String> out = new ArrayList<>();
        for (var component : StudyDocument.class.getRecordComponents()) {
            try {
                Object x = component.getAccessor().invoke(a);
                Object y = component.getAccessor().invoke(b);
                if (!Objects.equals(normal(x), normal(y))) {
                    out.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** Lists compare as their distinct non-blank values (the document builder drops repeats). */
    private static Object normal(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().filter(e -> e != null && !e.toString().isBlank()).map(e -> e.toString().strip())
                    .distinct().toList();
        }
        return v;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--reuse")) {
                out.put("--reuse", "true");
            } else if (i + 1 < args.length && args[i].startsWith("--")) {
                out.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option " + args[i]);
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
