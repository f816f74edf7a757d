package org.clinicite.importer.ris;

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
import org.clinicite.core.model.TermRole;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RIS importer on JabRef's RIS fixtures and clinicite's own. */
class RisImporterTest {
    private static final Vocabulary VOCABULARY = Vocabulary.shipped();
    private final RisImporter importer = new RisImporter(VOCABULARY);

    @TempDir
    Path dir;

    private CollectingSink read(Path file) throws IOException {
        CollectingSink sink = new CollectingSink();
        importer.read(file, sink);
        return sink;
    }

    private CollectingSink readFixture(String name) throws IOException {
        return read(SharedData.file("records/ris/" + name));
    }

    private static Path resource(String name) {
        return Path.of("src/test/resources/ris", name);
    }

    private static Study only(CollectingSink sink) {
        assertEquals(List.of(), sink.rejected);
        assertEquals(1, sink.records.size());
        return sink.records.get(0).study();
    }

    private static void assertAuthor(Authorship a, String family, String given) {
        assertEquals(family, a.getFamily());
        assertEquals(given, a.getGiven());
    }

    @Test
    void pubMedRecordGivesEveryField() throws IOException {
        CollectingSink sink = readFixture("jabref__RisImporterTestDOI.ris");
        Study s = only(sink);
        ParsedRecord r = sink.records.get(0);
        assertEquals(1, r.line());
        assertEquals("ris", r.format());
        assertEquals("26957754", r.recordKey());
        assertEquals(64, r.fingerprint().length());
        assertEquals(StudyStatus.VERIFIED, s.getStatus());
        assertEquals("journal-article", s.getPublicationType());
        assertEquals("The effect of smartphone usage time on posture and respiratory function", s.getTitle());
        assertEquals(5, s.getAuthors().size());
        assertAuthor(s.getAuthors().get(0), "Jung", "Sang In");
        assertAuthor(s.getAuthors().get(4), "Lee", "Do Youn");
        assertEquals("Journal of physical therapy science", s.getJournal().getTitle());
        assertEquals("J Phys Ther Sci", s.getJournal().getIsoAbbreviation());
        assertEquals("0915-5287", s.getJournal().getIssn());
        assertEquals("28", s.getVolume());
        assertEquals("1", s.getIssue());
        assertEquals("186-189", s.getPages());
        assertEquals(new PartialDate(2016, 1, null), s.getPublished());
        assertEquals("10.1589/jpts.28.186", s.getDoi().orElseThrow().value());
        assertEquals("26957754", s.getPmid().orElseThrow().value());
        assertEquals("PMC4756000", s.getPmcid().orElseThrow().value());
        assertTrue(s.getNctId().isEmpty());
    }

    @Test
    void scifinderRecordWithAbstractAndJournalAbbreviation() throws IOException {
        Study s = only(readFixture("jabref__RisImporterTest5a.ris"));
        assertEquals("Release profile of ibuprofen in β-cyclodextrin complexes from two different solid dosage forms.",
                s.getTitle());
        assertEquals(6, s.getAuthors().size());
        assertAuthor(s.getAuthors().get(3), "Cabral-Marques", "H. M.");
        assertEquals("Powder Technology", s.getJournal().getTitle());
        assertEquals("Powder Technol.", s.getJournal().getIsoAbbreviation());
        assertEquals("0032-5910", s.getJournal().getIssn());
        assertEquals("221", s.getVolume());
        assertNull(s.getIssue());
        assertEquals("245-251", s.getPages());
        assertEquals(PartialDate.ofYear(2012), s.getPublished());
        assertEquals("10.1016/j.powtec.2012.01.008", s.getDoi().orElseThrow().value());
        assertTrue(s.getAbstractText().startsWith("The objective of this work was to develop solid dosage forms"));
        assertTrue(s.getAbstractText().endsWith("[on SciFinder(R)]"));
        assertTrue(s.getPmid().isEmpty(), "no database says the AN is a PMID");
    }

    @Test
    void pmcRecordGivesPmcidFromAccessionNumberAndPmidFromNote() throws IOException {
        CollectingSink sink = readFixture("jabref__RisImporterTest6.ris");
        Study s = only(sink);
        assertEquals("PMC3654245", s.getPmcid().orElseThrow().value());
        assertEquals("23690738", s.getPmid().orElseThrow().value());
        assertEquals("10.1155/2013/219840", s.getDoi().orElseThrow().value());
        assertEquals("Chelation: Harnessing and Enhancing Heavy Metal Detoxification—A Review", s.getTitle());
        assertAuthor(s.getAuthors().get(0), "Sears", "Margaret E");
        assertEquals("The Scientific World Journal", s.getJournal().getTitle());
        assertEquals("ScientificWorldJournal", s.getJournal().getIsoAbbreviation());
        assertEquals("1537-744X", s.getJournal().getIssn());
        assertEquals("2013", s.getVolume());
        assertEquals("219840", s.getPages());
        assertEquals(new PartialDate(2013, 4, 18), s.getPublished(), "the first PY; 'received' dates ignored");
        assertEquals("PMC3654245", sink.records.get(0).recordKey());
    }

