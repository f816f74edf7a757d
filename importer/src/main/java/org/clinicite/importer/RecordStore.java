package org.clinicite.importer;

import java.time.Instant;
import java.util.Optional;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.LinkMethod;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.WriteUp;
import org.hibernate.Session;

/**
 * Stores one parsed record in the caller's transaction: finds the study it describes,
 * adds or merges it, stores the write-up and its coverage link, records provenance and
 * the change for the search index.
 */
final class RecordStore {
    /** Confidence of a link made because the write-up itself describes the study. */
    static final double EXTRACTED_CONFIDENCE = 0.9;

    private RecordStore() {
    }

    static RecordResult store(Session session, ParsedRecord record) {
        StudyRepository repo = new StudyRepository(session);
        Study incoming = record.study();
        Journal journal = resolveJournal(repo, session, incoming.getJournal());
        Optional<Study> existing = StudyMatcher.find(repo, incoming);
        Study study;
        ImportOutcome outcome;
        if (existing.isPresent()) {
            study = existing.get();
            boolean changed = StudyMerger.merge(study, incoming);
            if (study.getJournal() == null && journal != null) {
                study.setJournal(journal);
                changed = true;
            }
            outcome = changed ? ImportOutcome.MERGED : ImportOutcome.UNCHANGED;
        } else {
            // a fresh entity filled from the record: the parsed objects are never attached,
            // so a batch that is rolled back can be stored again record by record
            study = new Study();
            StudyMerger.merge(study, incoming);
            study.setJournal(journal);
            session.persist(study);
            outcome = ImportOutcome.ADDED;
        }
        if (!repo.hasProvenance(record.fingerprint())) {
            study.addProvenance(new Provenance(record.format(), record.source(), record.recordKey(),
                    record.fingerprint(), Instant.now()));
            if (outcome == ImportOutcome.UNCHANGED) {
                outcome = ImportOutcome.MERGED;
            }
        }
        Long writeUpId = null;
        if (record.writeUp() != null) {
            WriteUp w = storeWriteUp(repo, session, record.writeUp());
            boolean linked = link(session, w, study);
            if (linked && outcome == ImportOutcome.UNCHANGED) {
                outcome = ImportOutcome.MERGED;
            }
            writeUpId = w.getId();
        }
        if (outcome != ImportOutcome.UNCHANGED) {
            study.touch();
            session.flush();
            repo.recordChange(study);
        }
        return new RecordResult(record.source(), record.line(), outcome, study.getId(), writeUpId, study.getTitle(), null);
    }

    /** The stored journal of this title (completed with what the record adds), or a new one; never the record's object. */
    private static Journal resolveJournal(StudyRepository repo, Session session, Journal j) {
        if (j == null) {
            return null;
        }
        Optional<Journal> known = repo.findJournal(j.getTitleKey());
        Journal k;
        if (known.isPresent()) {
            k = known.get();
        } else {
            k = new Journal(j.getTitle());
            session.persist(k);
        }
        if (k.getIsoAbbreviation() == null) {
            k.setIsoAbbreviation(j.getIsoAbbreviation());
        }
        if (k.getIssn() == null) {
            k.setIssn(j.getIssn());
        }
        return k;
    }

    private static WriteUp storeWriteUp(StudyRepository repo, Session session, WriteUp w) {
        Optional<WriteUp> known = repo.findWriteUp(w.getFingerprint());
        if (known.isPresent()) {
            return known.get();
        }
        WriteUp copy = w.detachedCopy();
        session.persist(copy);
        return copy;
    }

    private static boolean link(Session session, WriteUp w, Study study) {
        boolean present = w.getCoverage().stream().anyMatch(c -> c.getStudy() == study
                || (c.getStudy().getId() != null && c.getStudy().getId().equals(study.getId())));
        if (present) {
            return false;
        }
        session.persist(Coverage.link(w, study, LinkMethod.EXTRACTED, EXTRACTED_CONFIDENCE));
        return true;
    }
}
