package org.clinicite.importer;

import org.clinicite.core.model.Study;
import org.hibernate.Session;

/** Hibernate's path: a new study is persisted (its id assigned now) and inserted at the batch's flush. */
final class PersistingStudyWriter implements NewStudyWriter {
    private final Session session;

    PersistingStudyWriter(Session session) {
        this.session = session;
    }

    @Override
    public void add(Study study) {
        session.persist(study);
    }

    @Override
    public void changedAfterAdd(Study study) {
        // the flush writes the update
    }

    @Override
    public void finish() {
        // the flush wrote everything
    }
}
