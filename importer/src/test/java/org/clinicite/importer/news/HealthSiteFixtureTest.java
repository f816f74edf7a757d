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

/** A health site article (menus, "Written by", "Filed under", newsletter box) on COMP360 psilocybin. See src/test/resources/news/README.md. */
class HealthSiteFixtureTest {
    private final ParsedRecord record = Fixtures.importText("health-site-comp360-2022.txt");
    private final Study study = record.study();
    private final WriteUp writeUp = record.writeUp();

    @Test
    void metadata() {
        assertAll(
                () -> assertEquals("MindHealth Daily", writeUp.getOutlet()),
                () -> assertEquals("Jordan Sample", writeUp.getByline()),
                () -> assertEquals(LocalDate.of(2022, 11, 3), writeUp.getPublishedDate()),
                () -> assertEquals(List.of("Depression", "Psychedelics", "Clinical Trials"), writeUp.getCategories()));
    }

    @Test
    void bodyWithoutSiteFurniture() {
        for (String noise : List.of("Medically reviewed", "Sign up for our newsletter", "Email address",
                "All rights reserved", "Advertisement", "Filed under")) {
            assertFalse(writeUp.getBody().contains(noise), noise);
        }
        assertTrue(writeUp.getBody().contains("enrolled 233 participants with treatment-resistant depression"));
    }

    @Test
    void study() {
        assertAll(
                () -> assertEquals("Single-Dose Psilocybin for a Treatment-Resistant Episode of Major Depression",
                        study.getTitle()),
                () -> assertEquals("New England Journal of Medicine", study.getJournal().getTitle()),
                () -> assertEquals(StudyDesign.RCT, study.getDesign()),
                () -> assertEquals("2", study.getPhase()),
                () -> assertEquals(233, study.getEnrolled()),
                () -> assertEquals("participants with treatment-resistant depression", study.getPopulation()),
                () -> assertEquals(List.of("Goodwin, Guy M."),
                        study.getAuthors().stream().map(Authorship::displayName).toList()));
    }

    @Test
    void termsWithoutSideEffectsOrBroaderDuplicates() {
        assertEquals(Map.of("psilocybin", TermRole.INTERVENTION), Fixtures.roles(study, TermKind.SUBSTANCE));
        assertEquals(Map.of("treatment-resistant-depression", TermRole.STUDIED),
                Fixtures.roles(study, TermKind.CONDITION));
    }

    @Test
    void outcomes() {
        List<Outcome> outcomes = study.getOutcomes();
        assertEquals(3, outcomes.size(), Fixtures.descriptions(study).toString());
        assertAll(
                () -> assertTrue(outcomes.get(0).getDescription().contains("12.0 points in the 25 mg group and by "
                        + "6.8 points in the 1 mg group")),
                () -> assertEquals("<0.001", outcomes.get(0).getPValue()),
                () -> assertEquals("3 weeks", outcomes.get(0).getTimepoint()),
                () -> assertTrue(outcomes.get(1).getDescription().startsWith("37% of participants in the 25 mg group "
                        + "had responded to treatment, compared with 18%")),
                () -> assertEquals("3 weeks", outcomes.get(1).getTimepoint()),
                () -> assertEquals("Remission rates at the same point were 29% vs 8%",
                        outcomes.get(2).getDescription()));
        assertTrue(study.getFindings().isEmpty(), "a side-effect list is not a finding: " + study.getFindings());
    }
}
