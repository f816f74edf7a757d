package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Study;
import org.junit.jupiter.api.Test;

class StudyDocumentsTest {
    @Test
    void theWorkedExample() {
        Study s = Fixtures.barone();
        Fixtures.setId(s, 7);
        StudyDocument d = StudyDocuments.from(s);
        assertEquals("7", d.id());
        assertEquals(List.of("Barone", "Beck", "Mitsunaga-Whitten", "Perl"), d.authors());
        assertEquals("Journal of Psychoactive Drugs", d.journal());
        assertEquals(2019, d.year());
        assertEquals(19, d.sampleSize());
        assertEquals("qualitative", d.design());
        assertEquals("2", d.phase());
        assertEquals(List.of("mdma"), d.substanceKeys());
        assertEquals(List.of("MDMA"), d.substanceNames());
        assertEquals(List.of("ptsd"), d.conditionKeys());
        assertEquals("10.1080/02791072.2019.1580805", d.doi());
        assertEquals("30822226", d.pmid());
        assertNull(d.nct());
        assertEquals(Set.of("news", "outcomes", "results"), d.has());
        assertEquals(List.of("PsyPost"), d.outlets());
        assertEquals(2, d.writeUpText().size());
        assertEquals(List.of("15/19 (79%) significant reduction in symptoms (> 30% reduction), 12 months", "> 30% reduction"),
                d.outcomeText());
        assertEquals("Barone et al., 2019, Journal of Psychoactive Drugs", d.citation());
    }

    @Test
    void citationVariants() {
        Study one = new Study();
        one.addAuthor(new Authorship("Perl", "Ann"));
        assertEquals("Perl, n.d.", StudyDocuments.citation(one));
        Study group = new Study();
        group.addAuthor(Authorship.literal("MAPS Study Group"));
        group.addAuthor(new Authorship("Doe", null));
        assertEquals("MAPS Study Group et al., n.d.", StudyDocuments.citation(group));
        assertEquals("n.d.", StudyDocuments.citation(new Study()));
    }

    @Test
    void outcomesWithoutNumbersAreNotResults() {
        Study s = new Study();
        Fixtures.setId(s, 1);
        s.addOutcome(new org.clinicite.core.model.Outcome("felt better", null, null, null, null));
        StudyDocument d = StudyDocuments.from(s);
        assertEquals(Set.of("outcomes"), d.has());
        assertTrue(d.outlets().isEmpty());
        assertNull(d.year());
        assertNull(d.design());
    }

    @Test
    void aStudyWithoutIdCannotBeIndexed() {
        assertThrows(IllegalArgumentException.class, () -> StudyDocuments.from(new Study()));
    }

    @Test
    void phasesNormalise() {
        assertEquals("2", Phases.normalize("Phase 2"));
        assertEquals("2", Phases.normalize("PHASE II"));
        assertEquals("2/3", Phases.normalize("Phase 2/Phase 3"));
        assertEquals("2/3", Phases.normalize("phase 2-3"));
        assertEquals("1/2", Phases.normalize("Phase I/II"));
        assertEquals("early-1", Phases.normalize("Early Phase 1"));
        assertEquals("n/a", Phases.normalize("N/A"));
        assertNull(Phases.normalize("phase"));
        assertNull(Phases.normalize(null));
    }
}
