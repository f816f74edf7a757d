package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.model.WriteUp;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example of DESIGN.md, end to end: the PsyPost write-up of the MDMA follow-up study. */
class PsyPostArticleTest {
    private static Path file;
    private static ParsedRecord record;
    private static Study study;
    private static WriteUp writeUp;

    @BeforeAll
    static void importArticle() throws IOException {
        file = SharedData.psyPost();
        CollectingSink sink = new CollectingSink();
        new NewsTextImporter(TestVocabulary.shipped()).read(file, sink);
        record = sink.single();
        study = record.study();
        writeUp = record.writeUp();
    }

    @Test
    void recordCarriesFormatSourceAndFingerprint() {
        assertAll(
                () -> assertEquals("news", record.format()),
                () -> assertEquals(file.toString(), record.source()),
                () -> assertEquals(1, record.line()),
                () -> assertNull(record.recordKey()),
                () -> assertEquals(writeUp.getFingerprint(), record.fingerprint()));
    }

    @Test
    void writeUpMetadata() {
        assertAll(
                () -> assertEquals("PsyPost", writeUp.getOutlet()),
                () -> assertEquals("Veterans and first responders report lasting personal benefits after "
                        + "MDMA-assisted psychotherapy", writeUp.getHeadline()),
                () -> assertEquals("Christian Rigg", writeUp.getByline()),
                () -> assertEquals(LocalDate.of(2020, 3, 23), writeUp.getPublishedDate()),
                () -> assertEquals(List.of("MDMA", "Psychedelic Drugs"), writeUp.getCategories()),
                () -> assertNull(writeUp.getUrl(), "the page text names no URL"));
    }

    @Test
    void bodyIsTheArticleWithoutPageBoilerplate() {
        String body = writeUp.getBody();
        assertAll(
                () -> assertTrue(body.startsWith("While a number of pharmaco- and psychotherapies exist"), body),
                () -> assertTrue(body.contains("\n\nWhile a number of pharmaco-") || body.startsWith("While a number of pharmaco-")),
                () -> assertTrue(body.contains("15 of 19 participants showed significant (> 30%) reduction in symptoms")),
                () -> assertTrue(body.endsWith("Michiko Mitsunaga-Whitten, and Phillip Perl."), body),
                () -> assertEquals(8, body.split("\n\n").length, "paragraphs"));
        for (String boilerplate : List.of("Share on Twitter", "RELATED", "Forgotten Password", "Photo credit",
                "Subscribe", "View All Result", "PsyPost Merch", "Login to your account", "Privacy policy")) {
            assertFalse(body.contains(boilerplate), "body contains " + boilerplate);
        }
    }

    @Test
    void bodyHasNoRelatedArticleHeadlines() throws IOException {
        List<String> lines = Files.readAllLines(file);
        int related = lines.indexOf("RELATED");
        assertTrue(related > 0, "the fixture has its RELATED list");
        lines.subList(related + 1, lines.size()).stream().map(String::strip).filter(l -> l.length() > 20)
                .forEach(l -> assertFalse(writeUp.getBody().contains(l), "body contains related/footer line: " + l));
    }

    @Test
    void studyIsAStubWithNothingInvented() {
        assertAll(
                () -> assertEquals(StudyStatus.STUB, study.getStatus()),
                () -> assertTrue(study.getPublished().isEmpty(), "no year is stated"),
                () -> assertNull(study.getPublished().year()),
                () -> assertTrue(study.getDoi().isEmpty(), "no DOI is stated"),
                () -> assertTrue(study.getPmid().isEmpty()),
                () -> assertTrue(study.getNctId().isEmpty()),
                () -> assertNull(study.getVolume()),
                () -> assertNull(study.getIssue()),
                () -> assertNull(study.getPages()),
                () -> assertNull(study.getBlinding()),
                () -> assertNull(study.getEnrolled(), "the article states how many were analysed, not enrolled"));
    }

