package org.clinicite.importer.ris;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.importer.text.AbstractFacts;

/** Maps one {@link RisRecord} to a detached {@link Study}; doubtful values go to {@code warn}. */
final class RisStudyMapper {
    private static final Pattern ISSN = Pattern.compile("(?<![\\d-])(\\d{4})-?(\\d{3}[\\dXx])(?![\\d-])");
    private static final String[] DATE_TAGS = {"PY", "Y1", "DA"};
    private final AbstractFacts facts;

    RisStudyMapper(AbstractFacts facts) {
        this.facts = facts;
    }

    Study map(RisRecord r, Consumer<String> warn) {
        Study s = new Study();
        s.setStatus(StudyStatus.VERIFIED);
        s.setPublicationType(RisTypes.publicationType(r.type()));
        r.first("TI", "T1", "CT").or(() -> RisTypes.isBook(r.type()) ? r.first("BT") : Optional.empty())
                .ifPresent(s::setTitle);
        r.all("AU", "A1").forEach(name -> s.addAuthor(Authorship.parse(name)));
        s.setJournal(journal(r));
        r.first("VL").ifPresent(s::setVolume);
        r.first("IS").ifPresent(s::setIssue);
        s.setPages(pages(r));
        s.setPublished(date(r, warn));
        String abstractText = r.first("AB", "N2").orElse(null);
        s.setAbstractText(abstractText);
        RisIdentifiers.apply(r, s, warn);
        List<String> texts = new ArrayList<>(List.of(s.getTitle() == null ? "" : s.getTitle(),
                abstractText == null ? "" : abstractText));
        texts.addAll(r.all("KW"));
        facts.enrich(s, texts.toArray(String[]::new));
        facts.addResults(s, abstractText);
        return s;
    }

    /**
     * The periodical: full title from {@code JF}, {@code T2} (for periodical types) or
     * {@code JO}; abbreviation from {@code JA}, {@code J2}, {@code J1}, or {@code JO} when
     * a full title is given elsewhere. An abbreviation alone names the journal.
     */
    static Journal journal(RisRecord r) {
        Optional<String> full = r.first("JF");
        if (full.isEmpty() && RisTypes.isPeriodical(r.type())) {
            full = r.first("T2");
        }
        if (full.isEmpty()) {
            full = r.first("JO");
        }
        String title = full.orElse(null);
        String abbreviation = r.first("JA", "J2", "J1")
                .or(() -> r.first("JO").filter(jo -> !jo.equals(title))).orElse(null);
        if (title == null && abbreviation == null) {
            return null;
        }
        Journal j = new Journal(title != null ? title : abbreviation);
        if (abbreviation != null && !abbreviation.equals(j.getTitle())) {
            j.setIsoAbbreviation(abbreviation);
        }
        issn(r).ifPresent(j::setIssn);
        return j;
    }

    /** The first ISSN among the {@code SN} values (which may also hold ISBNs). */
    static Optional<String> issn(RisRecord r) {
        for (String sn : r.all("SN")) {
            Matcher m = ISSN.matcher(sn);
            if (m.find()) {
                return Optional.of(m.group(1) + "-" + m.group(2).toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** {@code SP}-{@code EP}, or {@code SP} alone when it already holds a range ("1-22"). */
    static String pages(RisRecord r) {
        Optional<String> start = r.first("SP").map(RisStudyMapper::dashes);
        if (start.isEmpty()) {
            return null;
        }
        Optional<String> end = r.first("EP").map(RisStudyMapper::dashes);
        return start.get().contains("-") || end.isEmpty() ? start.get() : start.get() + "-" + end.get();
    }

    private static String dashes(String pages) {
        return pages.replaceAll("\\s*(?:-+|[\u2013\u2014])\\s*", "-").strip();
    }

    /**
     * The publication date: the first readable of {@code PY}, {@code Y1}, {@code DA},
     * completed by a later one of the same year that has more parts.
     */
    static PartialDate date(RisRecord r, Consumer<String> warn) {
        PartialDate best = null;
        for (String tag : DATE_TAGS) {
            Optional<String> value = r.first(tag).filter(v -> !RisDates.isBlank(v));
            if (value.isEmpty()) {
                continue;
            }
            Optional<PartialDate> d = RisDates.parse(value.get());
            if (d.isEmpty()) {
                warn.accept(tag + " '" + value.get() + "' is not a date (YYYY/MM/DD/); ignored");
            } else if (best == null || (d.get().year().equals(best.year())
                    && d.get().dateParts().length > best.dateParts().length)) {
                best = d.get();
            }
        }
        return best;
    }
}
