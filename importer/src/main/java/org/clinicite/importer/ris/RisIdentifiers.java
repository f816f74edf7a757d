package org.clinicite.importer.ris;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmcid;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Study;

/**
 * The identifiers of a RIS record. RIS has a tag only for the DOI ({@code DO}); the
 * others come from where exporters put them: the accession number ({@code AN}, a PMID
 * when the database ({@code DB}/{@code DP}) is PubMed or MEDLINE, a PMCID when it reads
 * {@code PMC...}), PubMed's {@code 123[pmid]} / {@code PMC123[pmcid]} notes in custom
 * fields, and links (PubMed, PMC, doi.org and ClinicalTrials.gov URLs).
 */
final class RisIdentifiers {
    private static final String[] URL_TAGS = {"UR", "L1", "L2", "L3", "L4", "LK"};
    private static final String[] CUSTOM_TAGS = {"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8",
        "U1", "U2", "U3", "U4", "U5"};
    private static final Pattern MARKED_PMID = Pattern.compile("(\\d+)\\s*\\[pmid\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKED_PMCID = Pattern.compile("(PMC\\d+)\\s*\\[pmcid\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBMED_URL = Pattern.compile(
            "(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov|ncbi\\.nlm\\.nih\\.gov/pubmed)/(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMC_URL = Pattern.compile(
            "(?:ncbi\\.nlm\\.nih\\.gov/pmc/articles|pmc\\.ncbi\\.nlm\\.nih\\.gov/articles)/(PMC\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_URL = Pattern.compile("^https?://(?:dx\\.)?doi\\.org/", Pattern.CASE_INSENSITIVE);

    private RisIdentifiers() {
    }

    static void apply(RisRecord r, Study s, Consumer<String> warn) {
        doi(r, warn).ifPresent(s::setDoi);
        pmid(r, warn).ifPresent(s::setPmid);
        pmcid(r).ifPresent(s::setPmcid);
        nct(r).ifPresent(s::setNctId);
    }

    static Optional<Doi> doi(RisRecord r, Consumer<String> warn) {
        Optional<String> tagged = r.first("DO");
        if (tagged.isPresent()) {
            Optional<Doi> d = Doi.parse(tagged.get());
            if (d.isPresent()) {
                return d;
            }
            warn.accept("DO '" + tagged.get() + "' is not a DOI; ignored");
        }
        for (String v : r.all("M3", "N1")) {
            if (v.toLowerCase(Locale.ROOT).startsWith("doi:") && Doi.isValid(v)) {
                return Doi.parse(v);
            }
        }
        return r.all(URL_TAGS).stream().filter(u -> DOI_URL.matcher(u).find()).map(Doi::parse)
                .flatMap(Optional::stream).findFirst();
    }

    static Optional<Pmid> pmid(RisRecord r, Consumer<String> warn) {
        Optional<String> an = r.first("AN");
        if (an.isPresent() && isPubMed(r)) {
            Optional<Pmid> p = Pmid.parse(an.get());
            if (p.isPresent()) {
                return p;
            }
            warn.accept("AN '" + an.get() + "' of a PubMed record is not a PMID; ignored");
        }
        return firstMatch(r, CUSTOM_TAGS, MARKED_PMID).or(() -> firstMatch(r, URL_TAGS, PUBMED_URL))
                .flatMap(Pmid::parse);
    }

    static Optional<Pmcid> pmcid(RisRecord r) {
        Optional<String> an = r.first("AN").filter(v -> v.toUpperCase(Locale.ROOT).matches("PMC\\d+"));
        return an.or(() -> firstMatch(r, CUSTOM_TAGS, MARKED_PMCID))
                .or(() -> r.all(CUSTOM_TAGS).stream().filter(v -> v.toUpperCase(Locale.ROOT).matches("PMC\\d+")).findFirst())
                .or(() -> firstMatch(r, URL_TAGS, PMC_URL))
                .flatMap(Pmcid::parse);
    }

    static Optional<NctId> nct(RisRecord r) {
        Optional<String> exact = r.first("AN").filter(NctId::isValid)
                .or(() -> r.all(CUSTOM_TAGS).stream().filter(NctId::isValid).findFirst());
        if (exact.isPresent()) {
            return NctId.parse(exact.get());
        }
        return r.all(URL_TAGS).stream().filter(u -> u.toLowerCase(Locale.ROOT).contains("clinicaltrials.gov"))
                .map(NctId::findInText).flatMap(Optional::stream).findFirst();
    }

    private static boolean isPubMed(RisRecord r) {
        String db = String.join(" ", r.all("DB", "DP")).toLowerCase(Locale.ROOT);
        return db.contains("pubmed") || db.contains("medline");
    }

    private static Optional<String> firstMatch(RisRecord r, String[] tags, Pattern p) {
        for (String v : r.all(tags)) {
            Matcher m = p.matcher(v);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
