package org.clinicite.importer.csljson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSL-JSON importer on Manubot's and citation.js's CSL fixtures and clinicite's own. */
class CslJsonImporterTest {
    private static final Vocabulary VOCABULARY = Vocabulary.shipped();
    private final CslJsonImporter importer = new CslJsonImporter(VOCABULARY);

    @TempDir
    Path dir;

    private CollectingSink read(Path file) throws IOException {
        CollectingSink sink = new CollectingSink();
        importer.read(file, sink);
        return sink;
    }

    private CollectingSink fixture(String name) throws IOException {
        return read(SharedData.file("records/csl-json/" + name));
    }

    private static Path resource(String name) {
        return Path.of("src/test/resources/csljson", name);
    }

    private static Study only(CollectingSink sink) {
        assertEquals(List.of(), sink.rejected);
        assertEquals(1, sink.records.size());
        return sink.records.get(0).study();
    }

    @Test
    void pmcItemGivesEveryField() throws IOException {
        CollectingSink sink = fixture("manubot__pmc-scihub-study-csl__raw.json");
        Study s = only(sink);
        ParsedRecord r = sink.records.get(0);
        assertEquals(2, r.line());
        assertEquals("csljson", r.format());
        assertEquals("vkig9eAb", r.recordKey());
        assertEquals(StudyStatus.VERIFIED, s.getStatus());
        assertEquals("journal-article", s.getPublicationType());
        assertEquals("Sci-Hub provides access to nearly all scholarly literature", s.getTitle());
        assertEquals(7, s.getAuthors().size());
        assertEquals("Himmelstein, Daniel S", s.getAuthors().get(0).displayName());
        assertEquals("Greshake Tzovaras, Bastian", s.getAuthors().get(5).displayName());
        assertEquals("eLife", s.getJournal().getTitle());
        assertNull(s.getJournal().getIsoAbbreviation(), "container-title-short equal to the title");
        assertEquals("2050-084X", s.getJournal().getIssn());
        assertEquals("7", s.getVolume());
        assertEquals("e32822", s.getPages());
        assertEquals(PartialDate.ofYear(2018), s.getPublished());
        assertEquals("10.7554/elife.32822", s.getDoi().orElseThrow().value());
        assertEquals("29424689", s.getPmid().orElseThrow().value());
        assertEquals("PMC5832410", s.getPmcid().orElseThrow().value());
        assertTrue(s.getNctId().isEmpty());
    }

    @Test
    void pubmedItemWithAbstractAndFullDate() throws IOException {
        Study s = only(fixture("manubot__pubmed-scihub-study-csl__pruned.json"));
        assertEquals("Sci-Hub provides access to nearly all scholarly literature.", s.getTitle());
        assertEquals("Elife", s.getJournal().getIsoAbbreviation());
        assertEquals(new PartialDate(2018, 3, 1), s.getPublished());
        assertTrue(s.getAbstractText().startsWith("The website Sci-Hub enables users to download PDF versions"));
        assertEquals("29424689", s.getPmid().orElseThrow().value());
    }

    @Test
    void crossrefFlavouredRawItemIsStillCsl() throws IOException {
        Study s = only(fixture("manubot__crossref-deep-review-csl__raw.json"));
        assertEquals("Opportunities and obstacles for deep learning in biology and medicine", s.getTitle());
        assertEquals("Journal of The Royal Society Interface", s.getJournal().getTitle());
        assertEquals("J. R. Soc. Interface", s.getJournal().getIsoAbbreviation());
        assertEquals("1742-5689", s.getJournal().getIssn(), "the first of the ISSN array");
        assertEquals("15", s.getVolume());
        assertEquals("141", s.getIssue());
        assertEquals("20170387", s.getPages());
        assertEquals(new PartialDate(2018, 4, null), s.getPublished());
        assertEquals("Ching, Travers", s.getAuthors().get(0).displayName());
        assertNull(s.getAuthors().get(0).getAffiliation(), "an empty affiliation list is none");
        assertEquals("10.1098/rsif.2017.0387", s.getDoi().orElseThrow().value());
    }

    @Test
    void reportWithNumericStringDatePartsHasNoJournal() throws IOException {
        Study s = only(fixture("manubot__arxiv-joss-csl__raw.json"));
        assertEquals("report", s.getPublicationType());
        assertNull(s.getJournal(), "arXiv is the container of a report, not a journal");
        assertEquals(new PartialDate(2017, 7, 7), s.getPublished(), "date-parts as strings");
        assertEquals("Arfon M Smith", s.getAuthors().get(0).getLiteral());
        assertTrue(s.getNctId().isEmpty(), "the report number is not an NCT number");
    }

