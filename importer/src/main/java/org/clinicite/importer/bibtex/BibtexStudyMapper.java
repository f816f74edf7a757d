package org.clinicite.importer.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.importer.text.AbstractFacts;

/** Maps one parsed entry to a detached {@link Study}; doubtful values go to {@code warn}. */
final class BibtexStudyMapper {
    private static final Pattern ISSN = Pattern.compile("(?<![\\d-])(\\d{4})-?(\\d{3}[\\dXx])(?![\\d-])");
    private final AbstractFacts facts;

    BibtexStudyMapper(AbstractFacts facts) {
        this.facts = facts;
    }

    Study map(BibtexFields f, Consumer<String> warn) {
        Study s = new Study();
        s.setStatus(StudyStatus.VERIFIED);
        s.setPublicationType(BibtexTypes.publicationType(f.type()));
        s.setTitle(title(f));
        String authors = f.latex("author");
        if (authors != null) {
            BibtexNames.parse(authors).forEach(s::addAuthor);
        }
        s.setJournal(journal(f));
        f.text("volume").ifPresent(s::setVolume);
        if (s.getJournal() != null || BibtexTypes.JOURNAL_ARTICLE.equals(s.getPublicationType())) {
            f.text("number", "issue").ifPresent(s::setIssue);
        }
        f.text("pages").map(p -> p.replaceAll("\\s*(?:-+|[\u2013\u2014])\\s*", "-")).ifPresent(s::setPages);
        s.setPublished(date(f, warn));
        String abstractText = f.text("abstract").orElse(null);
        s.setAbstractText(abstractText);
        BibtexIdentifiers.apply(f, s, warn);
        List<String> texts = new ArrayList<>();
        texts.add(s.getTitle());
        texts.add(abstractText);
        f.text("keywords").ifPresent(k -> texts.addAll(List.of(k.split("\\s*[,;]\\s*"))));
        facts.enrich(s, texts.toArray(String[]::new));
        facts.addResults(s, abstractText);
        return s;
    }

    /** {@code title}, with a biblatex {@code subtitle} after a colon. */
    static String title(BibtexFields f) {
        Optional<String> title = f.text("title");
        Optional<String> subtitle = f.text("subtitle");
        if (title.isEmpty() || subtitle.isEmpty()) {
            return title.orElse(null);
        }
        String t = title.get();
        return t + (t.matches(".*[?!:.]$") ? " " : ": ") + subtitle.get();
    }

    /**
     * The journal: {@code journal} or biblatex {@code journaltitle}, abbreviated by
     * {@code shortjournal} / {@code journalabbrev}, with the first ISSN of {@code issn}.
     */
    static Journal journal(BibtexFields f) {
        Optional<String> title = f.text("journal", "journaltitle");
        Optional<String> abbreviation = f.text("shortjournal", "journalabbrev", "journal-abbrev");
        if (title.isEmpty() && abbreviation.isEmpty()) {
            return null;
        }
        Journal j = new Journal(title.orElse(abbreviation.orElse(null)));
        abbreviation.filter(a -> !a.equals(j.getTitle())).ifPresent(j::setIsoAbbreviation);
        f.verbatim("issn").flatMap(BibtexStudyMapper::issn).ifPresent(j::setIssn);
        return j;
    }

    /** The first ISSN in the field ("1234-5678", "1234-5678, 8765-4321"), hyphenated. */
    private static Optional<String> issn(String value) {
        Matcher m = ISSN.matcher(value);
        return m.find() ? Optional.of(m.group(1) + "-" + m.group(2).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private static PartialDate date(BibtexFields f, Consumer<String> warn) {
        return BibtexDates.of(f.verbatim("date").orElse(null), f.text("year").orElse(null),
                f.text("month").orElse(null), f.text("day").orElse(null), warn);
    }
}
