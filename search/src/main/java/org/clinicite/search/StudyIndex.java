package org.clinicite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of studies in one directory, and the only class that holds an
 * {@link IndexWriter} or an {@link IndexSearcher}: replacing it (and the package-private
 * {@code Lucene*} helpers it uses) replaces the back end.
 *
 * <p>Writes ({@link #update}, {@link #delete}, {@link #clear}) are invisible to searches
 * until {@link #commit}, which also records the database change sequence the index now
 * holds. Searches read the last commit through a {@link SearcherManager}, so a rebuild
 * in progress never shows a half-empty index. A search does not look at the directory
 * (that cost ~0.4 ms a search): a commit through any {@code StudyIndex} of this JVM on the
 * same directory is seen by the next search of every other one, and a background thread
 * picks up commits of other processes within {@link #REFRESH_INTERVAL_MS}. The writer is opened on the first write
 * only: a process that just searches does not take the index's write lock.
 *
 * <p>I/O failures surface as {@link UncheckedIOException}. Thread-safe.
 */
public final class StudyIndex implements AutoCloseable {
    /** Commit user data: the last change_log sequence number the index holds. */
    static final String CHANGE_SEQ = "clinicite.changeSeq";
    /** Commit user data: the {@link LuceneSchema#FORMAT} the index was built with. */
    static final String FORMAT = "clinicite.indexFormat";
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** Threads that search the slices of one query at once (daemons, shared by every index). */
    private static final ExecutorService SEARCH_THREADS = Executors.newFixedThreadPool(CORES, r -> {
        Thread t = new Thread(r, "clinicite-search");
        t.setDaemon(true);
        return t;
    });
    /** A slice smaller than this is not worth a thread of its own. */
    private static final int MIN_SLICE_DOCS = 20_000;

    /** How often a searching instance looks for commits made by another process. */
    static final long REFRESH_INTERVAL_MS = 1000;
    /** Per index directory (absolute, normalised): commits made through any instance of this JVM. */
    private static final ConcurrentHashMap<Path, AtomicLong> COMMITS = new ConcurrentHashMap<>();

    private final Path path;
    private final Directory directory;
    private final AtomicLong commits;
    private volatile long commitsSeen;
    private volatile ScheduledExecutorService refresher;
    private boolean closed;
    private final Analyzer analyzer = LuceneAnalyzers.perField();
    private final FacetsConfig facetsConfig = LuceneSchema.facetsConfig();
    private final LuceneQueries queries = new LuceneQueries(LuceneAnalyzers.text(), LuceneAnalyzers.names());
    private final SearcherManager searchers;
    private IndexWriter writer;
    private IndexReader facetReader;
    private SortedSetDocValuesReaderState facetState;

    private StudyIndex(Path path, Directory directory) throws IOException {
        this.path = path;
        this.directory = directory;
        this.commits = COMMITS.computeIfAbsent(path.toAbsolutePath().normalize(), k -> new AtomicLong());
        this.commitsSeen = commits.get();
        if (!DirectoryReader.indexExists(directory)) {
            commitUserData(0);
        }
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new SlicedSearcher(reader);
            }
        });
    }

    /** The index's directory inside the data directory. */
    public static final String DIR_NAME = "index";

    /** Opens the index of a data directory ({@code DATA_DIR/index}). */
    public static StudyIndex forDataDir(Path dataDir) {
        return open(dataDir.resolve(DIR_NAME));
    }

    /** Opens the index in {@code dir}, creating an empty one (change sequence 0) if there is none. */
    public static StudyIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            Directory d = FSDirectory.open(dir);
            try {
                return new StudyIndex(dir, d);
            } catch (IOException | RuntimeException e) {
                d.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces these studies (by id), so indexing the same study twice keeps one document. */
    public void update(Collection<StudyDocument> docs) {
        io("update", () -> {
            IndexWriter w = writer();
            for (StudyDocument d : docs) {
                w.updateDocument(new Term(LuceneSchema.ID, d.id()), LuceneSchema.toDocument(d));
            }
        });
    }

    /**
     * Adds these studies without looking for an older version of them: only for studies the
     * index does not hold (a new index, or one {@link #clear}ed since the last commit).
     * Cheaper than {@link #update} in a bulk build: no delete term per study for the writer
     * to resolve against every segment at each flush.
     */
    public void add(Collection<StudyDocument> docs) {
        io("add", () -> {
            IndexWriter w = writer();
            for (StudyDocument d : docs) {
                w.addDocument(LuceneSchema.toDocument(d));
            }
        });
    }

    /**
     * Writes one buffered segment to disk, if any, on the calling thread. A commit writes the
     * buffered segments one after the other on its own thread; calling this from each indexing
     * thread first writes them in parallel.
     */
    public void flushBuffer() {
        io("flush", () -> writer().flushNextBuffer());
    }

    /**
     * Before a commit, writes the buffered segments from all of the pool's threads at once
     * (see {@link #flushBuffer}), and waits for them.
     */
    public void flushBuffers(IndexingPool pool) {
        for (int i = 0; i < pool.threads(); i++) {
            pool.submit(this::flushBuffer);
        }
        pool.finish();
    }

    /** Removes these studies, if present. */
    public void delete(Collection<String> ids) {
        io("delete", () -> {
            IndexWriter w = writer();
            for (String id : ids) {
                w.deleteDocuments(new Term(LuceneSchema.ID, id));
            }
        });
    }

    /** Removes every study (for a rebuild); searches see the old content until {@link #commit}. */
    public void clear() {
        io("clear", () -> writer().deleteAll());
    }

    /** Makes the writes so far durable and visible, recording the change sequence they bring the index to. */
    public synchronized void commit(long changeSeq) {
        io("commit", () -> {
            commitUserData(changeSeq);
            commits.incrementAndGet();
            refreshIfCommitted(false);
        });
    }

    /** Drops the writes since the last commit. */
    public synchronized void rollback() {
        io("rollback", () -> {
            if (writer != null) {
                IndexWriter w = writer;
                writer = null;
                w.rollback();
            }
        });
    }

    /** The change sequence of the last commit: 0 for a new index. */
    public long changeSeq() {
        String seq = userData().get(CHANGE_SEQ);
        return seq == null ? 0 : Long.parseLong(seq);
    }

    /** False when the index was built with another field layout and must be rebuilt. */
    public boolean hasCurrentFormat() {
        return LuceneSchema.FORMAT.equals(userData().get(FORMAT));
    }

    /** Studies in the last commit. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    public Path path() {
        return path;
    }

    /**
     * Runs a query: the page of hits {@code opts} asks for, the exact total, facet counts
     * (labelled with their values; {@link SearchService} puts names on them) and highlights.
     *
     * <p>Where it pays ({@link LuceneQueries#prunable}, or a sort by year or size), the page
     * is collected with Lucene's top-k pruning (only documents that can still enter the page
     * are scored: block-max WAND for relevance, the points index for year and size), and the
     * exact total comes from a pass that does not score: the facet pass when facets are
     * asked for, else {@link IndexSearcher#count}, which answers from the index statistics
     * where it can. Otherwise one pass scores every match, counting them and their facets.
     *
     * @param drillDowns facet dimension → indexed values; several values of one dimension are ORed
     */
    public SearchResults search(QueryNode query, Map<String, Set<String>> drillDowns, SearchOptions opts) {
        refreshIfCommitted(true);
        return withSearcher(s -> {
            Query q = drillDown(queries.toQuery(query), drillDowns);
            // what the passes that only count (total, facets) run: same matches, no scoring clauses
            Query matching = drillDown(queries.toMatchQuery(query), drillDowns);
            int numHits = Math.max(1, opts.offset() + opts.limit());
            // every match of filters alone scores the same, so relevance order is year order
            // (its tie-break), which the points index can prune
            SearchOptions.Sort order = opts.sort() == SearchOptions.Sort.RELEVANCE && queries.constantScore(query)
                    ? SearchOptions.Sort.YEAR : opts.sort();
            // pruning: by relevance when the query allows it, by the points index for year and size
            boolean prune = order != SearchOptions.Sort.RELEVANCE || queries.prunable(query);
            TopFieldCollectorManager hits = new TopFieldCollectorManager(sort(order), numHits, null,
                    prune ? numHits : Integer.MAX_VALUE);
            SortedSetDocValuesReaderState state = opts.facets() ? facetState(s.getIndexReader()) : null;
            TopDocs top;
            Long total = null;
            Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
            if (state != null && q instanceof DrillDownQuery dq) {
                // sideways counts: each drilled dimension counted as if it were not drilled
                DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> r =
                        new DrillSideways(s, facetsConfig, state).search(dq, hits);
                top = r.collectorResult;
                facets = facets(r.facets, opts.facetLimit());
            } else if (state != null) {
                FacetsCollector matches;
                if (prune) {
                    // the pruned pass for the page, then one that counts facets without scoring
                    top = s.search(q, hits);
                    matches = s.search(matching, new FacetsCollectorManager());
                } else {
                    Object[] both = s.search(q, new MultiCollectorManager(hits, new FacetsCollectorManager()));
                    top = (TopDocs) both[0];
                    matches = (FacetsCollector) both[1];
                }
                total = (long) matches.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
                facets = facets(facetCounts(state, matches), opts.facetLimit());
            } else {
                top = s.search(q, hits);
            }
            if (total == null) {
                total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
                        : count(s, matching);
            }
            ScoreDoc[] page = page(top.scoreDocs, opts);
            List<SearchHit> found = hits(s, query, page, scorePosition(order), opts.highlights());
            return new SearchResults(total, found, facets, List.of());
        });
    }

    /**
     * The exact number of matches. Lucene counts a term from the index statistics, but a
     * term with exclusions match by match: {@code substance:ketamine -substance:esketamine}
     * (146,000 matches at 1M studies) is counted as the term's count less the count of the
     * studies that have both, which only visits the excluded ones.
     */
    private static long count(IndexSearcher s, Query q) throws IOException {
        if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0) {
            List<Query> required = new ArrayList<>();
            BooleanQuery.Builder excluded = new BooleanQuery.Builder();
            boolean anyExcluded = false;
            for (BooleanClause c : b.clauses()) {
                switch (c.getOccur()) {
                    case MUST, FILTER -> required.add(c.getQuery());
                    case MUST_NOT -> {
                        excluded.add(c.getQuery(), BooleanClause.Occur.SHOULD);
                        anyExcluded = true;
                    }
                    default -> {
                        return s.count(q);
                    }
                }
            }
            if (required.size() == 1 && anyExcluded && countedFromStatistics(s, required.get(0))) {
                Query both = new BooleanQuery.Builder()
                        .add(required.get(0), BooleanClause.Occur.FILTER)
                        .add(excluded.build(), BooleanClause.Occur.FILTER)
                        .build();
                return s.count(required.get(0)) - s.count(both);
            }
        }
        return s.count(q);
    }

    /**
     * Whether Lucene counts the query's matches from the index statistics: one term, and no
     * deleted documents (asking a query's weight would do the whole work for a set of terms).
     */
    private static boolean countedFromStatistics(IndexSearcher s, Query q) {
        Query inner = q instanceof ConstantScoreQuery c ? c.getQuery() : q;
        return inner instanceof TermQuery && !s.getIndexReader().hasDeletions();
    }

    /** The query narrowed to the drilled-down facet values (several values of one dimension ORed). */
    private Query drillDown(Query base, Map<String, Set<String>> drillDowns) {
        if (drillDowns.isEmpty()) {
            return base;
        }
        DrillDownQuery dq = new DrillDownQuery(facetsConfig, base);
        drillDowns.forEach((dim, values) -> values.forEach(v -> dq.add(dim, LuceneSchema.drillDown(dim, v))));
        return dq;
    }

    /** Where the score is among a hit's sort values (every sort breaks ties, or leads, by score). */
    private static int scorePosition(SearchOptions.Sort sort) {
        return sort == SearchOptions.Sort.RELEVANCE ? 0 : 1;
    }

    /**
     * Opens the latest commit when an instance of this JVM committed since this one last
     * looked; starts the background refresher for other processes' commits on first use.
     */
    private void refreshIfCommitted(boolean searching) {
        if (searching && refresher == null) {
            startRefresher();
        }
        long now = commits.get();
        if (now != commitsSeen) {
            io("refresh", searchers::maybeRefreshBlocking);
            commitsSeen = now;
        }
    }

    private synchronized void startRefresher() {
        if (refresher == null && !closed) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "clinicite-index-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_INTERVAL_MS, REFRESH_INTERVAL_MS,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The refresher's work: a failure (the index being replaced, say) is retried at the next tick. */
    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // the searches keep the searcher they have; the next tick tries again
        }
    }

    private static Sort sort(SearchOptions.Sort sort) {
        SortField year = descendingMissingLast(LuceneSchema.YEAR);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, year);
            case YEAR -> new Sort(year, SortField.FIELD_SCORE);
            case N -> new Sort(descendingMissingLast(LuceneSchema.N), SortField.FIELD_SCORE);
        };
    }

    private static SortField descendingMissingLast(String field) {
        SortField f = new SortField(field, SortField.Type.INT, true);
        f.setMissingValue(Integer.MIN_VALUE);
        return f;
    }

    private static ScoreDoc[] page(ScoreDoc[] all, SearchOptions opts) {
        int from = Math.min(opts.offset(), all.length);
        int to = Math.min(all.length, opts.offset() + opts.limit());
        return Arrays.copyOfRange(all, from, to);
    }

    private List<SearchHit> hits(IndexSearcher s, QueryNode query, ScoreDoc[] page, int scoreAt, boolean highlight)
            throws IOException {
        int[] docIds = new int[page.length];
        float[] scores = new float[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            Object score = ((FieldDoc) page[i]).fields[scoreAt];
            scores[i] = score instanceof Float f && Float.isFinite(f) ? f : 0f;
        }
        Query words = highlight ? queries.highlightQuery(query) : null;
        List<List<Highlight>> passages = words == null ? null
                : LuceneHighlights.of(s, analyzer, words, queries.highlightsPhrases(query), docIds);
        return LuceneHitLines.read(s, docIds, scores, passages);
    }

    /**
     * Facet counts of the matches: the segments counted at once on the search threads (at
     * 1M studies, counting 200,000 matches' values took a third of a facet query's time on
     * one thread).
     */
    private static Facets facetCounts(SortedSetDocValuesReaderState state, FacetsCollector matching)
            throws IOException {
        if (CORES == 1) {
            return new SortedSetDocValuesFacetCounts(state, matching);
        }
        try {
            return new ConcurrentSortedSetDocValuesFacetCounts(state, matching, SEARCH_THREADS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while counting facets", e);
        }
    }

    private static Map<String, List<FacetValue>> facets(Facets facets, int limit) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : LuceneSchema.FACETS) {
            FacetResult r = facets.getTopChildren(limit, dim);
            List<FacetValue> values = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetValue(lv.label, lv.label, lv.value.intValue()));
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    /**
     * The facet ordinals of a reader, built once per reader (it costs a pass over the
     * facet values); null while no study has a facet value.
     */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (reader != facetReader) {
            boolean hasFacets = FieldInfos.getMergedFieldInfos(reader)
                    .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
            facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
            facetReader = reader;
        }
        return facetState;
    }

    /** System property: the indexing buffer in MB, instead of {@link #ramBufferMb}'s share of the heap. */
    public static final String RAM_BUFFER_PROPERTY = "clinicite.index.ramBufferMb";

    /**
     * The indexing buffer ({@value #RAM_BUFFER_PROPERTY} when set): an eighth of the heap,
     * between Lucene's default 16 MB and 256 MB. Larger buffers flush fewer, larger segments,
     * but cost more CPU than the merges they save: at 1M studies (no offsets) 1 GB took 165 CPU-s (2
     * segments), 256 MB 137 CPU-s (7 segments; bench/README.md, "The index build").
     */
    public static double ramBufferMb(long maxHeapBytes) {
        String set = System.getProperty(RAM_BUFFER_PROPERTY);
        if (set != null && !set.isBlank()) {
            return Double.parseDouble(set.strip());
        }
        return Math.max(IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB, Math.min(256, maxHeapBytes / 8.0 / (1 << 20)));
    }

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()))
                    // flushed segments stay as they are written: no copy into a compound file
                    .setUseCompoundFile(false)
                    // stored text not compressed: see LuceneCodec
                    .setCodec(new LuceneCodec());
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw new IOException("the index is being written by another process", e);
            }
        }
        return writer;
    }

    private void commitUserData(long changeSeq) throws IOException {
        IndexWriter w = writer();
        w.setLiveCommitData(Map.of(CHANGE_SEQ, Long.toString(changeSeq), FORMAT, LuceneSchema.FORMAT).entrySet());
        w.commit();
    }

    private Map<String, String> userData() {
        try {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    private <T> T withSearcher(IoFunction<IndexSearcher, T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index in " + path + ": " + e.getMessage(), e);
        }
    }

    private void io(String what, IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + what + " failed in " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        io("close", () -> {
            try {
                closed = true;
                if (refresher != null) {
                    refresher.shutdownNow();
                    awaitQuietly(refresher);
                    refresher = null;
                }
                searchers.close();
                if (writer != null) {
                    writer.rollback(); // uncommitted writes are dropped, as documented
                    writer = null;
                }
            } finally {
                directory.close();
            }
        });
    }

    private static void awaitQuietly(ScheduledExecutorService pool) {
        try {
            pool.awaitTermination(REFRESH_INTERVAL_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A searcher that splits a query's segments into one slice per core (each at least
     * {@link #MIN_SLICE_DOCS}), searched at once on {@link #SEARCH_THREADS}; the calling
     * thread takes a slice too. Lucene's default slices (250,000 documents) would leave one
     * core idle below half a million studies.
     */
    private static final class SlicedSearcher extends IndexSearcher {
        SlicedSearcher(IndexReader reader) {
            super(reader, CORES > 1 ? SEARCH_THREADS : null);
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            long docs = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
            int perSlice = (int) Math.max(MIN_SLICE_DOCS, (docs + CORES - 1) / CORES);
            return slices(leaves, perSlice, Integer.MAX_VALUE);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface IoFunction<A, R> {
        R apply(A a) throws IOException;
    }
}
