package org.clinicite.importer.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.clinicite.importer.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The BibTeX importer on citation.js's mapping fixtures, JabRef's .bib files and clinicite's own. */
class BibtexImporterTest {
    private static final Vocabulary VOCABULARY = Vocabulary.shipped();
    private final BibtexImporter importer = new BibtexImporter(VOCABULARY);

    @TempDir
    Path dir;

    private CollectingSink read(Path file) throws IOException {
        CollectingSink sink = new CollectingSink();
        importer.read(file, sink);
        return sink;
    }

    private Map<String, ParsedRecord> byKey(String fixture) throws IOException {
        CollectingSink sink = read(SharedData.file("records/bibtex/" + fixture));
        assertEquals(List.of(), sink.rejected);
        return sink.records.stream().collect(Collectors.toMap(ParsedRecord::recordKey, Function.identity()));
    }

    private static Path resource(String name) {
        return Path.of("src/test/resources/bibtex", name);
    }

    private static List<String> families(Study s) {
        return s.getAuthors().stream().map(a -> a.getLiteral() != null ? a.getLiteral() : a.getFamily()).toList();
    }

    @Test
    void bibtexArticleGivesEveryField() throws IOException {
        Map<String, ParsedRecord> records = byKey("citationjs__mapping-bibtex-input.bib");
        assertEquals(16, records.size());
        ParsedRecord r = records.get("Article");
        assertEquals(1, r.line());
        assertEquals("bibtex", r.format());
        Study s = r.study();
        assertEquals(StudyStatus.VERIFIED, s.getStatus());
        assertEquals("journal-article", s.getPublicationType());
        assertEquals("Lorem Ipsum", s.getTitle());
        assertEquals("Adams, Alice", s.getAuthors().get(0).displayName());
        assertEquals("Brody, Bob", s.getAuthors().get(1).displayName());
        assertEquals("The BibTeX Journal", s.getJournal().getTitle());
        assertEquals("5", s.getVolume());
        assertEquals("6", s.getIssue());
        assertEquals("200-210", s.getPages());
        assertEquals(new PartialDate(2020, 2, null), s.getPublished(), "month = feb, resolved by jbibtex");

        Study book = records.get("Book").study();
        assertEquals(13, records.get("Book").line());
        assertEquals("book", book.getPublicationType());
        assertNull(book.getIssue(), "the number of a book is its number in a series");
        assertNull(book.getJournal());
        assertEquals(List.of("Adams", "Brody"), families(book), "the editor is not an author");

        ParsedRecord loir = records.get("loir:B6");
        assertEquals(186, loir.line());
        assertEquals(new PartialDate(2012, 5, 14), loir.study().getPublished(), "month = 5, day = 14");
        assertEquals(List.of("Bogusch", "Straka"), families(loir.study()));
        assertEquals("posted-content", records.get("Unpublished").study().getPublicationType());
        assertEquals("dissertation", records.get("PhdThesis").study().getPublicationType());
    }

