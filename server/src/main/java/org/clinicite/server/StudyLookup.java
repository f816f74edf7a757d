package org.clinicite.server;

import java.util.Locale;
import java.util.Optional;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmcid;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Study;

/**
 * How the API names a study: its clinicite id, a DOI, {@code pmid:NNN}, {@code PMC…} or
 * {@code NCT…}, as the command line does. (The same rules as cli's package-private
 * {@code StudyRef}; one of the two can go once it is public somewhere both can use.)
 */
final class StudyLookup {
    private StudyLookup() {
    }

    static Optional<Study> find(StudyRepository repo, String ref) {
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

    static Study require(StudyRepository repo, String ref) {
        return find(repo, ref).orElseThrow(() -> ApiException.notFound(
                "no study '" + ref + "': give an id as search returns it, a DOI, pmid:NNN, PMC... or NCT..."));
    }
}
