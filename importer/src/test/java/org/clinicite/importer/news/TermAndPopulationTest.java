package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vocabulary terms (with a small vocabulary of our own) and population phrases. */
class TermAndPopulationTest {
    private final TermFinder finder = new TermFinder(TestVocabulary.small());

    private List<StudyTerm> find(List<String> key, List<String> study, List<String> other) {
        return finder.find(key, study, other);
    }

    @Test
    void qualifierRightBeforeAConditionIsKept() {
        List<StudyTerm> t = find(List.of(), List.of("The trial treated chronic, treatment-resistant PTSD with MDMA."),
                List.of());
        StudyTerm ptsd = t.stream().filter(x -> x.getKind() == TermKind.CONDITION).findFirst().orElseThrow();
        assertEquals("ptsd", ptsd.getTermKey());
        assertEquals(TermRole.STUDIED, ptsd.getRole());
        assertEquals("treatment-resistant", ptsd.getQualifier());
    }

    @Test
    void substanceAfterVersusIsTheComparator() {
        List<StudyTerm> t = find(List.of("Psilocybin versus escitalopram for depression"),
                List.of("The trial compared psilocybin with escitalopram, a common antidepressant."), List.of());
        assertEquals(List.of("psilocybin:INTERVENTION", "escitalopram:COMPARATOR", "depression:STUDIED"),
                t.stream().map(x -> x.getTermKey() + ":" + x.getRole()).toList());
    }

    @Test
    void aTermNamedOnceOutsideTheStudySentencesDoesNotCount() {
        List<StudyTerm> once = find(List.of(), List.of("The trial enrolled 30 patients with PTSD."),
                List.of("Ecstasy is also sold at parties."));
        assertEquals(List.of("ptsd"), once.stream().map(StudyTerm::getTermKey).toList());
        List<StudyTerm> twice = find(List.of(), List.of("The trial enrolled 30 patients with PTSD."),
                List.of("Ecstasy is also sold at parties.", "MDMA was given in two sessions."));
        assertEquals(List.of("mdma", "ptsd"), twice.stream().map(StudyTerm::getTermKey).toList());
    }

    @Test
    void sideEffectsAndComorbiditiesAreNotStudiedConditions() {
        List<StudyTerm> t = find(List.of(), List.of("The study enrolled 90 participants with PTSD, many of whom also had "
                + "depression.", "Side effects such as depression were rare, the researchers said."), List.of());
        assertEquals(List.of("ptsd"), t.stream().map(StudyTerm::getTermKey).toList());
        assertNull(t.get(0).getQualifier());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "The study found that many veterans, police officers, and firefighters improved.;veterans, police officers, and firefighters",
        "Researchers recruited 120 older adults with depression in London.;older adults with depression",
        "The trial enrolled 40 patients with treatment-resistant depression at two sites.;patients with treatment-resistant depression",
        "A survey of 2,000 college students was published.;college students",
        "The trial included healthy volunteers only.;healthy volunteers",
    })
    void populations(String sentence, String expected) {
        assertEquals(Optional.of(expected), PopulationFinder.find(List.of(sentence), null));
    }

    @Test
    void populationPrefersTheSentenceAboutTheStudy() {
        assertEquals(Optional.of("veterans, police officers, and firefighters"), PopulationFinder.find(List.of(
                "Many groups, including military veterans and first responders, resist treatment.",
                "The study found that many veterans, police officers, and firefighters improved."), null));
    }

    @Test
    void genericNounsAloneAreNoPopulation() {
        assertTrue(PopulationFinder.find(List.of("The participants and patients were happy with it."), null).isEmpty());
        assertEquals(Optional.of("Veterans and first responders"),
                PopulationFinder.find(List.of(), "Veterans and first responders report lasting benefits"));
    }
}
