package org.clinicite.importer.bibtex;

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
import org.clinicite.core.model.Study;

/**
 * The identifiers of an entry: {@code doi}, {@code pmid}, {@code pmcid}; biblatex
 * {@code eprint} with {@code eprinttype} {@code pubmed} / {@code pmc} /
 * {@code clinicaltrials}; and the {@code url} when it is a doi.org, PubMed, PMC or
 * ClinicalTrials.gov link. An invalid value is warned about and ignored.
 */
final class BibtexIdentifiers {
    private static final Pattern PUBMED_URL = Pattern.compile(
            "(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov|ncbi\\.nlm\\.nih\\.gov/pubmed)/(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMC_URL = Pattern.compile(
            "(?:ncbi\\.nlm\\.nih\\.gov/pmc/articles|pmc\\.ncbi\\.nlm\\.nih\\.gov/articles)/(PMC\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_URL = Pattern.compile("^https?://(?:dx\\.)?doi\\.org/", Pattern.CASE_INSENSITIVE);

    private BibtexIdentifiers() {
    }

    static void apply(BibtexFields f, Study s, Consumer<String> warn) {
        Optional<String> url = f.verbatim("url");
        field(f, "doi", Doi::parse, warn)
                .or(() -> url.filter(u -> DOI_URL.matcher(u).find()).flatMap(Doi::parse))
                .ifPresent(s::setDoi);
        field(f, "pmid", Pmid::parse, warn).or(() -> eprint(f, "pubmed", "pmid").flatMap(Pmid::parse))
                .or(() -> url.flatMap(u -> group(PUBMED_URL, u)).flatMap(Pmid::parse))
                .ifPresent(s::setPmid);
        field(f, "pmcid", Pmcid::parse, warn).or(() -> eprint(f, "pmc", "pmcid").flatMap(Pmcid::parse))
                .or(() -> url.flatMap(u -> group(PMC_URL, u)).flatMap(Pmcid::parse))
                .ifPresent(s::setPmcid);
        eprint(f, "clinicaltrials", "clinicaltrials.gov", "nct").flatMap(NctId::parse)
                .or(() -> url.filter(u -> u.toLowerCase(Locale.ROOT).contains("clinicaltrials.gov"))
                        .flatMap(NctId::findInText))
                .or(() -> reportNumber(f))
                .ifPresent(s::setNctId);
    }

    private static <T> Optional<T> field(BibtexFields f, String name, Function<String, Optional<T>> parser,
            Consumer<String> warn) {
        Optional<String> raw = f.verbatim(name);
        Optional<T> id = raw.flatMap(parser);
        if (raw.isPresent() && id.isEmpty()) {
            warn.accept(name + " '" + raw.get() + "' is not valid; ignored");
        }
        return id;
    }

    private static Optional<String> eprint(BibtexFields f, String... types) {
        String type = f.verbatim("eprinttype").or(() -> f.verbatim("archiveprefix")).orElse("")
                .toLowerCase(Locale.ROOT);
        for (String t : types) {
            if (t.equals(type)) {
                return f.verbatim("eprint");
            }
        }
        return Optional.empty();
    }

    /** A report whose number is an NCT number is a registry record. */
    private static Optional<NctId> reportNumber(BibtexFields f) {
        String type = f.type();
        if (!type.equals("report") && !type.equals("techreport")) {
            return Optional.empty();
        }
        return f.verbatim("number").flatMap(NctId::parse);
    }

    private static Optional<String> group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
