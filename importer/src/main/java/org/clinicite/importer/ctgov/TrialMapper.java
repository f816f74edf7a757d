package org.clinicite.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.clinicite.core.id.NctId;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.text.AbstractFacts;

/**
 * A {@link Trial} as a clinicite {@link Study}; the mapping table is in the package
 * documentation. Stateless apart from the vocabulary; thread-safe.
 */
final class TrialMapper {
    /** The publication type of every registry record. */
    static final String PUBLICATION_TYPE = "registry record";
    static final int MAX_TITLE = 4000;
    static final int MAX_MEASURE = 1000;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_SHORT = 255;

    private final Vocabulary vocabulary;
    private final InterventionTerms interventions;
    private final AbstractFacts facts;

    TrialMapper(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.interventions = new InterventionTerms(vocabulary);
        this.facts = new AbstractFacts(vocabulary);
    }

    /**
     * The study the trial describes; the trial's NCT number must be valid.
     *
     * @param warn receives doubts about single fields (a date or a count that cannot be read)
     */
    Study toStudy(Trial t, Consumer<String> warn) {
        Study s = new Study();
        s.setStatus(StudyStatus.VERIFIED);
        s.setPublicationType(PUBLICATION_TYPE);
        s.setNctId(new NctId(t.nctId()));
        s.setTitle(clip(Codes.first(t.officialTitle(), t.briefTitle()), MAX_TITLE));
        s.setAbstractText(Codes.first(t.briefSummary(), t.detailedDescription()));
        setPublished(s, t, warn);
        DesignMapping.apply(s, t.design(), warn);
        addConditions(s, t.conditions());
        interventions.addTo(s, t);
        addFreeTextTerms(s, t);
        for (Trial.PlannedOutcome o : t.plannedOutcomes()) {
            if (o.measure() != null) {
                s.addOutcome(planned(o));
            }
        }
        ResultOutcomes.apply(s, t.results());
        facts.addResults(s, s.getAbstractText());
        return s;
    }

    /** The date the record was first posted, else first submitted: a registry record's publication date. */
    private static void setPublished(Study s, Trial t, Consumer<String> warn) {
        String date = Codes.first(t.firstPosted(), t.firstSubmitted());
        if (date == null) {
            return;
        }
        RegistryDates.parse(date).ifPresentOrElse(s::setPublished,
                () -> warn.accept("first posted date '" + date + "' is not a date; ignored"));
    }

    private void addConditions(Study s, List<String> conditions) {
        for (String c : conditions) {
            vocabulary.lookup(TermKind.CONDITION, c).ifPresent(
                    term -> s.addTerm(new StudyTerm(TermKind.CONDITION, term.key(), term.name(), TermRole.STUDIED, null)));
        }
    }

    /**
     * Terms named in the titles, the brief summary, the conditions and the keywords
     * (each its own text, so no term is read across two list items). Substances only when
     * the record lists no interventions: where it does, they say what was given, and the
     * free text also names what was not ("Alcohol use" as a keyword of a trial of another
     * drug). A term the structured fields already gave, in whatever role, is not added
     * again: a comparator named in the summary stays only a comparator.
     */
    private void addFreeTextTerms(Study s, Trial t) {
        List<String> texts = new ArrayList<>(List.of(nullToEmpty(t.officialTitle()), nullToEmpty(t.briefTitle()),
                nullToEmpty(t.briefSummary())));
        texts.addAll(t.conditions());
        texts.addAll(t.keywords());
        Study found = new Study();
        facts.enrich(found, texts.toArray(String[]::new));
        for (StudyTerm term : found.getTerms()) {
            boolean known = s.getTerms().stream()
                    .anyMatch(x -> x.getKind() == term.getKind() && x.getTermKey().equals(term.getTermKey()));
            boolean given = term.getKind() == TermKind.SUBSTANCE && !t.interventions().isEmpty();
            if (!known && !given) {
                s.addTerm(new StudyTerm(term.getKind(), term.getTermKey(), term.getLabel(), term.getRole(), null));
            }
        }
    }

    private static Outcome planned(Trial.PlannedOutcome o) {
        Outcome out = new Outcome(clip(o.description(), MAX_DESCRIPTION), null, null, null,
                clip(o.timeFrame(), MAX_SHORT));
        out.setMeasure(clip(o.measure(), MAX_MEASURE));
        return out;
    }

    /** The text cut to the database column's length, with an ellipsis where it was cut. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1).stripTrailing() + "…";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