    @Test
    void leadingBlankLinesKeepTheRecordLineAndJoGivesTheAbbreviation() throws IOException {
        CollectingSink sink = readFixture("jabref__RisImporterTest8_date.ris");
        Study s = only(sink);
        assertEquals(6, sink.records.get(0).line());
        assertEquals(6, s.getAuthors().size());
        assertAuthor(s.getAuthors().get(0), "Valle-Delgado", "J. J.");
        assertAuthor(s.getAuthors().get(1), "Molina-Bolívar", "J. A.");
        assertEquals("The Journal of Chemical Physics", s.getJournal().getTitle());
        assertEquals("J. Chem. Phys.", s.getJournal().getIsoAbbreviation());
        assertEquals("0021-9606", s.getJournal().getIssn());
        assertEquals("123", s.getVolume());
        assertEquals("3", s.getIssue());
        assertEquals("034708", s.getPages());
        assertEquals(new PartialDate(2005, 7, 15), s.getPublished(), "PY 2005 completed by Y1/DA of the same year");
        assertEquals("10.1063/1.1954747", s.getDoi().orElseThrow().value());
    }

    @Test
    void bookChapterHasNoJournalAndContinuationWhitespaceIsSqueezed() throws IOException {
        Study s = only(readFixture("jabref__RisImporterTest3.ris"));
        assertEquals("book-chapter", s.getPublicationType());
        assertEquals("Toward a Robust Analysis of Dermoscopy Images Acquired under Different Conditions", s.getTitle());
        assertNull(s.getJournal(), "T2 of a chapter is the book, not a journal");
        assertEquals("1-22", s.getPages());
        assertEquals("10.1201/b19107-2", s.getDoi().orElseThrow().value());
        assertEquals(new PartialDate(2015, 9, 10), s.getPublished());
        assertAuthor(s.getAuthors().get(0), "Barata", "Catarina");
    }

    @Test
    void journalFromJoVolumeAsWrittenAndIdAsKey() throws IOException {
        CollectingSink sink = readFixture("jabref__RisImporterTest4c.ris");
        Study s = only(sink);
        assertEquals("Food Technology", s.getJournal().getTitle());
        assertNull(s.getJournal().getIsoAbbreviation());
        assertEquals("50(2)", s.getVolume());
        assertEquals("49-52", s.getPages());
        assertEquals(PartialDate.ofYear(1996), s.getPublished());
        assertEquals("huffman", sink.records.get(0).recordKey());
    }

    @Test
    void monthNamesAndEditorsAreNotAuthors() throws IOException {
        Study s = only(readFixture("jabref__RisImporterTest7.ris"));
        assertEquals("book", s.getPublicationType());
        assertEquals(new PartialDate(2015, 10, null), s.getPublished());
        assertEquals(List.of("Smith", "Doe", "Brown"), s.getAuthors().stream().map(Authorship::getFamily).toList());
    }

    @Test
    void doiUrlAndEmptyIssueOfScienceDirectExport() throws IOException {
        Study s = only(readFixture("jabref__RisImporterTestScience.ris"));
        assertEquals("10.1016/j.actamat.2016.09.028", s.getDoi().orElseThrow().value());
        assertNull(s.getIssue());
        assertEquals("Acta Materialia", s.getJournal().getTitle());
        assertEquals(new PartialDate(2016, 12, null), s.getPublished());
        assertEquals("310-324", s.getPages());
    }

    @Test
    void corruptedFileWithoutTypeLineGivesNoRecordAndAClearReason() throws IOException {
        CollectingSink sink = readFixture("jabref__RisImporterCorrupted.ris");
        assertEquals(0, sink.records.size());
        assertEquals(1, sink.rejected.size());
        assertEquals(2, sink.rejected.get(0).line());
        assertTrue(sink.rejected.get(0).reason().contains("'TY  - '"), sink.rejected.get(0).reason());
    }

    @Test
    void recordsWithoutEndLineAreRejectedAtTheirStartAndTheRestIsRead() throws IOException {
        CollectingSink sink = readFixture("jabref__RisImporterTest1.ris");
        assertEquals(List.of(2, 39), sink.rejected.stream().map(p -> p.line()).toList());
        assertTrue(sink.rejected.get(0).reason().contains("no 'ER  - ' end line before the next record (TY at line 39)"));
        assertTrue(sink.warnings.stream().anyMatch(w -> w.line() == 3 && w.reason().startsWith("repeated TY lines")));
        assertEquals(1, sink.records.size());
        ParsedRecord r = sink.records.get(0);
        assertEquals(43, r.line());
        assertEquals("dissertation", r.study().getPublicationType());
        assertEquals("10.1023/a:1017379030770", r.study().getDoi().orElseThrow().value(), "DOI from the doi.org UR");
        assertEquals("abstract1", r.study().getAbstractText(), "AB is preferred to N2");
    }

