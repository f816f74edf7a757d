package org.clinicite.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.id.Identifier;
import org.clinicite.core.id.NctId;
import org.clinicite.core.model.Study;

/**
 * Finds the stored study a record describes: by DOI, PMID or PMCID (normalised); a
 * registry record by its NCT number among registry records only (papers reporting the
 * trial carry the same NCT number and stay studies of their own, linked by it); else by
 * normalised title + year + first author surname, where a side that lacks the year or the
 * author (a news stub) does not contradict.
 *
 * <p>One matcher serves one batch (one transaction, flushed only at its end). It answers
 * from what the database held when the batch began ({@link #prefetch}: one {@code in}
 * query per key kind for the whole batch, or one query when a key was not prefetched) and
 * from the studies this batch stored or changed ({@link #remember}), which the database
 * does not show before the flush. Every candidate is checked against its current fields,
 * so a study changed in this batch is found by its new keys and not by its old ones.
 */
final class StudyMatcher {
    private static final Comparator<Study> BY_ID = Comparator.comparing(Study::getId,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final StudyRepository repo;
    /** Candidates by key ("doi:..", "pmid:..", "pmcid:..", "title:.."); may hold stale entries, checked on use. */
    private final Map<String, List<Study>> byKey = new HashMap<>();
    /** Keys whose stored studies are in {@link #byKey} already. */
    private final Set<String> fetched = new HashSet<>();
    /** The studies this batch stored or changed, for the rare look-ups that are not by key. */
    private final Map<Study, Boolean> batchStudies = new IdentityHashMap<>();

    StudyMatcher(StudyRepository repo) {
        this.repo = repo;
    }

    /** Loads the stored candidates of every record of a batch: one query per identifier scheme and one by title. */
    void prefetch(Collection<Study> incoming) {
        for (String scheme : List.of("doi", "pmid", "pmcid")) {
            List<Identifier> ids = incoming.stream().flatMap(s -> identifier(s, scheme).stream()).distinct().toList();
            repo.findByIdentifiers(scheme, ids).forEach(this::index);
            ids.forEach(id -> fetched.add(key(id)));
        }
        List<String> titles = incoming.stream().map(Study::getTitleKey).filter(t -> t != null && !t.isBlank())
                .distinct().toList();
        repo.findByTitleKeys(titles).forEach(this::index);
        titles.forEach(t -> fetched.add("title:" + t));
    }

    /** A study this batch has just stored or changed: later records of the batch find it by its current keys. */
    void remember(Study study) {
        batchStudies.put(study, Boolean.TRUE);
        index(study);
    }

    Optional<Study> find(Study incoming) {
        List<Identifier> ids = Stream.of(incoming.getDoi(), incoming.getPmid(), incoming.getPmcid())
                .flatMap(Optional::stream).map(Identifier.class::cast).toList();
        for (Identifier id : ids) {
            Optional<Study> found = candidates(key(id), () -> repo.findByIdentifier(id).stream().toList())
                    .filter(s -> identifier(s, id.scheme()).filter(id::equals).isPresent())
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        if (ids.isEmpty() && incoming.getNctId().isPresent()) {
            // a registry record (or a write-up naming only the trial): the trial's own record,
            // never one of the papers that report the trial and carry its NCT number
            NctId nct = incoming.getNctId().get();
            Optional<Study> registry = notByKey(repo.findByNctId(nct),
                    s -> nct.equals(s.getNctId().orElse(null)) && isRegistryRecord(s)).findFirst();
            if (registry.isPresent()) {
                return registry;
            }
        }
        if (incoming.getTitleKey() == null || incoming.getTitleKey().isBlank()) {
            return findUntitled(incoming);
        }
        String title = incoming.getTitleKey();
        return candidates("title:" + title, () -> repo.findByTitleKey(title))
                .filter(s -> title.equals(s.getTitleKey()))
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
    private Optional<Study> findUntitled(Study incoming) {
        if (incoming.getFirstAuthorKey() == null || incoming.getJournal() == null || incoming.sampleSize() == null) {
            return Optional.empty();
        }
        String journal = incoming.getJournal().getTitleKey();
        return notByKey(repo.findByFirstAuthorAndJournal(incoming.getFirstAuthorKey(), journal),
                s -> incoming.getFirstAuthorKey().equals(s.getFirstAuthorKey()) && s.getJournal() != null
                        && journal.equals(s.getJournal().getTitleKey()))
                .filter(s -> incoming.sampleSize().equals(s.sampleSize()))
                .filter(s -> compatible(s.getPublished().year(), incoming.getPublished().year()))
                .filter(s -> !conflictingIdentifiers(s, incoming))
                .findFirst();
    }

    /** The candidates under a key, in id order: fetched once from the database, with the batch's own. */
    private Stream<Study> candidates(String key, Supplier<List<Study>> query) {
        if (fetched.add(key)) {
            query.get().forEach(this::index);
        }
        List<Study> found = byKey.getOrDefault(key, List.of());
        return found.stream().distinct().sorted(BY_ID);
    }

    /** A look-up not by key: the database's answer and the batch's studies, each checked against its current fields. */
    private Stream<Study> notByKey(List<Study> stored, Predicate<Study> matches) {
        List<Study> all = new ArrayList<>(stored);
        all.addAll(batchStudies.keySet());
        return all.stream().distinct().filter(matches).sorted(BY_ID);
    }

    private static boolean isRegistryRecord(Study s) {
        return s.getDoi().isEmpty() && s.getPmid().isEmpty() && s.getPmcid().isEmpty() && s.getJournal() == null;
    }

    private void index(Study s) {
        for (String scheme : List.of("doi", "pmid", "pmcid")) {
            identifier(s, scheme).ifPresent(id -> add(key(id), s));
        }
        if (s.getTitleKey() != null && !s.getTitleKey().isBlank()) {
            add("title:" + s.getTitleKey(), s);
        }
    }

    private void add(String key, Study s) {
        List<Study> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.stream().noneMatch(x -> x == s)) {
            list.add(s);
        }
    }

    private static Optional<Identifier> identifier(Study s, String scheme) {
        Function<Study, Optional<? extends Identifier>> get = switch (scheme) {
            case "doi" -> Study::getDoi;
            case "pmid" -> Study::getPmid;
            case "pmcid" -> Study::getPmcid;
            default -> throw new IllegalArgumentException(scheme);
        };
        return get.apply(s).map(Identifier.class::cast);
    }

    private static String key(Identifier id) {
        return id.scheme() + ":" + id.value();
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
