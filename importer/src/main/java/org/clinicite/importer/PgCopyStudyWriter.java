package org.clinicite.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
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
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.entity.EntityPersister;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL: the batch's new studies and their children written with {@code COPY ... FROM
 * STDIN} (pgjdbc's {@link CopyManager}) on the session's connection, inside the batch's
 * transaction, after its flush: one {@code COPY} per table per batch, the rows as
 * {@link StudyRows} gives them. The studies never enter the persistence context.
 *
 * <p>Ids come from the entities' own Hibernate generators (the same sequence and the same
 * pooled optimizer, shared by every session of the factory), so they cannot collide with
 * the ids Hibernate hands out. A refused row fails the {@code COPY}, the batch rolls back and
 * is stored again record by record, as on Hibernate's path.
 */
final class PgCopyStudyWriter implements NewStudyWriter {
    private final SessionImplementor session;
    private final EntityPersister studies;
    private final Map<StudyRows.Table, IdentifierGenerator> childIds = new LinkedHashMap<>();
    private final List<Study> added = new ArrayList<>();
    /** Studies of {@link #added} changed later in the batch: version 1, as Hibernate's insert + update leaves them. */
    private final Set<Study> changed = Collections.newSetFromMap(new IdentityHashMap<>());

    PgCopyStudyWriter(Session session) {
        this.session = session.unwrap(SessionImplementor.class);
        MappingMetamodel model = this.session.getFactory().getMappingMetamodel();
        this.studies = model.getEntityDescriptor(Study.class);
        child(model, StudyRows.AUTHORSHIP, Authorship.class);
        child(model, StudyRows.STUDY_TERM, StudyTerm.class);
        child(model, StudyRows.OUTCOME, Outcome.class);
        child(model, StudyRows.PROVENANCE, Provenance.class);
    }

    private void child(MappingMetamodel model, StudyRows.Table table, Class<?> entity) {
        childIds.put(table, model.getEntityDescriptor(entity).getIdentifierGenerator());
    }

    static boolean supports(Session session) {
        return session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
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
        Map<StudyRows.Table, StringBuilder> text = new LinkedHashMap<>();
        StudyRows.TABLES.forEach(t -> text.put(t, new StringBuilder()));
        for (Study s : added) {
            StudyRows.emit(s, s.getId(), changed.contains(s) ? 1 : 0,
                    s.getJournal() == null ? null : s.getJournal().getId(), this::nextId,
                    (table, values) -> appendRow(text.get(table), values));
        }
        added.clear();
        changed.clear();
        session.doWork(c -> {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<StudyRows.Table, StringBuilder> e : text.entrySet()) {
                if (e.getValue().length() == 0) {
                    continue;
                }
                byte[] rows = e.getValue().toString().getBytes(StandardCharsets.UTF_8);
                try {
                    copy.copyIn("copy " + e.getKey().name() + " (" + e.getKey().columnList() + ") from stdin",
                            new ByteArrayInputStream(rows));
                } catch (IOException x) {
                    throw new SQLException("COPY " + e.getKey().name() + ": " + x.getMessage(), x);
                }
            }
        });
    }

    private long nextId(StudyRows.Table table) {
        return ((Number) childIds.get(table).generate(session, null)).longValue();
    }

    /** One row in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    static void appendRow(StringBuilder sb, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                sb.append("\\N");
            } else if (v instanceof String s) {
                appendText(sb, s);
            } else {
                sb.append(v); // numbers; Instant as ISO-8601 UTC, which timestamptz reads exactly
            }
        }
        sb.append('\n');
    }

    private static void appendText(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(ch);
            }
        }
    }
}