    @Test
    void titleFromTheStudySentence() {
        assertEquals("Perceived Benefits of MDMA-Assisted Psychotherapy beyond Symptom Reduction: Qualitative "
                + "Follow-Up Study of a Clinical Trial for Individuals with Treatment-Resistant PTSD", study.getTitle());
    }

    @Test
    void fourAuthorsSplitIntoFamilyAndGiven() {
        List<String> names = study.getAuthors().stream().map(Authorship::displayName).toList();
        assertEquals(List.of("Barone, William", "Beck, Jerome", "Mitsunaga-Whitten, Michiko", "Perl, Phillip"), names);
        assertEquals(List.of(1, 2, 3, 4), study.getAuthors().stream().map(Authorship::getPosition).toList());
    }

    @Test
    void journal() {
        assertNotNull(study.getJournal());
        assertEquals("Journal of Psychoactive Drugs", study.getJournal().getTitle());
    }

    @Test
    void design() {
        assertAll(
                () -> assertEquals(StudyDesign.QUALITATIVE_FOLLOW_UP, study.getDesign()),
                () -> assertEquals("qualitative follow-up of a phase 2 clinical trial", study.getDesignDetail()),
                () -> assertEquals("2", study.getPhase()));
    }

    @Test
    void sampleSizeIsTheNumberAnalysed() {
        assertEquals(19, study.getAnalysed());
        assertEquals(19, study.sampleSize());
    }

    @Test
    void population() {
        assertEquals("veterans, police officers, and firefighters", study.getPopulation());
    }

    @Test
    void substanceMdmaIsTheIntervention() {
        List<StudyTerm> substances = study.terms(TermKind.SUBSTANCE);
        assertEquals(List.of("mdma"), substances.stream().map(StudyTerm::getTermKey).toList());
        assertEquals(TermRole.INTERVENTION, substances.get(0).getRole());
    }

    @Test
    void conditionPtsdIsStudiedAndTreatmentResistant() {
        List<StudyTerm> conditions = study.terms(TermKind.CONDITION);
        assertEquals(List.of("ptsd"), conditions.stream().map(StudyTerm::getTermKey).toList());
        assertEquals(TermRole.STUDIED, conditions.get(0).getRole());
        assertEquals("treatment-resistant", conditions.get(0).getQualifier());
    }

    @Test
    void outcomeFifteenOfNineteenAtTwelveMonths() {
        assertEquals(1, study.getOutcomes().size());
        Outcome o = study.getOutcomes().get(0);
        assertAll(
                () -> assertEquals(15, o.getResponders()),
                () -> assertEquals(19, o.getTotal()),
                () -> assertEquals("> 30%", o.getThreshold()),
                () -> assertEquals("reduction in symptoms", o.getDescription()),
                () -> assertEquals("12 months", o.getTimepoint()),
                () -> assertEquals("One year after an MDMA-assisted clinical trial for treatment-resistant PTSD, 15 of 19 "
                        + "participants showed significant (> 30%) reduction in symptoms.", o.getSourceSentence()));
    }

    @Test
    void keyFindings() {
        assertEquals(List.of("increased self-awareness", "improvements in relationships and social skills",
                "reduced substance abuse", "openness to continued therapy"), study.getFindings());
    }

    @Test
    void claimFifteenOfNineteenWithItsSentence() {
        assertEquals(1, writeUp.getClaims().size());
        Claim c = writeUp.getClaims().get(0);
        assertEquals(15, c.responders());
        assertEquals(19, c.total());
        assertTrue(c.sentence().contains("15 of 19 participants showed significant (> 30%) reduction in symptoms"));
    }

    @Test
    void recognisedAsNewsText() throws IOException {
        assertTrue(new NewsTextImporter(TestVocabulary.shipped()).isRecognizedFormat(file));
        assertFalse(new NewsHtmlImporter(TestVocabulary.shipped()).isRecognizedFormat(file));
    }
}
