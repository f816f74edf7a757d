package org.clinicite.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.clinicite.core.db.ChangeLog;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.model.Study;
import org.hibernate.Session;

/**
 * Keeps the index consistent with the database, which is the system of record. Every
 * committed change to a study appends its id to {@code change_log}; the index's last
 * commit records the sequence number it holds. {@link #catchUp} re-reads the studies
 * changed since then and commits the new head; {@link #rebuild} starts from scratch.
 * Both are idempotent: a run that fails leaves the last commit as it was, and running
 * again redoes the same work.
 */
public final class IndexSync {
    /** Studies loaded per session and per IN list. */
    static final int BATCH = 200;
    /** Threads that analyse and index loaded batches while the next ones load. */

    private final StudyIndex index;

    public IndexSync(StudyIndex index) {
        this.index = index;
    }

    /**
     * True when the database has changes the index does not hold, or the index has an old
     * layout. Plain JDBC on the change log: cheap enough before every search, and needs no
     * Hibernate.
     */
    public boolean isBehind(DataSource dataSource) {
        return !index.hasCurrentFormat() || new ChangeLog(dataSource).head() != index.changeSeq();
    }

    /**
     * Indexes the studies changed since the index's sequence (deleting those that no longer
     * exist) and commits the database's head. Rebuilds instead when the index has an old
     * layout or holds a sequence the database has not reached (another or a restored database).
     */
    public SyncReport catchUp(Database db) {
        ChangeLog log = new ChangeLog(db.dataSource());
        long from = index.changeSeq();
        long head = log.head();
        if (!index.hasCurrentFormat() || head < from) {
            return rebuild(db);
        }
        if (head == from) {
            return SyncReport.upToDate(from);
        }
        List<Long> ids = new ArrayList<>(log.changedBetween(from, head));
        try {
            int[] counts = apply(db, ids, false);
            index.commit(head);
            return new SyncReport(from, head, counts[0], counts[1], false);
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
    }

    /**
     * Rebuilds the index from every study in the database and commits the head read
     * before it started (changes made meanwhile are indexed again by the next catch-up,
     * which is harmless). Searches see the old index until the new one is committed.
     */
    public SyncReport rebuild(Database db) {
        long from = index.changeSeq();
        long head = new ChangeLog(db.dataSource()).head();
        List<Long> ids = db.inTransaction(s -> new StudyRepository(s).allStudyIds());
        try {
            index.clear();
            int[] counts = apply(db, ids, true);
            index.commit(head);
            return new SyncReport(from, head, counts[0], counts[1], true);
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
    }

    /**
     * Indexes the studies that exist, deletes the rest: {indexed, deleted}. This thread loads
     * the batches from the database while the threads of an {@link IndexingPool} analyse and
     * index the ones already loaded, with bounded memory. {@code cleared}: the index was just
     * cleared, so the studies are added without looking for older versions.
     */
    private int[] apply(Database db, List<Long> ids, boolean cleared) {
        int indexed = 0;
        int deleted = 0;
        try (IndexingPool pool = new IndexingPool(IndexingPool.DEFAULT_THREADS)) {
            for (int i = 0; i < ids.size(); i += BATCH) {
                List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
                List<StudyDocument> docs = db.inTransaction(s -> load(s, batch));
                Set<String> missing = new HashSet<>();
                batch.forEach(id -> missing.add(String.valueOf(id)));
                docs.forEach(d -> missing.remove(d.id()));
                pool.submit(() -> {
                    if (cleared) {
                        index.add(docs);
                    } else {
                        index.update(docs);
                        index.delete(missing);
                    }
                });
                indexed += docs.size();
                deleted += missing.size();
            }
            pool.finish();
            // the buffered segments are written by the pool's threads at once, not by the commit
            index.flushBuffers(pool);
        }
        return new int[] {indexed, deleted};
    }

    /**
     * Loads a batch with everything a {@link StudyDocument} reads: one query per collection
     * (fetching several bags in one query is what Hibernate refuses, and would multiply
     * rows), each filling the same managed studies.
     */
    static List<StudyDocument> load(Session session, List<Long> ids) {
        session.setDefaultReadOnly(true);
        List<Study> studies = fetch(session, "left join fetch s.journal", ids);
        if (!studies.isEmpty()) {
            fetch(session, "left join fetch s.authors", ids);
            fetch(session, "left join fetch s.terms", ids);
            fetch(session, "left join fetch s.outcomes", ids);
            fetch(session, "left join fetch s.findings", ids);
            fetch(session, "left join fetch s.coverage c left join fetch c.writeUp", ids);
        }
        return studies.stream().map(StudyDocuments::from).toList();
    }

    private static List<Study> fetch(Session session, String joins, List<Long> ids) {
        return session.createSelectionQuery("select s from Study s " + joins + " where s.id in :ids", Study.class)
                .setParameterList("ids", ids).getResultList();
    }
}
