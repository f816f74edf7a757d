package org.clinicite.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.util.List;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseException;
import org.clinicite.search.IndexSync;
import org.clinicite.search.SearchOptions;
import org.clinicite.search.SearchResults;
import org.clinicite.search.SearchService;
import org.clinicite.search.StudyIndex;
import org.clinicite.search.SyncReport;

/**
 * The command line's use of the search index: keep it caught up with the database
 * after writes, and answer queries from it. A query starts no Hibernate unless the index
 * is behind the database's change log (checked with one plain JDBC query).
 */
final class SearchSupport {
    private SearchSupport() {
    }

    /** Brings the index up to the database's change log (after an import, or at start). */
    static SyncReport catchUp(AppContext app, PrintWriter err) {
        try (StudyIndex index = StudyIndex.open(app.indexDir())) {
            SyncReport r = new IndexSync(index).catchUp(app.database());
            report(r, err);
            return r;
        }
    }

    static SyncReport rebuild(AppContext app, PrintWriter err) {
        try (StudyIndex index = StudyIndex.open(app.indexDir())) {
            SyncReport r = new IndexSync(index).rebuild(app.database());
            report(r, err);
            return r;
        }
    }

    private static void report(SyncReport r, PrintWriter err) {
        if (!r.nothingToDo()) {
            err.println("index: " + r.indexed() + " studies indexed, " + r.deleted() + " removed (change "
                    + r.fromSeq() + " -> " + r.toSeq() + ")");
            err.flush();
        }
    }

    /** Runs a query against an index that is caught up first if the database moved on. */
    static SearchResults search(AppContext app, String query, SearchOptions opts, PrintWriter err) {
        try (StudyIndex index = StudyIndex.open(app.indexDir())) {
            IndexSync sync = new IndexSync(index);
            boolean behind;
            try (HikariDataSource ds = Database.openDataSource(app.dbConfig())) {
                behind = isBehind(sync, ds);
            }
            if (behind) {
                report(sync.catchUp(app.database()), err);
            }
            return new SearchService(index, app.vocabulary()).search(query, opts);
        }
    }

    /** A database without clinicite's tables yet (never migrated) counts as behind. */
    private static boolean isBehind(IndexSync sync, HikariDataSource ds) {
        try {
            return sync.isBehind(ds);
        } catch (DatabaseException e) {
            return true;
        }
    }

    /** The ids of the studies a query finds, best first. */
    static List<String> searchIds(AppContext app, String query, int limit, PrintWriter err) {
        SearchResults r = search(app, query, SearchOptions.defaults().limit(limit).facets(false).highlights(false), err);
        r.notices().forEach(n -> err.println("note: " + n));
        return r.ids();
    }

    static long indexSeq(AppContext app) {
        try (StudyIndex index = StudyIndex.open(app.indexDir())) {
            return index.changeSeq();
        }
    }
}
