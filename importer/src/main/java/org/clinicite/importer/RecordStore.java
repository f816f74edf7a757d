package org.clinicite.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.LinkMethod;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.WriteUp;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Stores a batch of parsed records in the caller's transaction: for each record, finds the
 * study it describes, adds or merges it, stores the write-up and its coverage link and
 * records provenance; then the change of every added or changed study for the search index.
 *
 * <p>The session flushes once, at the end of the batch (flush mode {@code COMMIT}, Hibernate
 * sending the inserts as JDBC batches): nothing is written while records are matched, so
 * matching a record against the studies stored earlier in the same batch is done in memory
 * ({@link StudyMatcher}). Stored candidates, journals and provenance fingerprints are looked
 * up with one query per kind for the whole batch; the change log is advanced once per batch.
 * New studies go to the batch's {@link NewStudyWriter} (on PostgreSQL written with
 * {@code COPY} after the flush, outside the persistence context).
 */
final class RecordStore {
    /** Confidence of a link made because the write-up itself describes the study. */
    static final double EXTRACTED_CONFIDENCE = 0.9;

    private final Session session;
    private final StudyRepository repo;
    private final StudyMatcher matcher;
    private final NewStudyWriter newStudies;
    private final Map<String, Journal> journals = new HashMap<>();
    /** Journal title keys of the batch, looked up at its start (a key not found then is a new journal). */
    private final Set<String> journalKeys;
    private final Map<String, WriteUp> writeUps = new HashMap<>();
    private final Set<String> fingerprints;
    /** Ids of the studies this batch added or changed, for the change log. */
    private final Set<Long> changed = new LinkedHashSet<>();
    /** The studies this batch added (matched no stored study). */
    private final Set<Study> added = Collections.newSetFromMap(new IdentityHashMap<>());

    private RecordStore(Session session, List<ParsedRecord> batch, boolean bulk) {
        this.session = session;
        this.repo = new StudyRepository(session);
        this.matcher = new StudyMatcher(repo);
        this.newStudies = NewStudyWriter.forBatch(session, batch, bulk);
        List<Study> studies = batch.stream().map(ParsedRecord::study).toList();
        matcher.prefetch(studies);
        this.journalKeys = new HashSet<>(studies.stream().map(Study::getJournal).filter(j -> j != null)
                .map(Journal::getTitleKey).toList());
        repo.findJournals(List.copyOf(journalKeys)).forEach(j -> journals.put(j.getTitleKey(), j));
        this.fingerprints = new HashSet<>(repo.knownFingerprints(
                batch.stream().map(ParsedRecord::fingerprint).distinct().toList()));
    }

    /**
     * Stores the records in the caller's transaction and returns one result per record, in
     * order. Throws (and the caller rolls back) if the database refuses any of them.
     */
    static List<RecordResult> store(Session session, List<ParsedRecord> batch) {
        return store(session, batch, true);
    }

    /** As {@link #store(Session, List)}; {@code bulk} false writes new studies through Hibernate on every database. */
    static List<RecordResult> store(Session session, List<ParsedRecord> batch, boolean bulk) {
        session.setHibernateFlushMode(FlushMode.COMMIT);
        new StudyRepository(session).planEachQuery();
        RecordStore store = new RecordStore(session, batch, bulk);
        List<RecordResult> results = new ArrayList<>(batch.size());
        for (ParsedRecord r : batch) {
            results.add(store.storeOne(r));
        }
        store.repo.planAsUsual();
        session.flush();
        store.newStudies.finish();
        store.repo.recordChanges(store.changed);
        return results;
    }

    private RecordResult storeOne(ParsedRecord record) {
        Study incoming = record.study();
        Journal journal = resolveJournal(incoming.getJournal());
        Optional<Study> existing = matcher.find(incoming);
        Study study;
        ImportOutcome outcome;
        if (existing.isPresent()) {
            study = existing.get();
            boolean changedFields = StudyMerger.merge(study, incoming);
            if (study.getJournal() == null && journal != null) {
                study.setJournal(journal);
                changedFields = true;
            }
            outcome = changedFields ? ImportOutcome.MERGED : ImportOutcome.UNCHANGED;
        } else {
            // a fresh entity filled from the record: the parsed objects are never attached,
            // so a batch that is rolled back can be stored again record by record
            study = new Study();
            StudyMerger.merge(study, incoming);
            study.setJournal(journal);
            newStudies.add(study);
            added.add(study);
            outcome = ImportOutcome.ADDED;
        }
        if (fingerprints.add(record.fingerprint())) {
            study.addProvenance(new Provenance(record.format(), record.source(), record.recordKey(),
                    record.fingerprint(), Instant.now()));
            if (outcome == ImportOutcome.UNCHANGED) {
                outcome = ImportOutcome.MERGED;
            }
        }
        Long writeUpId = null;
        if (record.writeUp() != null) {
            WriteUp w = storeWriteUp(record.writeUp());
            boolean linked = link(w, study);
            if (linked && outcome == ImportOutcome.UNCHANGED) {
                outcome = ImportOutcome.MERGED;
            }
            writeUpId = w.getId();
        }
        if (outcome != ImportOutcome.UNCHANGED) {
            if (outcome == ImportOutcome.MERGED) {
                study.touch(); // a new study was created just now
                if (added.contains(study)) {
                    newStudies.changedAfterAdd(study);
                }
            }
            matcher.remember(study);
            changed.add(study.getId());
        }
        return new RecordResult(record.source(), record.line(), outcome, study.getId(), writeUpId, study.getTitle(), null);
    }

    /** The stored journal of this title (completed with what the record adds), or a new one; never the record's object. */
    private Journal resolveJournal(Journal j) {
        if (j == null) {
            return null;
        }
        Journal k = journals.computeIfAbsent(j.getTitleKey(), key -> (journalKeys.contains(key) ? Optional.<Journal>empty() : repo.findJournal(key)).orElseGet(() -> {
            Journal n = new Journal(j.getTitle());
            session.persist(n);
            return n;
        }));
        if (k.getIsoAbbreviation() == null && j.getIsoAbbreviation() != null) {
            k.setIsoAbbreviation(j.getIsoAbbreviation());
        }
        if (k.getIssn() == null && j.getIssn() != null) {
            k.setIssn(j.getIssn());
        }
        return k;
    }

    private WriteUp storeWriteUp(WriteUp w) {
        return writeUps.computeIfAbsent(w.getFingerprint(), f -> repo.findWriteUp(f).orElseGet(() -> {
            WriteUp copy = w.detachedCopy();
            session.persist(copy);
            return copy;
        }));
    }

    private boolean link(WriteUp w, Study study) {
        boolean present = w.getCoverage().stream().anyMatch(c -> c.getStudy() == study
                || (c.getStudy().getId() != null && c.getStudy().getId().equals(study.getId())));
        if (present) {
            return false;
        }
        session.persist(Coverage.link(w, study, LinkMethod.EXTRACTED, EXTRACTED_CONFIDENCE));
        return true;
    }
}