    @Test
    void biblatexArticleWithEprintShortJournalAndIsoDate() throws IOException {
        Map<String, ParsedRecord> records = byKey("citationjs__mapping-biblatex-input.bib");
        ParsedRecord r = records.get("hutchinson:article");
        assertEquals(289, r.line());
        Study s = r.study();
        assertEquals("Conduction velocity in myelinated nerve fibres of Xenopos laevis", s.getTitle());
        assertEquals(List.of("Hutchinson, N A", "Koles, Z J", "Smith, R S"),
                s.getAuthors().stream().map(Authorship::displayName).toList());
        assertEquals("Journal of Physiology", s.getJournal().getTitle());
        assertEquals("J Physiol", s.getJournal().getIsoAbbreviation());
        assertEquals("0022-3751", s.getJournal().getIssn());
        assertEquals("208", s.getVolume());
        assertEquals("2", s.getIssue());
        assertEquals("279-289", s.getPages());
        assertEquals(new PartialDate(1970, 6, null), s.getPublished());
        assertEquals("5500723", s.getPmid().orElseThrow().value(), "eprint with eprinttype pubmed");
        assertEquals("PMC1348748", s.getPmcid().orElseThrow().value(), "from the PMC url");
        assertTrue(s.getDoi().isEmpty());

        Study batori = records.get("batori_river_2020").study();
        assertEquals(9, batori.getAuthors().size());
        assertEquals("Bátori, Zoltán", batori.getAuthors().get(0).displayName());
        assertEquals("Erdős, László", batori.getAuthors().get(6).displayName());
        assertEquals("River Research and Applications", batori.getJournal().getTitle());
        assertEquals("1535-1467", batori.getJournal().getIssn());
        assertEquals("10.1002/rra.3643", batori.getDoi().orElseThrow().value());
        assertEquals("7", batori.getIssue());
        assertEquals(PartialDate.ofYear(2020), batori.getPublished());

        Study zootaxa = records.get("loir:B6").study();
        assertEquals("10.11646/zootaxa.3311.1.1", zootaxa.getDoi().orElseThrow().value());
        assertEquals("Zootaxa", zootaxa.getJournal().getTitle());
        assertEquals(new PartialDate(2012, 5, 14), zootaxa.getPublished());
    }

    @Test
    void biblatexNamesSubtitlesAndDates() throws IOException {
        Map<String, ParsedRecord> records = byKey("citationjs__mapping-biblatex-input.bib");
        Study renner = records.get("renner:single").study();
        assertEquals("Edward Hopper: Transformaties van het werkelijke", renner.getTitle());
        assertEquals("Renner, Rolf Günter", renner.getAuthors().get(0).displayName());
        Study radboud = records.get("radboud:manual").study();
        assertEquals("Edusupport Biosciences", radboud.getAuthors().get(0).getLiteral());
        assertEquals(new PartialDate(2019, 9, 2), radboud.getPublished(), "month = \"2 sep\"");
        assertEquals("report", radboud.getPublicationType());
        Study swat = records.get("swat4hcls:paper").study();
        assertEquals(List.of("Egyedi", "O'Connor", "Martínez-Romero", "Willrett", "Hardi", "Graybeal", "Musen"),
                families(swat));
        assertEquals("proceedings-article", swat.getPublicationType());
        assertNull(swat.getJournal(), "a booktitle is not a journal");
        assertEquals(new PartialDate(2018, 12, 13), swat.getPublished());
        assertEquals(new PartialDate(2002, 7, 30), records.get("sarbanes:act").study().getPublished());
        assertEquals("Born, L.", records.get("cdli:Born2019").study().getAuthors().get(0).displayName());
        assertEquals(12, records.get("doerr:report").study().getAuthors().size());
    }

    @Test
    void unreadableMonthIsAWarningAtTheEntryLine() throws IOException {
        CollectingSink sink = read(SharedData.file("records/bibtex/citationjs__mapping-biblatex-input.bib"));
        assertEquals(List.of(new Problem(sink.records.get(0).source(), 250, 0,
                "month 'unknown' is not a month; only the year is kept")), sink.warnings);
    }

    /** citation.js's CSL reading of the same file is a cross-check: titles, first names and years agree. */
    @Test
    void agreesWithCitationJsOnTitlesAuthorsAndYears() throws IOException {
        for (String name : List.of("bibtex", "biblatex")) {
            Map<String, ParsedRecord> records = byKey("citationjs__mapping-" + name + "-input.bib");
            JsonNode csl = StudyJson.MAPPER.readTree(SharedData.file("records/bibtex/citationjs__mapping-" + name
                    + "-csl.json").toFile());
            for (JsonNode item : csl) {
                Study s = records.get(item.get("id").asText()).study();
                String id = item.get("id").asText();
                assertEquals(item.get("title").asText().replaceAll("</?i>", ""), s.getTitle(), id);
                assertEquals(item.at("/issued/date-parts/0/0").asInt(), s.getPublished().year(), id);
                List<String> cslFamilies = new ArrayList<>();
                item.path("author").forEach(a -> cslFamilies.add(a.path("family").asText(a.path("literal").asText())));
                assertEquals(cslFamilies, families(s), id);
            }
        }
    }

