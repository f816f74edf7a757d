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

/** A saved HTML page (JSON-LD, meta tags, nav/aside/footer) on the MDMA phase 3 trial. See src/test/resources/news/README.md. */
class HtmlPageFixtureTest {
    private final ParsedRecord record = Fixtures.importHtml("html-mdma-phase3-2021.html");
    private final Study study = record.study();
    private final WriteUp writeUp = record.writeUp();

    @Test
    void metadataFromJsonLdAndMetaTags() {
        assertAll(
                () -> assertEquals("news-html", record.format()),
                () -> assertEquals("Science Desk Daily", writeUp.getOutlet()),
                () -> assertEquals("MDMA-assisted therapy relieves severe PTSD in phase 3 trial", writeUp.getHeadline()),
                () -> assertEquals("Taylor Placeholder", writeUp.getByline()),
                () -> assertEquals(LocalDate.of(2021, 5, 10), writeUp.getPublishedDate()),
                () -> assertEquals(List.of("Health", "Mental Health", "MDMA", "PTSD"), writeUp.getCategories()),
                () -> assertEquals("https://sciencedesk.example/health/mdma-ptsd-phase-3", writeUp.getUrl()));
    }

    @Test
    void bodyIsTheArticleParagraphsOnly() {
        String body = writeUp.getBody();
        assertEquals(5, body.split("\n\n").length, body);
        for (String noise : List.of("Ketamine clinics", "forget your dreams", "Copyright", "Share on Twitter",
                "Photo credit", "dataLayer", "15 of 19")) {
            assertFalse(body.contains(noise), noise);
        }
    }

    @Test
    void study() {
        assertAll(
                () -> assertEquals("Nature Medicine", study.getJournal().getTitle()),
                () -> assertEquals(StudyDesign.RCT, study.getDesign()),
                () -> assertEquals("3", study.getPhase()),
                () -> assertEquals(90, study.getEnrolled()),
                () -> assertEquals(Map.of("mdma", TermRole.INTERVENTION), Fixtures.roles(study, TermKind.SUBSTANCE)),
                () -> assertEquals(Map.of("ptsd", TermRole.STUDIED), Fixtures.roles(study, TermKind.CONDITION),
                        "comorbid depression and alcohol use are not what the study is about"),
                () -> assertEquals(1, study.getOutcomes().size()),
                () -> assertEquals("18 weeks", study.getOutcomes().get(0).getTimepoint()));
    }

    @Test
    void importingTheSamePageAgainGivesTheSameFingerprint() {
        WriteUp again = Fixtures.importHtml("html-mdma-phase3-2021.html").writeUp();
        assertEquals(writeUp.getFingerprint(), again.getFingerprint());
    }
}