    @Test
    void emptyNullAndExcessDatePartsNeverCrash() throws IOException {
        Study empty = only(fixture("manubot__empty-date-parts-csl__raw.json"));
        assertTrue(empty.getPublished().isEmpty(), "[[]] is no date");
        assertEquals("dataset", empty.getPublicationType());
        assertNull(empty.getJournal());
        Study nullParts = only(fixture("manubot__null-date-parts-csl__raw.json"));
        assertTrue(nullParts.getPublished().isEmpty(), "[[null]] is no date");
        assertEquals("10.22541/au.149693987.70506124", nullParts.getDoi().orElseThrow().value());
        assertNull(nullParts.getTitle(), "a DOI alone is enough to store");

        CollectingSink excess = fixture("manubot__excess-date-parts-csl__raw.json");
        assertEquals(0, excess.records.size());
        assertEquals(1, excess.warnings.size());
        assertEquals("issued has 4 date parts; the first three (year, month, day) are used",
                excess.warnings.get(0).reason());
        assertEquals(2, excess.rejected.get(0).line());
        assertEquals("item 'excess-date-parts-csl' has neither a title nor an identifier (DOI, PMID, PMCID, NCT number): "
                + "nothing to store", excess.rejected.get(0).reason());

        CollectingSink emptyItem = fixture("manubot__empty-csl__raw.json");
        assertEquals(0, emptyItem.records.size());
        assertEquals(1, emptyItem.rejected.size());
        assertEquals(2, emptyItem.rejected.get(0).line());
    }

    @Test
    void citationJsItemsLoseTheirMarkupAndKeepFamilyOnlyNames() throws IOException {
        CollectingSink sink = read(SharedData.file("records/bibtex/citationjs__mapping-biblatex-csl.json"));
        assertEquals(List.of(), sink.rejected);
        ParsedRecord hutchinson = sink.records.stream().filter(r -> r.recordKey().equals("hutchinson:article"))
                .findFirst().orElseThrow();
        assertEquals("Conduction velocity in myelinated nerve fibres of Xenopos laevis", hutchinson.study().getTitle());
        assertEquals("5500723", hutchinson.study().getPmid().orElseThrow().value());
        assertEquals("PMC1348748", hutchinson.study().getPmcid().orElseThrow().value(), "from the PMC URL");
        Study radboud = sink.records.stream().filter(r -> r.recordKey().equals("radboud:manual")).findFirst()
                .orElseThrow().study();
        assertEquals("Edusupport Biosciences", radboud.getAuthors().get(0).getFamily());
        assertNull(radboud.getAuthors().get(0).getGiven());
        Study chapter = sink.records.stream().filter(r -> r.recordKey().equals("renner:chapter")).findFirst()
                .orElseThrow().study();
        assertEquals("book-chapter", chapter.getPublicationType());
        assertNull(chapter.getJournal());
    }

    @Test
    void lineDelimitedItemsWithNamesParticlesAndRegistryNumbers() throws IOException {
        CollectingSink sink = read(resource("items.ndjson"));
        assertEquals(List.of(), sink.rejected);
        assertEquals(List.of(1, 2), sink.records.stream().map(ParsedRecord::line).toList());
        Study trial = sink.records.get(0).study();
        assertEquals("NCT01234567", trial.getNctId().orElseThrow().value(), "the number of a report");
        assertEquals(new PartialDate(2020, 3, null), trial.getPublished());
        assertEquals(List.of("psilocybin"), trial.terms(TermKind.SUBSTANCE).stream().map(StudyTerm::getTermKey).toList());
        assertEquals(List.of("major-depressive-disorder"),
                trial.terms(TermKind.CONDITION).stream().map(StudyTerm::getTermKey).toList());

        Study names = sink.records.get(1).study();
        assertEquals("Particles and suffixes", names.getTitle());
        assertEquals(List.of("van Gogh, Vincent", "La Fontaine, Jean de", "King, Martin Luther, Jr.",
                "MAPS Public Benefit Corporation", "Plato"),
                names.getAuthors().stream().map(Authorship::displayName).toList());
        assertEquals("NCT07654321", names.getNctId().orElseThrow().value(), "from the ClinicalTrials.gov URL");
        assertEquals("Journal of Tests", names.getJournal().getTitle());
        assertEquals("1234-5679", names.getJournal().getIssn());
        assertEquals("10-20", names.getPages());
        assertEquals("12", names.getVolume());
        assertEquals("3", names.getIssue());
        assertEquals(new PartialDate(2019, 3, 23), names.getPublished(), "from issued.raw");
        assertTrue(names.getPmid().isEmpty());
        assertTrue(sink.warnings.stream().anyMatch(w -> w.line() == 2 && w.reason().equals("PMID 'not-a-pmid' is not valid; ignored")));
        assertEquals(List.of("mdma"), names.terms(TermKind.SUBSTANCE).stream().map(StudyTerm::getTermKey).toList(),
                "from the keyword variable");
    }

    @Test
    void aSingleItemWithAffiliationsAndAnImpossibleDate() throws IOException {
        CollectingSink sink = read(resource("single.json"));
        Study s = only(sink);
        assertEquals(1, sink.records.get(0).line());
        assertEquals("University of Tests; Example Hospital", s.getAuthors().get(0).getAffiliation());
        assertEquals("J Tests", s.getJournal().getTitle(), "an abbreviation alone names the journal");
        assertEquals(PartialDate.ofYear(2021), s.getPublished(), "month 13 and day 40 are not kept");
        assertEquals("10.1234/one.2021", s.getDoi().orElseThrow().value());
    }

