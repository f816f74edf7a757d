package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clinicite.importer.Importer;
import org.clinicite.importer.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs that are not news articles: each is rejected whole, naming the file and the reason. */
class BadInputTest {
    private static final List<String> OTHER_FORMATS = List.of("pubmed-xml", "ris", "bibtex", "csl-json", "medline-nbib",
            "clinicaltrials-xml", "clinicaltrials-json", "crossref-json", "endnote-xml", "endnote-enw", "jats-xml");

    @TempDir
    Path dir;

    private final NewsTextImporter text = new NewsTextImporter(TestVocabulary.small());
    private final NewsHtmlImporter html = new NewsHtmlImporter(TestVocabulary.small());

    private static Problem rejection(Importer importer, Path file) throws IOException {
        CollectingSink sink = new CollectingSink();
        importer.read(file, sink);
        Problem p = sink.singleRejection();
        assertEquals(file.toString(), p.file());
        return p;
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        assertEquals("empty file", rejection(text, f).reason());
        assertEquals("empty file", rejection(html, f).reason());
        assertFalse(text.isRecognizedFormat(f));
    }

    @Test
    void blankFileIsEmpty() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.txt"), "\n  \n\t\n");
        assertEquals("empty file", rejection(text, f).reason());
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37);
        }
        Path f = Files.write(dir.resolve("image.png"), bytes);
        assertTrue(rejection(text, f).reason().contains("binary"), rejection(text, f).reason());
        assertFalse(text.isRecognizedFormat(f));
        assertFalse(html.isRecognizedFormat(f));
    }

    @Test
    void latin1TextIsNotUtf8() throws IOException {
        String page = "Une étude publiée\n\nby Jean Dupont\nMarch 23, 2020\n\n"
                + "Les chercheurs ont étudié 19 participants avec un trouble de stress post-traumatique résistant.\n";
        Path f = Files.write(dir.resolve("latin1.txt"), page.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(rejection(text, f).reason().contains("UTF-8"), rejection(text, f).reason());
    }

    @Test
    void proseThatIsNotANewsArticle() throws IOException {
        Path f = Fixtures.path("not-news.txt");
        assertEquals(NewsRecords.NOT_NEWS, rejection(text, f).reason());
        assertFalse(text.isRecognizedFormat(f));
    }

    @Test
    void newsArticleAboutNoStudy() throws IOException {
        Path f = Files.writeString(dir.resolve("council.txt"), "City council approves new cycle lanes downtown\n\n"
                + "by Sam Writer\nJune 2, 2021\n\n"
                + "The city council voted on Tuesday to build four new cycle lanes through the downtown area next year.\n\n"
                + "Construction is expected to start in the spring and to take about six months to complete overall.\n");
        assertTrue(rejection(text, f).reason().startsWith("the article describes no study"));
    }

    @Test
    void risAndBibtexRecordsAreRejectedWithTheirFormat() throws IOException {
        for (Path f : files("ris", "bibtex")) {
            if (f.toString().endsWith(".ris") || f.toString().endsWith(".bib")) {
                String reason = rejection(text, f).reason();
                assertTrue(reason.startsWith("not a news article: the file is "), f + ": " + reason);
                assertTrue(reason.contains("RIS") || reason.contains("BibTeX") || reason.contains("empty"), f + ": " + reason);
            }
        }
    }

    @Test
    void xmlAndJsonRecordsAreRejectedToo() throws IOException {
        for (Path f : files("pubmed-xml", "csl-json", "clinicaltrials-xml", "medline-nbib")) {
            String reason = rejection(text, f).reason();
            assertTrue(reason.startsWith("not a news article"), f + ": " + reason);
        }
    }

    static Stream<String> otherFormats() {
        return OTHER_FORMATS.stream();
    }

    @ParameterizedTest
    @MethodSource("otherFormats")
    void otherFormatsAreNotRecognised(String format) throws IOException {
        List<Path> fixtures = files(format);
        assertFalse(fixtures.isEmpty(), "no fixtures for " + format);
        for (Path f : fixtures) {
            assertFalse(text.isRecognizedFormat(f), "news recognised " + f);
            assertFalse(html.isRecognizedFormat(f), "news-html recognised " + f);
        }
    }

    @Test
    void sniffedKindsOfTheOtherFormats() throws IOException {
        assertEquals(SniffedKind.RIS, FormatSniffer.sniff(SharedData.file("records/ris/jabref__RisImporterTest1.ris")));
        assertEquals(SniffedKind.BIBTEX,
                FormatSniffer.sniff(SharedData.file("records/bibtex/citationjs__mapping-bibtex-input.bib")));
        assertEquals(SniffedKind.MEDLINE, FormatSniffer.sniff(SharedData.file("records/medline-nbib/jabref__NbibImporterTest.nbib")));
        assertEquals(SniffedKind.XML, FormatSniffer.sniff(SharedData.file("records/pubmed-xml/fatcat__pubmed_19129924.xml")));
        assertEquals(SniffedKind.JSON,
                FormatSniffer.sniff(SharedData.file("records/csl-json/manubot__crossref-deep-review-csl__raw.json")));
        assertEquals(SniffedKind.TEXT, FormatSniffer.sniff(SharedData.psyPost()));
    }

    @Test
    void htmlImporterRejectsPlainText() throws IOException {
        assertTrue(rejection(html, SharedData.psyPost()).reason().startsWith("not an HTML page"));
    }

    private static List<Path> files(String... formats) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (String format : formats) {
            Path d = SharedData.dir().resolve("records").resolve(format);
            assertTrue(Files.isDirectory(d), "missing " + d);
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }
}