    @Test
    void ownFixtureBadEntriesAreRejectedAtTheirLinesAndTheRestIsRead() throws IOException {
        CollectingSink sink = read(resource("barone.bib"));
        assertEquals(List.of("barone2019", "mueller2020", "paren2022"),
                sink.records.stream().map(ParsedRecord::recordKey).toList());
        assertEquals(List.of(4, 33, 47), sink.records.stream().map(ParsedRecord::line).toList());
        assertEquals(2, sink.rejected.size());
        assertEquals(24, sink.rejected.get(0).line());
        assertEquals("@article 'broken': syntax error near 'year' at line 26, column 3 (a missing comma, quote or brace?)",
                sink.rejected.get(0).reason());
        assertEquals(29, sink.rejected.get(1).line());
        assertEquals("@article 'unclosed': entry is not closed (a '}' is missing): a new entry starts at line 33",
                sink.rejected.get(1).reason());
        assertTrue(sink.warnings.stream().anyMatch(w -> w.line() == 33 && w.reason().startsWith("macro 'undefinedmacro'")));
        assertTrue(sink.warnings.stream().anyMatch(w -> w.line() == 33 && w.reason().startsWith("pmid '123456789x'")));
    }

    @Test
    void ownFixtureMacrosLatexIdentifiersAndTerms() throws IOException {
        List<ParsedRecord> records = read(resource("barone.bib")).records;
        Study s = records.get(0).study();
        assertEquals("Perceived Benefits of MDMA-Assisted Psychotherapy beyond Symptom Reduction: Qualitative "
                + "Follow-Up Study of a Clinical Trial for Individuals with Treatment-Resistant PTSD", s.getTitle());
        assertEquals("Journal of Psychoactive Drugs", s.getJournal().getTitle(), "from the @string macro");
        assertEquals("J Psychoactive Drugs", s.getJournal().getIsoAbbreviation());
        assertEquals("0279-1072", s.getJournal().getIssn());
        assertEquals("199-208", s.getPages());
        assertEquals(new PartialDate(2019, 4, null), s.getPublished());
        assertEquals("10.1080/02791072.2019.1580805", s.getDoi().orElseThrow().value());
        assertEquals("30849288", s.getPmid().orElseThrow().value());
        assertEquals("NCT01211405", s.getNctId().orElseThrow().value());
        assertEquals(List.of("mdma"), s.terms(TermKind.SUBSTANCE).stream().map(StudyTerm::getTermKey).toList());
        assertEquals(List.of("ptsd"), s.terms(TermKind.CONDITION).stream().map(StudyTerm::getTermKey).toList());

        Study mueller = records.get(1).study();
        assertEquals("Psilocybin for depression – an étude with 50% in vivo Results", mueller.getTitle());
        assertEquals(List.of("Müller, Jörg", "Østergaard, Søren", "Multidisciplinary Association for Psychedelic Studies"),
                mueller.getAuthors().stream().map(Authorship::displayName).toList());
        assertTrue(mueller.getPmid().isEmpty());
        assertEquals(new PartialDate(2020, 9, 2), mueller.getPublished());
        assertEquals(List.of("psilocybin"), mueller.terms(TermKind.SUBSTANCE).stream().map(StudyTerm::getTermKey).toList());

        Study paren = records.get(2).study();
        assertEquals("Parenthesised (entry)", paren.getTitle());
        assertEquals("10.1234/abc_def", paren.getDoi().orElseThrow().value());
    }

    @Test
    void crlfAndByteOrderMarkReadTheSame() throws IOException {
        CollectingSink lf = read(resource("barone.bib"));
        CollectingSink crlf = read(resource("barone-crlf.bib"));
        assertEquals(lf.records.size(), crlf.records.size());
        for (int i = 0; i < lf.records.size(); i++) {
            assertEquals(lf.records.get(i).line(), crlf.records.get(i).line());
            assertEquals(lf.records.get(i).fingerprint(), crlf.records.get(i).fingerprint());
            assertEquals(StudyJson.full(lf.records.get(i).study(), "x"), StudyJson.full(crlf.records.get(i).study(), "x"));
        }
        assertEquals(lf.rejected.stream().map(Problem::line).toList(), crlf.rejected.stream().map(Problem::line).toList());
    }

