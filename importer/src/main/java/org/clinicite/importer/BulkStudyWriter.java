package org.clinicite.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The batch's new studies and their children written as plain rows ({@link StudyRows}) on
 * the session's connection, inside the batch's transaction, after its flush: per table one
 * {@link RowLoader} call for the whole batch ({@code COPY} on PostgreSQL). The studies never
 * enter the persistence context.
 *
 * <p>Ids come from the entities' own Hibernate generators (the same sequence and the same
 * pooled optimizer, shared by every session of the factory), so they cannot collide with
 * the ids Hibernate hands out. A refused row fails the load, the batch rolls back and is
 * stored again record by record, as on Hibernate's path.
 */
final class BulkStudyWriter implements NewStudyWriter {
    private final SessionImplementor session;
    private final RowLoader loader;
    private final EntityPersister studies;
    private final Map<StudyRows.Table, IdentifierGenerator> childIds = new LinkedHashMap<>();
    private final List<Study> added = new ArrayList<>();
    /** Studies of {@link #added} changed later in the batch: version 1, as Hibernate's insert + update leaves them. */
    private final Set<Study> changed = Collections.newSetFromMap(new IdentityHashMap<>());

    BulkStudyWriter(Session session, RowLoader loader) {
        this.session = session.unwrap(SessionImplementor.class);
        this.loader = loader;
        MappingMetamodel model = this.session.getFactory().getMappingMetamodel();
        this.studies = model.getEntityDescriptor(Study.class);
        childIds.put(StudyRows.AUTHORSHIP, model.getEntityDescriptor(Authorship.class).getIdentifierGenerator());
        childIds.put(StudyRows.STUDY_TERM, model.getEntityDescriptor(StudyTerm.class).getIdentifierGenerator());
        childIds.put(StudyRows.OUTCOME, model.getEntityDescriptor(Outcome.class).getIdentifierGenerator());
        childIds.put(StudyRows.PROVENANCE, model.getEntityDescriptor(Provenance.class).getIdentifierGenerator());
    }

    @Override
    public void add(Study study) {
        Object id = studies.getIdentifierGenerator().generate(session, study);
        studies.setIdentifier(study, id, session);
        added.add(study);
    }

    @Override
    public void changedAfterAdd(Study study) {
        changed.add(study);
    }

    @Override
    public void finish() {
        if (added.isEmpty()) {
            return;
        }
        Map<StudyRows.Table, List<Object[]>> rows = new LinkedHashMap<>();
        StudyRows.TABLES.forEach(t -> rows.put(t, new ArrayList<>()));
        for (Study s : added) {
            StudyRows.emit(s, s.getId(), changed.contains(s) ? 1 : 0,
                    s.getJournal() == null ? null : s.getJournal().getId(), this::nextId,
                    (table, values) -> rows.get(table).add(values));
        }
        added.clear();
        changed.clear();
        session.doWork(c -> {
            for (Map.Entry<StudyRows.Table, List<Object[]>> e : rows.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    loader.load(c, e.getKey(), e.getValue());
                }
            }
        });
    }

    private long nextId(StudyRows.Table table) {
        return ((Number) childIds.get(table).generate(session, null)).longValue();
    }
}