    @Test
    void malformedJsonKeepsTheItemsBeforeTheErrorAndSaysWhere() throws IOException {
        CollectingSink sink = read(resource("truncated.json"));
        assertEquals(List.of("good"), sink.records.stream().map(ParsedRecord::recordKey).toList());
        assertEquals(1, sink.rejected.size());
        assertEquals(3, sink.rejected.get(0).line());
        assertTrue(sink.rejected.get(0).reason().startsWith("malformed JSON: "), sink.rejected.get(0).reason());
        assertTrue(sink.rejected.get(0).reason().endsWith("the items before it were read, the rest of the file was not"));
    }

    @Test
    void elementsThatAreNotItemsAreRejectedAtTheirLines() throws IOException {
        CollectingSink sink = read(resource("mixed.json"));
        assertEquals(List.of("book", "late"), sink.records.stream().map(ParsedRecord::recordKey).toList());
        Study chapter = sink.records.get(0).study();
        assertNull(chapter.getJournal(), "the container of a chapter is not a journal");
        assertEquals(PartialDate.ofYear(1850), sink.records.get(1).study().getPublished(), "from issued.literal");
        assertNull(sink.records.get(1).study().getPublicationType(), "no CSL type, no publication type");
        assertEquals(List.of(3, 4, 5, 6), sink.rejected.stream().map(p -> p.line()).toList());
        assertEquals("not a CSL item: expected an object, found a string", sink.rejected.get(0).reason());
        assertEquals("not a CSL item: expected an object, found an array", sink.rejected.get(2).reason());
    }

    @Test
    void aFileWithoutItemsIsOneClearRejection() throws IOException {
        CollectingSink sink = read(Files.writeString(dir.resolve("empty.json"), "[ ]\n"));
        assertEquals(0, sink.records.size());
        assertEquals(1, sink.rejected.size());
        assertTrue(sink.rejected.get(0).reason().startsWith("no CSL-JSON item found"));
        CollectingSink notJson = read(Files.writeString(dir.resolve("text.json"), "hello\n"));
        assertEquals(1, notJson.rejected.size());
        assertTrue(notJson.rejected.get(0).reason().startsWith("malformed JSON"));
    }

    @Test
    void gzippedFixtureGivesTheSameRecords() throws IOException {
        Path plain = SharedData.file("records/csl-json/manubot__crossref-deep-review-csl__raw.json");
        Path gz = dir.resolve("deep.json.gz");
        try (InputStream in = Files.newInputStream(plain); OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        assertTrue(importer.isRecognizedFormat(gz));
        ParsedRecord a = read(plain).records.get(0);
        ParsedRecord b = read(gz).records.get(0);
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(StudyJson.full(a.study(), "x"), StudyJson.full(b.study(), "x"));
    }

    @Test
    void recognisesCslItemsButNotCrossrefNorClinicalTrialsJson() throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(SharedData.dir())) {
            all = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(all.size() > 100, "the shared data is there");
        for (Path f : all) {
            String name = f.getFileName().toString();
            boolean csl = (f.getParent().getFileName().toString().equals("csl-json") && !name.contains("empty-csl"))
                    || name.endsWith("-csl.json");
            assertEquals(csl, importer.isRecognizedFormat(f), f.toString());
        }
        assertFalse(importer.isRecognizedFormat(SharedData.file("records/crossref-json/citationjs__api-doi.json")));
        assertFalse(importer.isRecognizedFormat(SharedData.file("records/crossref-json/fatcat__crossref-works.single.json")));
        assertFalse(importer.isRecognizedFormat(SharedData.file("records/clinicaltrials-json/v2/aact__NCT00465816.json")));
        assertFalse(importer.isRecognizedFormat(SharedData.psypostArticle()));
        assertTrue(importer.isRecognizedFormat(resource("items.ndjson")));
        assertTrue(importer.isRecognizedFormat(resource("single.json")));
    }

    @Test
    void sniffing() {
        assertTrue(CslJsonSniffer.looksLikeCsl("[{\"type\": \"article-journal\", \"title\": \"x\"}]"));
        assertTrue(CslJsonSniffer.looksLikeCsl("[{\"id\": \"a\", \"type\": \"book\", \"title\": \"cut off her"));
        assertFalse(CslJsonSniffer.looksLikeCsl("[{\"type\": \"journal-article\", \"title\": \"x\"}]"), "Crossref type");
        assertFalse(CslJsonSniffer.looksLikeCsl("{\"type\": \"book\", \"title\": [\"x\"]}"), "Crossref title array");
        assertFalse(CslJsonSniffer.looksLikeCsl("{\"status\": \"ok\", \"message\": {\"type\": \"book\"}}"));
        assertFalse(CslJsonSniffer.looksLikeCsl("{\"protocolSection\": {}, \"type\": \"report\", \"title\": \"x\"}"));
        assertFalse(CslJsonSniffer.looksLikeCsl("[{\"type\": \"book\"}]"), "a type alone");
        assertFalse(CslJsonSniffer.looksLikeCsl("\u0000\u0001binary"));
        assertFalse(CslJsonSniffer.looksLikeCsl(""));
    }
}