    @Test
    void jabrefBibFilesWithEmptyKeysAreRead() throws IOException {
        CollectingSink sink = read(SharedData.file("records/ris/jabref__RisImporterTestDOI.bib"));
        assertEquals(1, sink.records.size());
        ParsedRecord r = sink.records.get(0);
        assertNull(r.recordKey(), "@Article{, has no key");
        assertEquals(3, r.line());
        Study s = r.study();
        assertEquals("The effect of smartphone usage time on posture and respiratory function", s.getTitle());
        assertEquals("Journal of physical therapy science", s.getJournal().getTitle());
        assertEquals("2187-5626", s.getJournal().getIssn());
        assertEquals(new PartialDate(2016, 1, null), s.getPublished());
        assertEquals("PMC4756000", s.getPmcid().orElseThrow().value());

        Study laterality = read(SharedData.file("records/pubmed-xml/jabref__MedlineImporterTestArticleNoISSN.bib"))
                .records.get(0).study();
        assertEquals("26886152", laterality.getPmid().orElseThrow().value());
        assertEquals("3", laterality.getIssue(), "biblatex issue when there is no number");
        assertEquals(new PartialDate(2016, 5, null), laterality.getPublished());
    }

    @Test
    void everyBibFileInTheSharedDataIsReadWithoutCrashing() throws IOException {
        int records = 0;
        for (Path f : sharedFiles().stream().filter(f -> f.toString().endsWith(".bib")).toList()) {
            CollectingSink sink = read(f);
            records += sink.records.size();
            for (Problem p : sink.rejected) {
                assertTrue(p.reason().contains("neither a title") || p.reason().startsWith("no BibTeX entry"), p.toString());
            }
        }
        assertTrue(records > 80, "records read: " + records);
    }

    @Test
    void gzippedFixtureGivesTheSameRecords() throws IOException {
        Path gz = dir.resolve("barone.bib.gz");
        try (InputStream in = Files.newInputStream(resource("barone.bib"));
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        assertTrue(importer.isRecognizedFormat(gz));
        List<ParsedRecord> plain = read(resource("barone.bib")).records;
        List<ParsedRecord> zipped = read(gz).records;
        assertEquals(plain.stream().map(ParsedRecord::fingerprint).toList(), zipped.stream().map(ParsedRecord::fingerprint).toList());
    }

    @Test
    void aFileWithoutEntriesIsOneClearRejection() throws IOException {
        CollectingSink sink = read(Files.writeString(dir.resolve("notes.bib"), "just some text @ no entry\n"));
        assertEquals(0, sink.records.size());
        assertEquals(1, sink.rejected.size());
        assertTrue(sink.rejected.get(0).reason().startsWith("no BibTeX entry found"));
    }

    @Test
    void recognisesBibFilesAndNothingElse() throws IOException {
        List<Path> all = sharedFiles();
        assertTrue(all.size() > 100, "the shared data is there");
        for (Path f : all) {
            boolean bib = f.toString().endsWith(".bib") && !f.getFileName().toString().contains("MinimalEntry");
            assertEquals(bib, importer.isRecognizedFormat(f), f.toString());
        }
        assertFalse(importer.isRecognizedFormat(SharedData.psypostArticle()));
        assertTrue(importer.isRecognizedFormat(resource("barone.bib")));
        assertTrue(importer.isRecognizedFormat(resource("barone-crlf.bib")));
        Path bin = Files.write(dir.resolve("bin.bib"), new byte[] {'@', 0, 1, 2, (byte) 0xff});
        assertFalse(importer.isRecognizedFormat(bin));
    }

    /**
     * Every shared sample file. The {@code .bib} files beside other formats' fixtures are
     * JabRef's BibTeX readings of them: BibTeX, so this importer's to recognise.
     */
    private static List<Path> sharedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SharedData.dir())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
