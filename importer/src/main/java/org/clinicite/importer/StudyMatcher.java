package org.clinicite.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.id.Identifier;
import org.clinicite.core.model.Study;

/**
 * Finds the stored study a record describes: by DOI, PMID or PMCID (normalised); a
 * registry record by its NCT number among registry records only (papers reporting the
 * trial carry the same NCT number and stay studies of their own, linked by it); else by normalised title + year + first author surname, where a side
 * that lacks the year or the author (a news stub) does not contradict.
 */
final class StudyMatcher {
    private StudyMatcher() {
    }

    static Optional<Study> find(StudyRepository repo, Study incoming) {
        List<Identifier> ids = Stream.of(incoming.getDoi(), incoming.getPmid(), incoming.getPmcid())
                .flatMap(Optional::stream).map(Identifier.class::cast).toList();
        for (Identifier id : ids) {
            Optional<Study> found = repo.findByIdentifier(id);
            if (found.isPresent()) {
                return found;
            }
        }
        if (ids.isEmpty() && incoming.getNctId().isPresent()) {
            // a registry record (or a write-up naming only the trial): the trial's own record,
            // never one of the papers that report the trial and carry its NCT number
            Optional<Study> registry = repo.findRegistryRecord(incoming.getNctId().get());
            if (registry.isPresent()) {
                return registry;
            }
        }
        if (incoming.getTitleKey() == null || incoming.getTitleKey().isBlank()) {
            return findUntitled(repo, incoming);
        }
        return repo.findByTitleKey(incoming.getTitleKey()).stream()
                .filter(s -> compatible(s.getPublished().year(), incoming.getPublished().year()))
                .filter(s -> compatible(s.getFirstAuthorKey(), incoming.getFirstAuthorKey()))
                .filter(s -> !conflictingIdentifiers(s, incoming))
                .findFirst();
    }

    /**
     * A news write-up that does not quote the study's title: the same study only if first
     * author, journal and sample size all agree (two write-ups of one trial do; a lone
     * surname in one journal does not suffice).
     */
    private static Optional<Study> findUntitled(StudyRepository repo, Study incoming) {
        if (incoming.getFirstAuthorKey() == null || incoming.getJournal() == null || incoming.sampleSize() == null) {
            return Optional.empty();
        }
        return repo.findByFirstAuthorAndJournal(incoming.getFirstAuthorKey(), incoming.getJournal().getTitleKey()).stream()
                .filter(s -> incoming.sampleSize().equals(s.sampleSize()))
                .filter(s -> compatible(s.getPublished().year(), incoming.getPublished().year()))
                .filter(s -> !conflictingIdentifiers(s, incoming))
                .findFirst();
    }

    private static boolean compatible(Object a, Object b) {
        return a == null || b == null || Objects.equals(a, b);
    }

    /** Two records with different DOIs are different studies even with one title (errata, reprints). */
    private static boolean conflictingIdentifiers(Study a, Study b) {
        return differ(a.getDoi(), b.getDoi()) || differ(a.getPmid(), b.getPmid()) || differ(a.getNctId(), b.getNctId());
    }

    private static <T> boolean differ(Optional<T> a, Optional<T> b) {
        return a.isPresent() && b.isPresent() && !a.equals(b);
    }
}
