package org.clinicite.importer;

import java.util.List;
import java.util.Optional;
import org.clinicite.core.model.Study;
import org.hibernate.Session;

/**
 * How one batch writes the studies it adds (records that matched no stored study), with
 * all their children: the one part of {@link RecordStore} that depends on the database.
 * Everything else of the batch (merges, journals, write-ups and their coverage, the change
 * log) stays on Hibernate's path, in the same transaction.
 *
 * <p>On PostgreSQL a batch without write-ups uses {@link BulkStudyWriter} (rows written
 * after the batch's flush with {@code COPY}: {@link RowLoader}). On H2, and for a batch with
 * a write-up (whose coverage links need the study as a managed entity), new studies are
 * persisted through Hibernate ({@link PersistingStudyWriter}).
 */
interface NewStudyWriter {
    /**
     * A study this batch adds, filled from its record: it gets its id now (results, the change
     * log and later records of the batch name it); later records of the batch may still merge
     * into it. Its rows are written by {@link #finish()} at the latest.
     */
    void add(Study study);

    /**
     * A later record of the batch changed a study {@link #add added} earlier in it. Hibernate's
     * path inserts such a study with its state at {@code persist} and updates it at the same
     * flush (version 1); a bulk writer writes the final state with that version.
     */
    void changedAfterAdd(Study study);

    /** Called after the session's flush (journals and every other Hibernate write are in): writes what is left. */
    void finish();

    /** The writer for one batch; {@code bulk} false keeps Hibernate's path on every database. */
    static NewStudyWriter forBatch(Session session, List<ParsedRecord> batch, boolean bulk) {
        if (bulk && batch.stream().allMatch(r -> r.writeUp() == null)) {
            Optional<RowLoader> loader = RowLoader.of(session);
            if (loader.isPresent()) {
                return new BulkStudyWriter(session, loader.get());
            }
        }
        return new PersistingStudyWriter(session);
    }
}
