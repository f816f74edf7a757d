package org.clinicite.core.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicite.core.id.Identifier;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.WriteUp;
import org.hibernate.Session;

/** Queries over studies, journals and write-ups within one session. */
public final class StudyRepository {
    private final Session session;

    public StudyRepository(Session session) {
        this.session = session;
    }

    public Optional<Study> find(long id) {
        return Optional.ofNullable(session.find(Study.class, id));
    }

    /** The study with this identifier, whatever its scheme. */
    public Optional<Study> findByIdentifier(Identifier id) {
        return session.createSelectionQuery("from Study where " + field(id.scheme()) + " = :id", Study.class)
                .setParameter("id", id).setMaxResults(1).uniqueResultOptional();
    }

    private static String field(String scheme) {
        return switch (scheme) {
            case "doi" -> "doi";
            case "pmid" -> "pmid";
            case "pmcid" -> "pmcid";
            case "nct" -> "nctId";
            default -> throw new IllegalArgumentException("unknown identifier scheme " + scheme);
        };
    }

    /**
     * The studies with any of these identifiers of one scheme: one query for a whole batch
     * of records (the importer's look-up before it matches the batch in memory).
     */
    public List<Study> findByIdentifiers(String scheme, Collection<? extends Identifier> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return session.createSelectionQuery("from Study where " + field(scheme) + " in :ids", Study.class)
                .setParameterList("ids", ids).getResultList();
    }

    /** The studies whose normalised title is any of these keys (one query for a batch). */
    public List<Study> findByTitleKeys(Collection<String> titleKeys) {
        if (titleKeys.isEmpty()) {
            return List.of();
        }
        return session.createSelectionQuery("from Study where titleKey in :k", Study.class)
                .setParameterList("k", titleKeys).getResultList();
    }

    /** The stored journals with any of these title keys (one query for a batch). */
    public List<Journal> findJournals(Collection<String> titleKeys) {
        if (titleKeys.isEmpty()) {
            return List.of();
        }
        return session.createSelectionQuery("from Journal where titleKey in :k", Journal.class)
                .setParameterList("k", titleKeys).getResultList();
    }

    /** Which of these record fingerprints some study's provenance holds already (one query for a batch). */
    public Set<String> knownFingerprints(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(session.createSelectionQuery(
                "select distinct p.fingerprint from Provenance p where p.fingerprint in :f", String.class)
                .setParameterList("f", fingerprints).getResultList());
    }

    /**
     * PostgreSQL: plan each query of this transaction for its parameters, and never with a
     * sequential scan. Once pgjdbc prepares a statement on the server (fifth use), PostgreSQL
     * may switch to a generic plan made while a table was small and not yet analysed; and a
     * table never analysed (autovacuum off, or a large import outrunning it) has no statistics,
     * so {@code title_key in (200 keys)} on a non-unique index was estimated at 12,000 rows and
     * read the whole table (80 ms at 100k studies, growing with the table, against 2 ms through
     * the index). The batch's look-ups are all by indexed keys, so a sequential scan is never
     * the right plan for them. No-op on other databases.
     */
    public void planEachQuery() {
        setPlanning("set local plan_cache_mode = force_custom_plan; set local enable_seqscan = off");
    }

    /**
     * Back to PostgreSQL's default planning for the rest of the transaction: the batch's
     * inserts are the same statements again and again, and planning each execution anew costs
     * the server more than the inserts themselves.
     */
    public void planAsUsual() {
        setPlanning("set local plan_cache_mode = auto; set local enable_seqscan to default");
    }

