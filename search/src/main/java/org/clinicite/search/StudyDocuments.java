package org.clinicite.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.WriteUp;

/**
 * Builds the {@link StudyDocument} of a study. Reads the study's authors, terms,
 * outcomes, findings, journal and coverage (with each write-up): call it where those are
 * loaded, inside the session. Needs no vocabulary: the index stores term keys and
 * queries expand them, so a changed vocabulary needs no re-indexing.
 */
public final class StudyDocuments {
    private StudyDocuments() {
    }

    public static StudyDocument from(Study s) {
        if (s.getId() == null) {
            throw new IllegalArgumentException("the study has no id yet (not persisted)");
        }
        List<StudyTerm> substances = s.terms(TermKind.SUBSTANCE);
        List<StudyTerm> conditions = s.terms(TermKind.CONDITION);
        List<WriteUp> writeUps = s.getCoverage().stream().map(Coverage::getWriteUp).filter(Objects::nonNull)
                .distinct().toList();
        return new StudyDocument(
                String.valueOf(s.getId()),
                s.getTitle(),
                s.getAbstractText(),
                outcomeText(s.getOutcomes()),
                s.getFindings(),
                distinct(writeUps.stream().flatMap(w -> Stream.of(w.getHeadline(), w.getBody()))),
                s.getAuthors().stream().map(StudyDocuments::authorName).filter(Objects::nonNull).toList(),
                s.getJournal() == null ? null : s.getJournal().getTitle(),
                s.getJournal() == null ? null : s.getJournal().getIsoAbbreviation(),
                distinct(writeUps.stream().map(WriteUp::getOutlet)),
                s.getPublished().year(),
                s.sampleSize(),
                s.getDesign() == null ? null : s.getDesign().code(),
                Phases.normalize(s.getPhase()),
                keys(substances).keySet().stream().toList(),
                keys(substances).values().stream().toList(),
                keys(conditions).keySet().stream().toList(),
                keys(conditions).values().stream().toList(),
                s.getDoi().map(d -> d.value()).orElse(null),
                s.getPmid().map(p -> p.value()).orElse(null),
                s.getNctId().map(n -> n.value()).orElse(null),
                flags(s, writeUps),
                citation(s),
                distinct(s.getOutcomes().stream().map(Outcome::summaryLine)));
    }

    /** "Barone et al., 2019, Journal of Psychoactive Drugs"; "n.d." without a year. */
    public static String citation(Study s) {
        List<String> parts = new ArrayList<>();
        List<Authorship> authors = s.getAuthors();
        String first = authors.isEmpty() ? null : authorName(authors.get(0));
        if (first != null) {
            parts.add(authors.size() > 1 ? first + " et al." : first);
        }
        Integer year = s.getPublished().year();
        parts.add(year == null ? "n.d." : String.valueOf(year));
        if (s.getJournal() != null) {
            parts.add(s.getJournal().getTitle());
        }
        return String.join(", ", parts);
    }

    private static String authorName(Authorship a) {
        return a.getLiteral() != null ? a.getLiteral() : a.getFamily();
    }

    private static List<String> outcomeText(List<Outcome> outcomes) {
        return distinct(outcomes.stream().flatMap(o -> Stream.of(o.summaryLine(), o.getMeasure(), o.getThreshold(),
                o.getSourceSentence())));
    }

    /** Key → name, first occurrence wins (a term can appear with two roles). */
    private static Map<String, String> keys(List<StudyTerm> terms) {
        Map<String, String> out = new LinkedHashMap<>();
        terms.forEach(t -> out.putIfAbsent(t.getTermKey(), t.getLabel()));
        return out;
    }

    private static Set<String> flags(Study s, List<WriteUp> writeUps) {
        Set<String> has = new LinkedHashSet<>();
        if (!writeUps.isEmpty()) {
            has.add("news");
        }
        if (!s.getOutcomes().isEmpty()) {
            has.add("outcomes");
        }
        if (s.getOutcomes().stream().anyMatch(StudyDocuments::hasNumbers)) {
            has.add("results");
        }
        return has;
    }

    private static boolean hasNumbers(Outcome o) {
        return (o.getResponders() != null && o.getTotal() != null) || o.getEffectSize() != null
                || o.getPValue() != null;
    }

    private static List<String> distinct(Stream<String> values) {
        return values.filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
