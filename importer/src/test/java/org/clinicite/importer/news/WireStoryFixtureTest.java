package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.model.WriteUp;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.Test;

/** A wire story (dateline, "By" line, "Reporting by" footer) on the MDMA phase 3 trial. See src/test/resources/news/README.md. */
class WireStoryFixtureTest {
    private final ParsedRecord record = Fixtures.importText("wire-mdma-phase3-2021.txt");
    private final Study study = record.study();
    private final WriteUp writeUp = record.writeUp();

    @Test
    void metadataFromDatelineAndByline() {
        assertAll(
                () -> assertEquals("Reuters", writeUp.getOutlet()),
                () -> assertEquals("MDMA-assisted therapy eases severe PTSD in late-stage trial", writeUp.getHeadline()),
                () -> assertEquals("Alex Example", writeUp.getByline()),
                () -> assertEquals(LocalDate.of(2021, 5, 10), writeUp.getPublishedDate()));
    }

    @Test
    void bodyStopsAtTheWireFooter() {
        String body = writeUp.getBody();
        assertTrue(body.startsWith("(Reuters) - Three sessions of psychotherapy"), body);
        assertTrue(body.endsWith("approval from U.S. regulators for the treatment."), body);
        for (String noise : List.of("Advertisement", "Reporting by", "Trust Principles", "min read", "Skip to main")) {
            assertFalse(body.contains(noise), noise);
        }
    }

    @Test
    void study() {
        assertAll(
                () -> assertEquals("Nature Medicine", study.getJournal().getTitle()),
                () -> assertEquals(StudyDesign.RCT, study.getDesign()),
                () -> assertEquals("randomized, double-blind, placebo-controlled phase 3 trial", study.getDesignDetail()),
                () -> assertEquals("3", study.getPhase()),
                () -> assertEquals("double-blind", study.getBlinding()),
                () -> assertEquals(90, study.getEnrolled()),
                () -> assertNull(study.getAnalysed()),
                () -> assertEquals("participants with severe PTSD", study.getPopulation()),
                () -> assertEquals(List.of("Mitchell, Jennifer"),
                        study.getAuthors().stream().map(Authorship::displayName).toList()),
                () -> assertNull(study.getTitle(), "the story quotes no title"),
                () -> assertEquals(StudyStatus.STUB, study.getStatus()));
    }

    @Test
    void terms() {
        assertEquals(Map.of("mdma", TermRole.INTERVENTION), Fixtures.roles(study, TermKind.SUBSTANCE));
        assertEquals(Map.of("ptsd", TermRole.STUDIED), Fixtures.roles(study, TermKind.CONDITION));
        assertEquals("severe", study.terms(TermKind.CONDITION).get(0).getQualifier());
    }

    @Test
    void rateComparisonOutcome() {
        assertEquals(1, study.getOutcomes().size());
        Outcome o = study.getOutcomes().get(0);
        assertAll(
                () -> assertTrue(o.getDescription().startsWith("67% of participants who received MDMA no longer met "
                        + "the diagnostic criteria for PTSD, compared with 32%"), o.getDescription()),
                () -> assertNull(o.getResponders(), "no counts are derived from percentages"),
                () -> assertNull(o.getTotal()),
                () -> assertEquals("18 weeks", o.getTimepoint()),
                () -> assertTrue(o.getSourceSentence().startsWith("At the end of the study")));
        assertEquals(List.of(), writeUp.getClaims(), "claims need counts (N of M)");
    }
}