    private void setPlanning(String statements) {
        session.doWork(c -> {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                try (Statement st = c.createStatement()) {
                    st.execute(statements);
                }
            }
        });
    }

    /**
     * Studies whose normalised title equals this key, for merging by title + year +
     * first author (the caller compares year and author, which may be missing on one side).
     */
    public List<Study> findByTitleKey(String titleKey) {
        return session.createSelectionQuery("from Study where titleKey = :k", Study.class)
                .setParameter("k", titleKey).setMaxResults(20).getResultList();
    }

    /** The registry record of a trial: the study with this NCT number and no DOI, PMID, PMCID or journal. */
    public Optional<Study> findRegistryRecord(org.clinicite.core.id.NctId nct) {
        return session.createSelectionQuery("from Study s where s.nctId = :n and s.doi is null and s.pmid is null "
                + "and s.pmcid is null and s.journal is null order by s.id", Study.class)
                .setParameter("n", nct).setMaxResults(1).uniqueResultOptional();
    }

    /** Every study that carries this NCT number: the registry record and the papers that report the trial. */
    public List<Study> findByNctId(org.clinicite.core.id.NctId nct) {
        return session.createSelectionQuery("from Study s where s.nctId = :n order by s.id", Study.class)
                .setParameter("n", nct).getResultList();
    }

    /** Studies with this first author (name key) in this journal (title key): for untitled news stubs. */
    public List<Study> findByFirstAuthorAndJournal(String firstAuthorKey, String journalTitleKey) {
        return session.createSelectionQuery(
                "from Study s where s.firstAuthorKey = :a and s.journal.titleKey = :j", Study.class)
                .setParameter("a", firstAuthorKey).setParameter("j", journalTitleKey).setMaxResults(20).getResultList();
    }

    public Optional<Journal> findJournal(String titleKey) {
        return session.bySimpleNaturalId(Journal.class).loadOptional(titleKey);
    }

    public Optional<WriteUp> findWriteUp(String fingerprint) {
        return session.bySimpleNaturalId(WriteUp.class).loadOptional(fingerprint);
    }

    /** True when a record with this fingerprint has been merged into some study already. */
    public boolean hasProvenance(String fingerprint) {
        return !session.createSelectionQuery("select p.id from Provenance p where p.fingerprint = :f", Long.class)
                .setParameter("f", fingerprint).setMaxResults(1).getResultList().isEmpty();
    }

    /** Appends to the change log in the current transaction (the search index follows it). */
    public void recordChange(Study study) {
        recordChange(study.getId());
    }

    /**
     * Appends a change of this study id (also for a deleted study) with the next number
     * of the counter row; the row stays locked until commit, so numbers follow commit order.
     */
    public void recordChange(long studyId) {
        session.createNativeMutationQuery("update change_counter set seq = seq + 1 where id = 1").executeUpdate();
        Number seq = (Number) session.createNativeQuery("select seq from change_counter where id = 1", Long.class)
                .getSingleResult();
        session.createNativeMutationQuery("insert into change_log (seq, study_id, changed_at) values (:q, :s, :t)")
                .setParameter("q", seq.longValue()).setParameter("s", studyId).setParameter("t", Instant.now())
                .executeUpdate();
    }

    /**
     * Appends a change of each of these study ids with consecutive numbers: the counter row
     * advanced once for all of them (and locked until commit, so numbers follow commit
     * order), the rows inserted as one JDBC batch. The importer calls it once per batch.
     */
    public void recordChanges(Collection<Long> studyIds) {
        if (studyIds.isEmpty()) {
            return;
        }
        session.doWork(c -> {
            long last;
            try (PreparedStatement up = c.prepareStatement("update change_counter set seq = seq + ? where id = 1")) {
                up.setLong(1, studyIds.size());
                up.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement("select seq from change_counter where id = 1");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "insert into change_log (seq, study_id, changed_at) values (?, ?, ?)")) {
                long seq = last - studyIds.size();
                Timestamp now = Timestamp.from(Instant.now());
                for (Long id : studyIds) {
                    ins.setLong(1, ++seq);
                    ins.setLong(2, id);
                    ins.setTimestamp(3, now);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        });
    }

    public long countStudies() {
        return session.createSelectionQuery("select count(*) from Study", Long.class).getSingleResult();
    }

    public long countWriteUps() {
        return session.createSelectionQuery("select count(*) from WriteUp", Long.class).getSingleResult();
    }

    /** Every study id, in id order (for a full rebuild of the index). */
    public List<Long> allStudyIds() {
        return session.createSelectionQuery("select s.id from Study s order by s.id", Long.class).getResultList();
    }
}
