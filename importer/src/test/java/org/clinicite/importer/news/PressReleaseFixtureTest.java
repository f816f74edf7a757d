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

/** A university press release, hard-wrapped, on psilocybin versus escitalopram. See src/test/resources/news/README.md. */
class PressReleaseFixtureTest {
    private final ParsedRecord record = Fixtures.importText("press-release-psilocybin-escitalopram-2021.txt");
    private final Study study = record.study();
    private final WriteUp writeUp = record.writeUp();

    @Test
    void metadataWithDayFirstDateAndInstitutionAsOutlet() {
        assertAll(
                () -> assertEquals("Imperial College London", writeUp.getOutlet()),
                () -> assertEquals("Magic mushroom compound performs as well as a leading antidepressant in early "
                        + "trial", writeUp.getHeadline()),
                () -> assertEquals("Casey Fixture", writeUp.getByline()),
                () -> assertEquals(LocalDate.of(2021, 4, 14), writeUp.getPublishedDate()));
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        List<String> paragraphs = List.of(writeUp.getBody().split("\n\n"));
        assertEquals(7, paragraphs.size(), writeUp.getBody());
        assertTrue(paragraphs.get(0).startsWith("Psilocybin, the psychoactive compound in magic mushrooms, was at "
                + "least as effective"));
        assertFalse(writeUp.getBody().contains("Share this story"));
        assertFalse(writeUp.getBody().contains("Related stories"));
    }

    @Test
    void study() {
        assertAll(
                () -> assertEquals("Trial of Psilocybin versus Escitalopram for Depression", study.getTitle()),
                () -> assertEquals("New England Journal of Medicine", study.getJournal().getTitle()),
                () -> assertEquals(StudyDesign.RCT, study.getDesign()),
                () -> assertEquals("2", study.getPhase()),
                () -> assertEquals("double-blind", study.getBlinding()),
                () -> assertEquals(59, study.getEnrolled()),
                () -> assertEquals("people with long-standing, moderate-to-severe major depressive disorder",
                        study.getPopulation()),
                () -> assertEquals("Carhart-Harris", study.getAuthors().get(0).getFamily()));
    }

    @Test
    void escitalopramIsTheComparator() {
        assertEquals(Map.of("psilocybin", TermRole.INTERVENTION, "escitalopram", TermRole.COMPARATOR),
                Fixtures.roles(study, TermKind.SUBSTANCE));
        assertEquals(Map.of("major-depressive-disorder", TermRole.STUDIED), Fixtures.roles(study, TermKind.CONDITION));
        assertEquals("moderate-to-severe", study.terms(TermKind.CONDITION).get(0).getQualifier());
    }

    @Test
    void outcomesPerComparedClause() {
        List<String> d = Fixtures.descriptions(study);
        assertEquals(3, d.size(), d.toString());
        assertTrue(d.get(0).contains("8 points in the psilocybin group and 6 points in the escitalopram group"));
        assertEquals("70% of patients in the psilocybin group responded to treatment, compared with 48% in the "
                + "escitalopram group", d.get(1));
        assertEquals("remission rates were 57% vs 28%", d.get(2));
    }
}
