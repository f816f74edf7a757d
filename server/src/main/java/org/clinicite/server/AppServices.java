package org.clinicite.server;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.clinicite.citation.CitationFormatter;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseException;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importers;
import org.clinicite.search.IndexSync;
import org.clinicite.search.SearchOptions;
import org.clinicite.search.SearchResults;
import org.clinicite.search.SearchService;
import org.clinicite.search.StudyIndex;
import org.clinicite.search.SyncReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the request threads share: the database (Hibernate's SessionFactory and the
 * connection pool are thread-safe; each request opens its own session), one
 * {@link StudyIndex} and one {@link SearchService} over it (both thread-safe), one
 * {@link CitationFormatter} (thread-safe, caches built styles), the vocabulary and the
 * importers (immutable). Index catch-up runs under one lock, so two imports, or an import
 * and a search that finds the index behind, never write the index at the same time.
 *
 * <p>The database and vocabulary belong to the caller; {@link #close()} closes the index only.
 */
public final class AppServices implements AutoCloseable {
    private final Database database;
    private final Vocabulary vocabulary;
    private final StudyIndex index;
    private final IndexSync sync;
    private final SearchService search;
    private final CitationFormatter citations = new CitationFormatter();
    private final Importers importers;
    private final ReentrantLock syncLock = new ReentrantLock();
    /** How often a search looks for changes another instance made (250 ms). */
    static final long FRESHNESS_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final Logger LOG = LoggerFactory.getLogger(AppServices.class);
    private final AtomicLong lastFreshnessCheck = new AtomicLong(System.nanoTime() - FRESHNESS_CHECK_NANOS);

    private AppServices(Database database, Vocabulary vocabulary, StudyIndex index) {
        this.database = database;
        this.vocabulary = vocabulary;
        this.index = index;
        this.sync = new IndexSync(index);
        this.search = new SearchService(index, vocabulary);
        this.importers = Importers.standard(vocabulary);
    }

    /**
     * Opens the index in {@code indexDir} (the directory the command line uses for this
     * database) and brings it up to the database's change log.
     */
    public static AppServices open(Database database, Vocabulary vocabulary, Path indexDir) {
        AppServices s = new AppServices(database, vocabulary, StudyIndex.open(indexDir));
        try {
            s.catchUp();
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public CitationFormatter citations() {
        return citations;
    }

    public Importers importers() {
        return importers;
    }

    /** Brings the index up to the database (after an import, or when another instance wrote). */
    public SyncReport catchUp() {
        syncLock.lock();
        try {
            return sync.catchUp(database);
        } finally {
            syncLock.unlock();
        }
    }

    /**
     * Searches, catching the index up first when the database has moved on. Writes through
     * this process catch up at once ({@link #catchUp()} after each import); what another
     * instance wrote to a shared database is looked for at most once per
     * {@link #FRESHNESS_CHECK_NANOS} (one JDBC query), so a busy server does not ask the
     * database on every search. When the database cannot be reached the search answers from
     * the index as it stands instead of failing.
     */
    public SearchResults search(String query, SearchOptions opts) {
        if (freshnessCheckDue()) {
            try {
                if (sync.isBehind(database.dataSource())) {
                    catchUp();
                }
            } catch (DatabaseException e) {
                LOG.warn("cannot check the index against the database; answering from the index: {}", e.getMessage());
            }
        }
        return search.search(query, opts);
    }

    /** True for one caller once the last check is older than the interval. */
    private boolean freshnessCheckDue() {
        long now = System.nanoTime();
        long last = lastFreshnessCheck.get();
        return now - last >= FRESHNESS_CHECK_NANOS && lastFreshnessCheck.compareAndSet(last, now);
    }

    @Override
    public void close() {
        index.close();
    }
}
