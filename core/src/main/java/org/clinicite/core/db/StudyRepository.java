package org.clinicite.core.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
        String field = switch (id.scheme()) {
            case "doi" -> "doi";
            case "pmid" -> "pmid";
            case "pmcid" -> "pmcid";
            case "nct" -> "nctId";
            default -> throw new IllegalArgumentException("unknown identifier " + id);
        };
        return session.createSelectionQuery("from Study where " + field + " = :id", Study.class)
                .setParameter("id", id).setMaxResults(1).uniqueResultOptional();
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
