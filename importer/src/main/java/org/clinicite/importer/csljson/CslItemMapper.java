package org.clinicite.importer.csljson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmcid;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.text.AbstractFacts;

/** Maps one CSL-JSON item (a tree) to a detached {@link Study}; doubtful values go to {@code warn}. */
final class CslItemMapper {
    private static final Pattern ISSN = Pattern.compile("(?<![\\d-])(\\d{4})-?(\\d{3}[\\dXx])(?![\\d-])");
    private static final Pattern PUBMED_URL = Pattern.compile(
            "(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov|ncbi\\.nlm\\.nih\\.gov/pubmed)/(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMC_URL = Pattern.compile(
            "(?:ncbi\\.nlm\\.nih\\.gov/pmc/articles|pmc\\.ncbi\\.nlm\\.nih\\.gov/articles)/(PMC\\d+)",
            Pattern.CASE_INSENSITIVE);
    private final AbstractFacts facts;
    private final CliniciteObject clinicite;

    CslItemMapper(Vocabulary vocabulary) {
        this.facts = new AbstractFacts(vocabulary);
        this.clinicite = new CliniciteObject(vocabulary);
    }

    Study map(JsonNode item, Consumer<String> warn) {
        JsonNode own = item.get("clinicite");
        boolean export = own != null && own.isObject();
        Study s = new Study();
        s.setStatus(StudyStatus.VERIFIED);
        String type = CslValues.text(item, "type").map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
        s.setPublicationType(CslTypes.publicationType(type));
        text(item, "title", export).ifPresent(s::setTitle);
        CslNames.authors(item.get("author")).forEach(s::addAuthor);
        s.setJournal(CslTypes.hasPeriodicalContainer(type) ? journal(item) : null);
        CslValues.text(item, "volume").ifPresent(s::setVolume);
        CslValues.text(item, "issue").ifPresent(s::setIssue);
        CslValues.text(item, "page").map(p -> export ? p : p.replaceAll("\\s*(?:-+|[\u2013\u2014])\\s*", "-"))
                .ifPresent(s::setPages);
        s.setPublished(CslDates.parse("issued", item.get("issued"), warn));
        text(item, "abstract", export).ifPresent(s::setAbstractText);
        identifiers(item, type, s, warn);
        if (export) {
            clinicite.apply(own, s, warn);
        } else {
            facts.enrich(s, texts(item, s));
            facts.addResults(s, s.getAbstractText());
        }
        return s;
    }

    /** Title and abstract: clinicite's own export as written, other sources without CSL markup. */
    private static Optional<String> text(JsonNode item, String field, boolean export) {
        return export ? CslValues.verbatim(item, field) : CslValues.plainText(item, field);
    }

    /** {@code container-title}, abbreviated by {@code container-title-short} (or {@code journalAbbreviation}). */
    static Journal journal(JsonNode item) {
        Optional<String> title = CslValues.plainText(item, "container-title");
        Optional<String> abbreviation = CslValues.text(item, "container-title-short")
                .or(() -> CslValues.text(item, "journalAbbreviation"));
        if (title.isEmpty() && abbreviation.isEmpty()) {
            return null;
        }
        Journal j = new Journal(title.orElseGet(abbreviation::get));
        abbreviation.filter(a -> !a.equals(j.getTitle())).ifPresent(j::setIsoAbbreviation);
        CslValues.text(item, "ISSN").flatMap(CslItemMapper::issn).ifPresent(j::setIssn);
        return j;
    }

    private static Optional<String> issn(String value) {
        Matcher m = ISSN.matcher(value);
        return m.find() ? Optional.of(m.group(1) + "-" + m.group(2).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * DOI, PMID, PMCID from their fields, else from a PubMed or PMC {@code URL}; the NCT
     * number from a ClinicalTrials.gov {@code URL} or the {@code number} of a report.
     */
    private static void identifiers(JsonNode item, String type, Study s, Consumer<String> warn) {
        Optional<String> url = CslValues.text(item, "URL");
        field(item, "DOI", Doi::parse, warn).ifPresent(s::setDoi);
        field(item, "PMID", Pmid::parse, warn).or(() -> url.flatMap(u -> group(PUBMED_URL, u)).flatMap(Pmid::parse))
                .ifPresent(s::setPmid);
        field(item, "PMCID", Pmcid::parse, warn).or(() -> url.flatMap(u -> group(PMC_URL, u)).flatMap(Pmcid::parse))
                .ifPresent(s::setPmcid);
        url.filter(u -> u.toLowerCase(Locale.ROOT).contains("clinicaltrials.gov")).flatMap(NctId::findInText)
                .or(() -> "report".equals(type) ? CslValues.text(item, "number").flatMap(NctId::parse) : Optional.empty())
                .ifPresent(s::setNctId);
    }

    private static <T> Optional<T> field(JsonNode item, String name, Function<String, Optional<T>> parser,
            Consumer<String> warn) {
        Optional<String> raw = CslValues.text(item, name);
        Optional<T> id = raw.flatMap(parser);
        if (raw.isPresent() && id.isEmpty()) {
            warn.accept(name + " '" + raw.get() + "' is not valid; ignored");
        }
        return id;
    }

    private static Optional<String> group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Title, abstract and keywords ({@code keyword}, comma- or semicolon-separated), for the vocabulary. */
    private static String[] texts(JsonNode item, Study s) {
        List<String> texts = new ArrayList<>();
        texts.add(s.getTitle());
        texts.add(s.getAbstractText());
        CslValues.text(item, "keyword").ifPresent(k -> texts.addAll(List.of(k.split("\\s*[,;]\\s*"))));
        return texts.toArray(String[]::new);
    }
}