    @Test
    void ownFixtureWithBomCrlfContinuationLinesAndVocabularyTerms() throws IOException {
        CollectingSink sink = read(resource("barone.ris"));
        assertEquals(1, sink.records.size());
        Study s = sink.records.get(0).study();
        assertEquals("Perceived Benefits of MDMA-Assisted Psychotherapy beyond Symptom Reduction: Qualitative "
                + "Follow-Up Study of a Clinical Trial for Individuals with Treatment-Resistant PTSD", s.getTitle());
        assertEquals(List.of("Barone", "Beck", "Mitsunaga-Whitten", "Perl"),
                s.getAuthors().stream().map(Authorship::getFamily).toList());
        assertEquals("Journal of Psychoactive Drugs", s.getJournal().getTitle());
        assertEquals("J Psychoactive Drugs", s.getJournal().getIsoAbbreviation());
        assertEquals("0279-1072", s.getJournal().getIssn());
        assertEquals("199-208", s.getPages());
        assertEquals(new PartialDate(2019, 4, null), s.getPublished());
        assertEquals("30849288", s.getPmid().orElseThrow().value());
        assertEquals("NCT01211405", s.getNctId().orElseThrow().value());
        assertTrue(s.getAbstractText().endsWith("for post-traumatic stress disorder were interviewed one year later."));
        StudyTerm mdma = s.terms(TermKind.SUBSTANCE).get(0);
        assertEquals("mdma", mdma.getTermKey());
        assertEquals(TermRole.INTERVENTION, mdma.getRole());
        assertEquals(List.of("ptsd"), s.terms(TermKind.CONDITION).stream().map(StudyTerm::getTermKey).toList());

        assertEquals(2, sink.rejected.size());
        assertEquals(26, sink.rejected.get(0).line());
        assertTrue(sink.rejected.get(0).reason().contains("neither a title"), sink.rejected.get(0).reason());
        assertEquals(31, sink.rejected.get(1).line());
        assertTrue(sink.rejected.get(1).reason().contains("the file ends at line 33"), sink.rejected.get(1).reason());
    }

    @Test
    void gzippedFixtureGivesTheSameRecords() throws IOException {
        Path plain = SharedData.file("records/ris/jabref__RisImporterTestDOI.ris");
        Path gz = dir.resolve("pubmed.ris.gz");
        try (InputStream in = Files.newInputStream(plain); OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        assertTrue(importer.isRecognizedFormat(gz));
        ParsedRecord a = readFixture("jabref__RisImporterTestDOI.ris").records.get(0);
        ParsedRecord b = read(gz).records.get(0);
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(StudyJson.full(a.study(), "x"), StudyJson.full(b.study(), "x"));
    }

    @Test
    void aFileWithoutRecordsIsOneClearRejection() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.ris"), "\n\nnot a record\n");
        CollectingSink sink = read(f);
        assertEquals(0, sink.records.size());
        assertEquals(1, sink.rejected.size());
        assertEquals(0, sink.rejected.get(0).line());
        assertTrue(sink.rejected.get(0).reason().startsWith("no RIS record found"));
    }

    @Test
    void recognisesEveryRisFixtureAndNothingElse() throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(SharedData.dir())) {
            all = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(all.size() > 100, "the shared data is there");
        for (Path f : all) {
            boolean ris = f.getFileName().toString().endsWith(".ris");
            assertEquals(ris, importer.isRecognizedFormat(f), f.toString());
        }
        assertTrue(importer.isRecognizedFormat(resource("barone.ris")));
        assertFalse(importer.isRecognizedFormat(SharedData.psypostArticle()));
    }

    @Test
    void sniffingRejectsMedlineAndBinary() throws IOException {
        assertFalse(RisImporter.looksLikeRis("PMID- 123\nTI  - Title\nAU  - A\n"));
        assertFalse(RisImporter.looksLikeRis("TI  - Title\nFAU - Doe, Jane\nER  - \n"));
        assertFalse(RisImporter.looksLikeRis("AU  - Doe\nTI  - no type and no end\n"));
        assertTrue(RisImporter.looksLikeRis("\uFEFF\r\nTY  - JOUR\r\nTI  - x\r\n"));
        assertTrue(RisImporter.looksLikeRis("Provider: Elsevier\nDatabase: ScienceDirect\n\nTY  - JOUR\nTI  - x\n"));
        assertFalse(RisImporter.looksLikeRis("Some prose first\nAU  - Doe\nER  - \n"), "after a header, TY first");
        assertFalse(RisImporter.looksLikeRis("line\n".repeat(13) + "TY  - JOUR\n"), "a long text is not a header");
        Path bin = Files.write(dir.resolve("bin.ris"), new byte[] {0, 1, 2, (byte) 0xff, 0});
        assertFalse(importer.isRecognizedFormat(bin));
    }
}
