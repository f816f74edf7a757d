package org.clinicite.importer;

import java.util.List;
import org.clinicite.core.model.Study;
import org.hibernate.Session;

/**
 * How one batch writes the studies it adds (records that matched no stored study), with
 * all their children: the one part of {@link RecordStore} that depends on the database.
 * Everything else of the batch (merges, journals, write-ups and their coverage, the change
 * log) stays on Hibernate's path, in the same transaction.
 *
 * <p>On PostgreSQL a batch without write-ups uses {@link PgCopyStudyWriter} ({@code COPY}
 * after the batch's flush); otherwise, and on H2, {@link PersistingStudyWriter}
 * ({@code session.persist}). A batch with a write-up keeps Hibernate's path because its
 * coverage links need the study as a managed entity.
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
        if (bulk && PgCopyStudyWriter.supports(session) && batch.stream().allMatch(r -> r.writeUp() == null)) {
            return new PgCopyStudyWriter(session);
        }
        return new PersistingStudyWriter(session);
    }
}
