package org.clinicite.core.db;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmcid;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Study;

/**
 * How users name a study, on the command line ({@code show}, {@code cite --ids}) and in the
 * API ({@code /api/studies/{id}}, {@code ids=}): its clinicite id (a number, as search gives
 * it), a DOI (with or without {@code doi:} / https://doi.org/), {@code pmid:NNN},
 * {@code PMC…} or {@code NCT…}. A bare number that is no clinicite id is tried as a PMID.
 * A reference that names no study becomes the caller's exception (a usage error on the
 * command line, a 404 in the API), with {@link #notFoundMessage}.
 */
public final class StudyRefs {
    private StudyRefs() {
    }

    public static Optional<Study> find(StudyRepository repo, String ref) {
        String r = ref.strip();
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.startsWith("pmid:")) {
            return Pmid.parse(r.substring(5)).flatMap(repo::findByIdentifier);
        }
        if (r.matches("\\d{1,18}")) {
            Optional<Study> byId = repo.find(Long.parseLong(r));
            return byId.isPresent() ? byId : Pmid.parse(r).flatMap(repo::findByIdentifier);
        }
        if (NctId.isValid(r)) {
            return repo.findByIdentifier(new NctId(r));
        }
        if (lower.startsWith("pmc")) {
            return Pmcid.parse(r).flatMap(repo::findByIdentifier);
        }
        return Doi.parse(r).flatMap(repo::findByIdentifier);
    }

    /** "no study 'x': give an id as search gives it, a DOI, pmid:NNN, PMC... or NCT...". */
    public static String notFoundMessage(String ref) {
        return "no study '" + ref + "': give an id as search gives it, a DOI, pmid:NNN, PMC... or NCT...";
    }

    /** The study {@code ref} names, else {@code notFound} applied to {@link #notFoundMessage} is thrown. */
    public static Study require(StudyRepository repo, String ref, Function<String, ? extends RuntimeException> notFound) {
        return find(repo, ref).orElseThrow(() -> notFound.apply(notFoundMessage(ref)));
    }

    /**
     * Runs {@code work} on the studies {@code refs} name, in order, inside one transaction, so
     * their outcomes, write-ups and links can be read.
     */
    public static <T> T withStudies(Database db, List<String> refs, Function<String, ? extends RuntimeException> notFound,
            Function<List<Study>, T> work) {
        return db.inTransaction(s -> {
            StudyRepository repo = new StudyRepository(s);
            List<Study> studies = new ArrayList<>(refs.size());
            for (String ref : refs) {
                studies.add(require(repo, ref, notFound));
            }
            return work.apply(studies);
        });
    }

    /** The studies {@code refs} name as CSL-JSON items, with the {@code clinicite} object when {@code full}. */
    public static List<JsonNode> items(Database db, List<String> refs, boolean full,
            Function<String, ? extends RuntimeException> notFound) {
        return withStudies(db, refs, notFound, studies -> {
            List<JsonNode> list = new ArrayList<>(studies.size());
            for (Study study : studies) {
                list.add(full ? StudyJson.full(study) : StudyJson.csl(study, String.valueOf(study.getId())));
            }
            return list;
        });
    }
}
