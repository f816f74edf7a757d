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

/** A syndicated repost with leftover navigation on the 2016 psilocybin feasibility study. See src/test/resources/news/README.md. */
class SyndicatedRepostFixtureTest {
    private final ParsedRecord record = Fixtures.importText("syndicated-psilocybin-trd-2016.txt");
    private final Study study = record.study();
    private final WriteUp writeUp = record.writeUp();

    @Test
    void metadataFromACombinedDateAndBylineLine() {
        assertAll(
                () -> assertEquals("The Psych Ledger", writeUp.getOutlet()),
                () -> assertEquals("Magic mushroom compound lifts treatment-resistant depression in small study",
                        writeUp.getHeadline()),
                () -> assertEquals("Riley Placeholder", writeUp.getByline()),
                () -> assertEquals(LocalDate.of(2016, 5, 17), writeUp.getPublishedDate()),
                () -> assertEquals(List.of("psilocybin", "depression", "psychedelics"), writeUp.getCategories()));
    }

    @Test
    void leftoverNavigationIsNotBody() {
        String body = writeUp.getBody();
        assertTrue(body.startsWith("A compound found in magic mushrooms eased symptoms"), body);
        for (String noise : List.of("republished here with permission", "READ MORE", "Advertisement", "Source:",
                "Related Posts", "Ketamine clinics", "Leave a Reply", "Skip to content", "Facebook")) {
            assertFalse(body.contains(noise), noise);
        }
    }

    @Test
    void study() {
        assertAll(
                () -> assertEquals("The Lancet Psychiatry", study.getJournal().getTitle()),
                () -> assertEquals(StudyDesign.OPEN_LABEL_TRIAL, study.getDesign()),
                () -> assertEquals("open-label feasibility study", study.getDesignDetail()),
                () -> assertEquals("open-label", study.getBlinding()),
                () -> assertNull(study.getPhase()),
                () -> assertEquals(12, study.getEnrolled()),
                () -> assertEquals(12, study.getAnalysed()),
                () -> assertEquals(Map.of("psilocybin", TermRole.INTERVENTION), Fixtures.roles(study, TermKind.SUBSTANCE)),
                () -> assertEquals(Map.of("treatment-resistant-depression", TermRole.STUDIED),
                        Fixtures.roles(study, TermKind.CONDITION)));
    }

    @Test
    void countOutcomesAndClaimsWithNumberWords() {
        List<Outcome> outcomes = study.getOutcomes();
        assertEquals(2, outcomes.size());
        assertAll(
                () -> assertEquals(8, outcomes.get(0).getResponders()),
                () -> assertEquals(12, outcomes.get(0).getTotal()),
                () -> assertEquals("in remission", outcomes.get(0).getDescription()),
                () -> assertEquals("1 week", outcomes.get(0).getTimepoint()),
                () -> assertEquals(5, outcomes.get(1).getResponders()),
                () -> assertEquals(12, outcomes.get(1).getTotal()),
                () -> assertEquals("in remission", outcomes.get(1).getDescription()),
                () -> assertEquals("3 months", outcomes.get(1).getTimepoint()));
        List<Claim> claims = writeUp.getClaims();
        assertEquals(List.of(8, 5), claims.stream().map(Claim::responders).toList());
        assertEquals(List.of(12, 12), claims.stream().map(Claim::total).toList());
        assertTrue(claims.get(1).sentence().startsWith("Three months after treatment, five of the 12 patients"));
    }
}
