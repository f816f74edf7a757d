package org.clinicite.importer.ctgov;

import static org.clinicite.importer.ctgov.CtgovFixtures.IMPORTER;
import static org.clinicite.importer.ctgov.CtgovFixtures.V1;
import static org.clinicite.importer.ctgov.CtgovFixtures.V2;
import static org.clinicite.importer.ctgov.CtgovFixtures.XML;
import static org.clinicite.importer.ctgov.CtgovFixtures.read;
import static org.clinicite.importer.ctgov.CtgovFixtures.resource;
import static org.clinicite.importer.ctgov.CtgovFixtures.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.testing.SharedData;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection, the JSON page shapes, gzip, fingerprints, and input that must be rejected with a reason. */
class CtgovInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    // ---- detection ----

    @Test
    void recognisesEveryClinicalTrialsGovFixture() throws IOException {
        for (Path f : CtgovFixtures.all()) {
            assertTrue(IMPORTER.isRecognizedFormat(f), f.toString());
        }
        assertTrue(IMPORTER.isRecognizedFormat(resource("made-up-v2-psilocybin-escitalopram-mdma.json")));
    }

    @Test
    void recognisesNoOtherFormat() throws IOException {
        List<Path> others;
        try (Stream<Path> files = Files.walk(SharedData.dir().resolve("records"))) {
            others = files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("clinicaltrials-")).sorted().toList();
        }
        assertTrue(others.size() > 50, "the other formats' fixtures: " + others.size());
        for (Path f : others) {
            assertFalse(IMPORTER.isRecognizedFormat(f), f.toString());
        }
        assertFalse(IMPORTER.isRecognizedFormat(SharedData.psypostArticle()));
        assertFalse(IMPORTER.isRecognizedFormat(resource("not-a-study.json")));
        assertFalse(IMPORTER.isRecognizedFormat(resource("not-a-study.xml")));
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {'{', 0, 1, 2, (byte) 0xff, '"', 'p'});
        assertFalse(IMPORTER.isRecognizedFormat(binary));
        Path empty = Files.createFile(dir.resolve("empty.json"));
        assertFalse(IMPORTER.isRecognizedFormat(empty));
    }

    // ---- v2 page lists ----

    @Test
    void v2PageListBuiltFromTwoFixturesStreamsBothStudies() throws IOException {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode studies = page.putArray("studies");
        studies.add(tree(V2 + "aact__NCT00763412.json"));
        studies.add(tree(V2 + "aact__NCT03418623.json"));
        page.put("nextPageToken", "NF0g5JGBlPMuwQY");
        Path file = dir.resolve("page.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(page));

        assertTrue(IMPORTER.isRecognizedFormat(file));
        CollectingSink sink = read(file);
        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        assertTrue(sink.warnings.isEmpty(), sink.warnings.toString());
        assertEquals(List.of("NCT00763412", "NCT03418623"), sink.records.stream().map(ParsedRecord::recordKey).toList());
        assertEquals(2, sink.records.get(0).line(), "line 1 '{', line 2 '\"studies\" : [ {' where the first study starts");
        int second = lineOf(file, "\"nctId\" : \"NCT03418623\"");
        assertTrue(sink.records.get(1).line() > 2 && sink.records.get(1).line() < second,
                "the second study starts before its nctId: " + sink.records.get(1).line() + " < " + second);
        assertSameStudy(V2 + "aact__NCT00763412.json", sink.records.get(0));
        assertSameStudy(V2 + "aact__NCT03418623.json", sink.records.get(1));
    }

    @Test
    void aLongPageIsDeliveredStudyByStudy() throws IOException {
        ObjectNode study = (ObjectNode) tree(V2 + "aact__NCT00465816.json");
        ObjectNode id = (ObjectNode) study.path("protocolSection").path("identificationModule");
        Path file = dir.resolve("long-page.json");
        int n = 1000;
        try (java.io.BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"studies\": [\n");
            for (int i = 0; i < n; i++) {
                id.put("nctId", String.format("NCT1%07d", i));
                w.write(JSON.writeValueAsString(study));
                w.write(i < n - 1 ? ",\n" : "\n");
            }
            w.write("], \"nextPageToken\": \"x\"}\n");
        }
        List<Integer> lines = new java.util.ArrayList<>();
        IMPORTER.read(file, new CollectingSink() {
            @Override
            public void accept(ParsedRecord record) {
                lines.add(record.line());
                assertEquals(String.format("NCT1%07d", lines.size() - 1), record.recordKey());
            }
        });
        assertEquals(n, lines.size());
        assertEquals(2, lines.get(0));
        assertEquals(n + 1, lines.get(n - 1), "one study per line, each with its own line number");
    }

    @Test
    void bareArrayOfStudiesAndJsonLinesAreReadToo() throws IOException {
        String a = JSON.writeValueAsString(tree(V2 + "aact__NCT00973089.json"));
        String b = JSON.writeValueAsString(tree(V2 + "aact__NCT00465816.json"));
        Path array = dir.resolve("array.json");
        Files.writeString(array, "[" + a + ",\n" + b + "]\n");
        assertEquals(List.of("NCT00973089", "NCT00465816"), keys(read(array)));
        Path lines = dir.resolve("studies.jsonl");
        Files.writeString(lines, a + "\n" + b + "\n");
        CollectingSink sink = read(lines);
        assertEquals(List.of("NCT00973089", "NCT00465816"), keys(sink));
        assertEquals(List.of(1, 2), sink.records.stream().map(ParsedRecord::line).toList());
    }

    @Test
    void emptyPageIsAWarningNotAnError() throws IOException {
        Path file = dir.resolve("empty-page.json");
        Files.writeString(file, "{\"studies\": [], \"totalCount\": 0}");
        CollectingSink sink = read(file);
        assertTrue(sink.records.isEmpty());
        assertTrue(sink.rejected.isEmpty());
        assertEquals(List.of("no studies in the file"), sink.warnings.stream().map(Problem::reason).toList());
    }

    @Test
    void v1ResponseWithTwoStudies() throws IOException {
        JsonNode one = tree(V1 + "aact__NCT04780763.json");
        JsonNode two = tree(V1 + "aact__NCT00023673.json");
        ((ArrayNode) one.path("FullStudiesResponse").path("FullStudies"))
                .add(two.path("FullStudiesResponse").path("FullStudies").get(0));
        Path file = dir.resolve("v1-two.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(one));
        CollectingSink sink = read(file);
        assertEquals(List.of("NCT04780763", "NCT00023673"), keys(sink));
        assertSameStudy(V1 + "aact__NCT00023673.json", sink.records.get(1));

        Path element = dir.resolve("v1-element.json");
        Files.writeString(element, JSON.writeValueAsString(two.path("FullStudiesResponse").path("FullStudies").get(0)));
        assertTrue(IMPORTER.isRecognizedFormat(element), "one FullStudies element on its own: {\"Rank\": 1, \"Study\": ...}");
        assertSameStudy(V1 + "aact__NCT00023673.json", read(element).only());
    }

    // ---- gzip ----

    @Test
    void gzippedFixturesImportTheSameRecords() throws IOException {
        for (String f : List.of(V2 + "aact__NCT02210780.json", V1 + "aact__NCT00023673.json",
                XML + "aact__NCT01065844.xml")) {
            Path gz = dir.resolve(shared(f).getFileName() + ".gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                Files.copy(shared(f), out);
            }
            assertTrue(IMPORTER.isRecognizedFormat(gz), gz.toString());
            ParsedRecord plain = read(shared(f)).only();
            ParsedRecord zipped = read(gz).only();
            assertEquals(plain.fingerprint(), zipped.fingerprint(), f);
            assertEquals(plain.line(), zipped.line(), f);
            assertEquals(json(plain), json(zipped), f);
        }
    }

    // ---- fingerprints ----

    @Test
    void fingerprintIgnoresLayoutAndDownloadStampsButNotContent() throws IOException {
        ParsedRecord original = read(shared(V2 + "aact__NCT00763412.json")).only();
        JsonNode tree = tree(V2 + "aact__NCT00763412.json");
        Path compact = dir.resolve("compact.json");
        Files.writeString(compact, JSON.writeValueAsString(tree));
        assertEquals(original.fingerprint(), read(compact).only().fingerprint(), "layout is not content");

        ((ObjectNode) tree.path("derivedSection").path("miscInfoModule")).put("versionHolder", "2031-01-01");
        Path restamped = dir.resolve("restamped.json");
        Files.writeString(restamped, JSON.writeValueAsString(tree));
        assertEquals(original.fingerprint(), read(restamped).only().fingerprint(), "the data version stamp is not content");

        ((ObjectNode) tree.path("protocolSection").path("identificationModule")).put("briefTitle", "Changed");
        Path changed = dir.resolve("changed.json");
        Files.writeString(changed, JSON.writeValueAsString(tree));
        assertNotEquals(original.fingerprint(), read(changed).only().fingerprint());

        Path xml = shared(XML + "aact__NCT00001177.xml");
        Path redownloaded = dir.resolve("redownloaded.xml");
        Files.writeString(redownloaded, Files.readString(xml).replace("processed this data on April 19, 2019",
                "processed this data on May 2, 2019"));
        assertEquals(read(xml).only().fingerprint(), read(redownloaded).only().fingerprint(),
                "the download date in <required_header> is not content");
        assertEquals(read(shared(XML + "aact__NCT00081588.xml")).only().fingerprint(),
                read(shared(XML + "aact__NCT00980226.xml")).only().fingerprint(), "two copies of one record");
        assertNotEquals(read(shared(V2 + "aact__NCT02278341.json")).only().fingerprint(),
                read(shared(V2 + "aact__NCT02552212.json")).only().fingerprint(), "two versions of one study");
    }

    // ---- malformed input ----

    @Test
    void truncatedJsonIsRejectedWithItsLine() {
        CollectingSink sink = read(resource("malformed-truncated-v2.json"));
        assertTrue(sink.records.isEmpty());
        Problem p = single(sink);
        assertTrue(p.reason().startsWith("malformed JSON: Unexpected end-of-input"), p.reason());
        assertTrue(p.line() >= 8, p.toString());
        assertTrue(p.toString().contains("malformed-truncated-v2.json:"), p.toString());

        CollectingSink v1 = read(resource("malformed-truncated-v1.json"));
        assertTrue(v1.records.isEmpty());
        assertTrue(single(v1).reason().startsWith("malformed JSON: Unexpected end-of-input"), single(v1).reason());
    }

    @Test
    void studiesBeforeASyntaxErrorAreDeliveredThenTheFileStops() {
        CollectingSink sink = read(resource("malformed-page-second-study-broken.json"));
        assertEquals(List.of("NCT09990003"), keys(sink));
        Problem p = single(sink);
        assertEquals(11, p.line(), p.toString());
        assertTrue(p.column() > 0, p.toString());
        assertTrue(p.reason().startsWith("malformed JSON: Unexpected character ('\"'"), p.reason());
    }

    @Test
    void studiesThatCannotBeIdentifiedAreRejectedOneByOne() {
        CollectingSink sink = read(resource("malformed-studies-without-nct.json"));
        assertEquals(List.of("NCT09990006"), keys(sink), "the NCT number normalised to upper case");
        assertEquals(List.of(
                "studies[0] has no NCT number; a registry record needs one",
                "studies[1] has an invalid NCT number 'NCT123' (expected NCT and eight digits)",
                "studies[2] has no \"protocolSection\": not a ClinicalTrials.gov study",
                "studies[3] is not a study object"),
                sink.rejected.stream().map(Problem::reason).toList());
        assertEquals(List.of(3, 4, 5, 6), sink.rejected.stream().map(Problem::line).toList());
        assertEquals(7, sink.records.get(0).line());
    }

    @Test
    void jsonThatIsNoStudyIsRejected() throws IOException {
        CollectingSink sink = read(resource("not-a-study.json"));
        assertTrue(sink.records.isEmpty());
        assertTrue(single(sink).reason().startsWith("not a ClinicalTrials.gov record: no \"protocolSection\""));
        Path scalar = dir.resolve("scalar.json");
        Files.writeString(scalar, "[\"NCT00763412\"]");
        assertEquals("studies[0] is not a study object", single(read(scalar)).reason());
        Path number = dir.resolve("number.json");
        Files.writeString(number, "[]\n42\n");
        assertTrue(single(read(number)).reason().startsWith("not a ClinicalTrials.gov record: a JSON number where"));
    }

    @Test
    void notUtf8IsRejected() throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT09990010\", \"briefTitle\": \"Caf\u00e9\"}}}"
                .getBytes(StandardCharsets.ISO_8859_1));
        CollectingSink sink = read(latin1);
        assertTrue(sink.records.isEmpty());
        assertEquals("not UTF-8 text", single(sink).reason());
    }

    @Test
    void truncatedXmlIsRejectedWithItsLine() {
        CollectingSink sink = read(resource("malformed-truncated.xml"));
        assertTrue(sink.records.isEmpty());
        Problem p = single(sink);
        assertTrue(p.reason().startsWith("malformed XML: "), p.reason());
        assertFalse(p.reason().contains("ParseError at"), p.reason());
        assertTrue(p.line() >= 9, p.toString());
    }

    @Test
    void xmlEntitiesAreNotExpanded() {
        CollectingSink sink = read(resource("malformed-external-entity.xml"));
        assertTrue(sink.records.isEmpty(), "nothing read from /etc/passwd");
        Problem p = single(sink);
        assertTrue(p.reason().startsWith("malformed XML: ") && p.reason().contains("secret"), p.reason());
        assertEquals(9, p.line(), p.toString());
    }

    @Test
    void xmlThatIsNoStudyIsRejected() {
        CollectingSink sink = read(resource("not-a-study.xml"));
        assertTrue(sink.records.isEmpty());
        assertEquals("no <clinical_study> element: not a ClinicalTrials.gov XML record", single(sink).reason());
    }

    @Test
    void xmlStudyWithoutNctNumberIsRejected() throws IOException {
        Path file = dir.resolve("no-nct.xml");
        Files.writeString(file, "<clinical_study>\n  <brief_title>No id</brief_title>\n</clinical_study>\n");
        assertEquals("<clinical_study> has no NCT number; a registry record needs one", single(read(file)).reason());
    }

    @Test
    void neitherJsonNorXmlIsRejected() throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "NCT00763412 is a trial\n");
        assertEquals("neither JSON nor XML: ClinicalTrials.gov records are API JSON or the legacy XML",
                single(read(text)).reason());
        Path empty = Files.createFile(dir.resolve("empty.xml"));
        assertTrue(single(read(empty)).reason().startsWith("empty or binary file"));
    }

    // ---- helpers ----

    private static JsonNode tree(String relative) throws IOException {
        return JSON.readTree(shared(relative).toFile());
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static void assertSameStudy(String fixture, ParsedRecord fromList) throws IOException {
        ParsedRecord alone = read(shared(fixture)).only();
        assertEquals(json(alone), json(fromList), fixture);
        assertEquals(alone.fingerprint(), fromList.fingerprint(), "a study in a list is the same record: " + fixture);
    }

    private static String json(ParsedRecord r) throws IOException {
        return StudyJson.MAPPER.writeValueAsString(StudyJson.full(r.study(), "x"));
    }

    private static List<String> keys(CollectingSink sink) {
        return sink.records.stream().map(ParsedRecord::recordKey).toList();
    }

    private static Problem single(CollectingSink sink) {
        assertEquals(1, sink.rejected.size(), sink.rejected.toString());
        return sink.rejected.get(0);
    }
}
