package org.clinicite.importer.pubmed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmcid;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.text.AbstractFacts;

/**
 * Turns a {@link MedlineRecord} into a verified {@link Study}: identifiers through their
 * value objects (an invalid one is a warning, not a failure), bibliographic fields as the
 * record states them, design from {@link StudyDesigns}, vocabulary terms from the MeSH
 * headings ({@link MeshTerms}) and from the title, abstract and keywords
 * ({@link AbstractFacts}). Shared by the XML and the MEDLINE text importers, so one
 * citation reads the same from either.
 */
final class MedlineStudyMapper {
    /** Column widths of the schema (core's V1 migration): a longer value would make the database refuse the record. */
    static final int SHORT_FIELD = 64;
    static final int NAME = 255;
    static final int LONG_TEXT = 4000;

    private final MeshTerms mesh;
    private final AbstractFacts facts;

    MedlineStudyMapper(Vocabulary vocabulary) {
        this.mesh = new MeshTerms(vocabulary);
        this.facts = new AbstractFacts(vocabulary);
    }

    /** The study the record describes; doubts are added to {@code rec.warnings}. */
    Study map(MedlineRecord rec) {
        Study s = new Study();
        s.setStatus(StudyStatus.VERIFIED);
        identifiers(s, rec);
        s.setTitle(blankToNull(rec.title));
        s.setAbstractText(rec.abstractText());
        rec.authors.forEach(a -> s.addAuthor(authorship(rec, a)));
        s.setJournal(journal(rec));
        s.setVolume(fit(rec, rec.volume, SHORT_FIELD, "volume"));
        s.setIssue(fit(rec, rec.issue, SHORT_FIELD, "issue"));
        s.setPages(fit(rec, rec.pages, SHORT_FIELD, "pages"));
        s.setPublished(date(rec));
        StudyDesigns.apply(s, rec);
        mesh.addTerms(s, rec);
        List<String> texts = new ArrayList<>();
        texts.add(s.getTitle());
        texts.add(s.getAbstractText());
        texts.addAll(rec.keywords);
        facts.enrich(s, texts.toArray(String[]::new));
        facts.addResults(s, s.getAbstractText());
        return s;
    }

    private static void identifiers(Study s, MedlineRecord rec) {
        s.setPmid(valid(rec, rec.pmid, "PMID", Pmid::parse));
        s.setPmcid(valid(rec, rec.pmcid, "PMCID", Pmcid::parse));
        s.setDoi(first(rec, rec.dois, "DOI", Doi::parse));
        s.setNctId(first(rec, rec.registryNumbers, "ClinicalTrials.gov number", NctId::parse));
    }

    /** The first valid identifier of a list; more than one distinct is a warning (a study holds one). */
    private static <T> T first(MedlineRecord rec, List<String> raw, String what, Function<String, Optional<T>> parse) {
        Set<T> ids = new LinkedHashSet<>();
        for (String r : raw) {
            Optional.ofNullable(valid(rec, r, what, parse)).ifPresent(ids::add);
        }
        T first = ids.isEmpty() ? null : ids.iterator().next();
        if (ids.size() > 1) {
            rec.warnings.add("several " + what + "s " + ids + "; kept " + first + " (a study holds one)");
        }
        return first;
    }

    /** The parsed identifier, or null with a warning when the text is not a valid one. */
    private static <T> T valid(MedlineRecord rec, String raw, String what, Function<String, Optional<T>> parse) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<T> id = parse.apply(raw.strip());
        if (id.isEmpty()) {
            rec.warnings.add("invalid " + what + " '" + raw.strip() + "' ignored");
        }
        return id.orElse(null);
    }

    private static Authorship authorship(MedlineRecord rec, MedlineRecord.Author a) {
        Authorship out = a.literal() != null ? Authorship.literal(a.literal())
                : new Authorship(a.family(), fit(rec, a.given(), NAME, "given name"));
        out.setAffiliation(fit(rec, a.affiliation(), LONG_TEXT, "affiliation"));
        return out;
    }

    private static Journal journal(MedlineRecord rec) {
        String title = rec.journalTitle != null ? rec.journalTitle : rec.isoAbbreviation;
        if (title == null || title.isBlank()) {
            return null;
        }
        Journal j = new Journal(title);
        j.setIsoAbbreviation(fit(rec, rec.isoAbbreviation, NAME, "journal abbreviation"));
        j.setIssn(blankToNull(rec.issn()));
        return j;
    }

    /** The publication date, else the electronic publication date, else none. */
    private static PartialDate date(MedlineRecord rec) {
        Optional<PartialDate> d = MedlineDates.parse(rec.publicationDate);
        if (d.isEmpty() && rec.publicationDate != null) {
            rec.warnings.add("publication date '" + rec.publicationDate + "' not understood");
        }
        return d.or(() -> MedlineDates.parse(rec.electronicDate)).orElse(null);
    }

    /** The value, or null with a warning when it is longer than its column. */
    private static String fit(MedlineRecord rec, String value, int max, String what) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            rec.warnings.add(what + " longer than " + max + " characters not stored: " + v.substring(0, 40) + "...");
            return null;
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
