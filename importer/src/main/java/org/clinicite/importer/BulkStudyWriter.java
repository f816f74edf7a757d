package org.clinicite.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The batch's new studies and their children written as plain rows ({@link StudyRows}) on
 * the session's connection, inside the batch's transaction, after its flush: per table one
 * {@link RowLoader} call for the whole batch ({@code COPY} on PostgreSQL). The studies never
 * enter the persistence context.
 *
 * <p>A study's id comes from its entity's Hibernate generator (the same sequence and the
 * same pooled optimizer, shared by every session of the factory) when it is added; child ids
 * come per table in blocks ({@link ChildIds}), so they cannot collide with the ids Hibernate
 * hands out either. A refused row fails the load, the batch rolls back and is stored again
 * record by record, as on Hibernate's path.
 */
final class BulkStudyWriter implements NewStudyWriter {
    private final SessionImplementor session;
    private final RowLoader loader;
    private final EntityPersister studies;
    private final Map<StudyRows.Table, ChildIds> childIds = new LinkedHashMap<>();
    private final List<Study> added = new ArrayList<>();
    /** Studies of {@link #added} changed later in the batch: version 1, as Hibernate's insert + update leaves them. */
    private final Set<Study> changed = Collections.newSetFromMap(new IdentityHashMap<>());

    BulkStudyWriter(Session session, RowLoader loader) {
        this.session = session.unwrap(SessionImplementor.class);
        this.loader = loader;
        MappingMetamodel model = this.session.getFactory().getMappingMetamodel();
        this.studies = model.getEntityDescriptor(Study.class);
        childIds.put(StudyRows.AUTHORSHIP, new ChildIds(model.getEntityDescriptor(Authorship.class),
                s -> s.getAuthors().size()));
        childIds.put(StudyRows.STUDY_TERM, new ChildIds(model.getEntityDescriptor(StudyTerm.class),
                s -> s.getTerms().size()));
        childIds.put(StudyRows.OUTCOME, new ChildIds(model.getEntityDescriptor(Outcome.class),
                s -> s.getOutcomes().size()));
        childIds.put(StudyRows.PROVENANCE, new ChildIds(model.getEntityDescriptor(Provenance.class),
                s -> s.getProvenance().size()));
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
        for (ChildIds ids : childIds.values()) {
            ids.prime(added.stream().mapToInt(ids.perStudy).sum());
        }
        session.doWork(c -> {
            for (ChildIds ids : childIds.values()) {
                ids.draw(c);
            }
        });
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
        return childIds.get(table).next();
    }

    /**
     * The ids of one child table for this batch. With Hibernate's pooled optimizer (the
     * mapping's: a sequence that steps by the allocation size, a value {@code v} standing for
     * the ids {@code v - size + 1 .. v}) the batch first takes what is left of the optimizer's
     * current block from the generator (in memory), then draws the further sequence values it
     * needs in one round trip and reads them the same way. So its ids and Hibernate's are
     * disjoint, and ids still grow in the order rows are written, as {@code @OrderBy("id")}
     * of terms and provenance expects: the optimizer's next block comes from a later value.
     * With any other generator, every id comes from the generator.
     */
    private final class ChildIds {
        /** How many rows of this table a study has. */
        private final ToIntFunction<Study> perStudy;
        private final IdentifierGenerator generator;
        private final PooledOptimizer optimizer;
        private final String sequence;
        private final int size;
        /** Ids taken from the generator for this batch, used first. */
        private final ArrayDeque<Long> fromGenerator = new ArrayDeque<>();
        /** Sequence values still to draw for this batch. */
        private int toDraw;
        private long[] values = new long[0];
        private int valueIndex;
        /** The current drawn block: ids {@code next .. end}, empty when {@code next > end}. */
        private long next = 1;
        private long end;

        ChildIds(EntityPersister persister, ToIntFunction<Study> perStudy) {
            this.perStudy = perStudy;
            this.generator = persister.getIdentifierGenerator();
            if (generator instanceof SequenceStyleGenerator g && g.getOptimizer() instanceof PooledOptimizer o
                    && o.getIncrementSize() > 1) {
                this.optimizer = o;
                this.sequence = g.getDatabaseStructure().getPhysicalName().render();
                this.size = o.getIncrementSize();
            } else {
                this.optimizer = null;
                this.sequence = null;
                this.size = 1;
            }
        }

        /** Before {@link #draw}: {@code count} ids are needed; takes the rest of the optimizer's block. */
        void prime(int count) {
            fromGenerator.clear();
            toDraw = 0;
            next = 1;
            end = 0;
            if (optimizer == null || count == 0) {
                return;
            }
            while (fromGenerator.size() < count) {
                long id = generated();
                fromGenerator.add(id);
                if (id >= optimizer.getLastSourceValue().makeValue().longValue()) {
                    break; // the optimizer's block is used up: its next id comes from a later value
                }
            }
            long missing = count - fromGenerator.size();
            toDraw = (int) ((missing + size - 1) / size);
        }

        /** Draws the sequence values {@link #prime} found missing, in one round trip. */
        void draw(Connection c) throws SQLException {
            values = toDraw == 0 ? new long[0] : loader.nextValues(c, sequence, toDraw);
            valueIndex = 0;
        }

        long next() {
            if (optimizer == null) {
                return generated();
            }
            if (!fromGenerator.isEmpty()) {
                return fromGenerator.poll();
            }
            if (next > end) {
                if (valueIndex >= values.length) {
                    throw new IllegalStateException("no id reserved for " + sequence);
                }
                end = values[valueIndex++];
                next = end - size + 1;
            }
            return next++;
        }

        private long generated() {
            return ((Number) generator.generate(session, null)).longValue();
        }
    }
}
