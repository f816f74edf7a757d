package org.clinicite.citation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CslJsonTest {
    private final CitationFormatter formatter = new CitationFormatter();

    private static List<Path> sharedCslJsonFiles() throws IOException {
        Path dir = TestItems.sharedData().resolve("records/csl-json");
        assertTrue(Files.isDirectory(dir), "missing " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everySharedCslJsonFileFormatsWithApa() throws IOException {
        List<Path> files = sharedCslJsonFiles();
        assertTrue(files.size() >= 20, "expected the manubot CSL-JSON samples, found " + files.size());
        int entries = 0;
        for (Path file : files) {
            List<JsonNode> items = CslJson.read(file);
            Bibliography b = formatter.format(items, "apa", OutputFormat.TEXT, null);
            assertEquals(items.size(), b.entries().size() + b.errors().size(), file + ": " + b.issues());
            b.entryTexts().forEach(e -> assertTrue(!e.isBlank() && !e.contains("[]"), file + ": " + e));
            b.errors().forEach(e -> assertTrue(e.message().startsWith("CSL item #"), e.message()));
            entries += b.entries().size();
        }
        assertTrue(entries >= 18, "most shared items should format, got " + entries);
    }

    @Test
    void knownSharedItemsFormatAsExpected() throws IOException {
        Path dir = TestItems.sharedData().resolve("records/csl-json");
        // date-parts given as strings ("2017", "07", "07")
        assertTrue(apa(dir.resolve("manubot__arxiv-joss-csl__raw.json")).contains("(2017)."));
        // raw Crossref record: "original-title": [] must not print "[]"
        assertEquals("WINTER, G. D. (1962). Formation of the Scab and the Rate of Epithelization of Superficial Wounds "
                + "in the Skin of the Young Domestic Pig. Nature, 193(4812), 293–294. https://doi.org/10.1038/193293a0",
                apa(dir.resolve("manubot__crossref-winter-scabs-csl__raw.json")));
        // "date-parts": [[]] → no date
        assertTrue(apa(dir.resolve("manubot__empty-date-parts-csl__raw.json")).startsWith(
                "Pepe, A., Cantiello, M., & Nicholson, J. (n.d.). The arXiv of the future will not look like the arXiv"));
        // "date-parts": [[null]] → no date, reported as a repair
        Bibliography nullDate = formatter.format(CslJson.read(dir.resolve("manubot__null-date-parts-csl__raw.json")), "apa");
        assertEquals(1, nullDate.entries().size());
        assertTrue(nullDate.issues().get(0).message().contains("dropped unusable date 'issued'"));
        // [{}] → a clear per-item error
        Bibliography empty = formatter.format(CslJson.read(dir.resolve("manubot__empty-csl__raw.json")), "apa");
        assertTrue(empty.entries().isEmpty());
        assertEquals("CSL item #0 (no id): has no bibliographic data (no title, author, date, container-title, DOI "
                + "or URL); nothing to cite", empty.errors().get(0).message());
    }

    private String apa(Path file) throws IOException {
        Bibliography b = formatter.format(CslJson.read(file), "apa");
        assertEquals(1, b.entries().size(), file + ": " + b.issues());
        return b.entryTexts().get(0);
    }

    @Test
    void datePartsAreCleaned() {
        assertArrayEquals(new int[][] {{2019, 5, 7}}, issued("{\"date-parts\":[[\"2019\",\"05\",\"07\"]]}"));
        assertArrayEquals(new int[][] {{2018, 10, 21}}, issued("{\"date-parts\":[[2018,10,21,13]]}"));
        assertArrayEquals(new int[][] {{2019, 5}}, issued("{\"date-parts\":[2019,5]}"));
        assertArrayEquals(new int[][] {{2001}, {2003}}, issued("{\"date-parts\":[[2001],[2003]]}"));
        assertArrayEquals(new int[][] {{2020, 3, 1}}, issued("\"2020-03-01\""));
        assertArrayEquals(new int[][] {{2019}}, issued("{\"date-parts\":[[2019, 0]]}"));
        assertNull(item("{\"date-parts\":[[null]]}").getIssued());
        assertNull(item("{\"date-parts\":[]}").getIssued());
        assertEquals("Spring 2019", item("{\"raw\":\"Spring 2019\"}").getIssued().getLiteral());
    }

    private static int[][] issued(String date) {
        return item(date).getIssued().getDateParts();
    }

    private static CSLItemData item(String issued) {
        return CslJson.toItemData(CslJson.parse("{\"id\":\"d\",\"title\":\"T\",\"issued\":" + issued + "}").get(0), 0);
    }

    @Test
    void crossrefStyleFieldsAreNormalised() {
        CSLItemData d = CslJson.toItemData(CslJson.parse("""
                {"type":"journal-article","title":["From Crossref"],"container-title":[],"volume":12,
                 "author":[{"family":"Ng","given":"Li"},{"name":"no usable parts"},"Plain Literal"],
                 "issued":{"date-parts":[[2015]]},"indexed":{"date-parts":[[2018,8,7]]},"funder":[{"name":"NIH"}]}
                """).get(0), 3);
        assertEquals("item-3", d.getId());
        assertEquals(CSLType.ARTICLE_JOURNAL, d.getType());
        assertEquals("From Crossref", d.getTitle());
        assertNull(d.getContainerTitle());
        assertEquals("12", d.getVolume());
        assertEquals(2, d.getAuthor().length);
        assertEquals("Plain Literal", d.getAuthor()[1].getLiteral());
    }

    @Test
    void missingOrUnknownTypeFallsBackToDocumentWithANote() {
        JsonNode odd = CslJson.parse("{\"id\":\"o\",\"type\":\"clinical-trial\",\"title\":\"Odd\"}").get(0);
        assertEquals(CSLType.DOCUMENT, CslJson.toItemData(odd, 0).getType());
        Bibliography b = formatter.format(List.of(odd), "apa");
        assertEquals(1, b.entries().size());
        assertTrue(b.issues().get(0).message().contains("unknown type 'clinical-trial'"), b.issues().toString());
        assertTrue(!b.issues().get(0).skipped());
    }

    @Test
    void documentsMayBeArraysOrSingleObjects() {
        assertEquals(1, CslJson.parse(TestItems.BARONE).size());
        assertEquals(2, CslJson.parse("[" + TestItems.BARONE + "," + TestItems.STUB + "]").size());
        CitationException notCsl = assertThrows(CitationException.class, () -> CslJson.parse("42"));
        assertTrue(notCsl.getMessage().contains("not a CSL-JSON array or object"), notCsl.getMessage());
        CitationException bad = assertThrows(CitationException.class, () -> CslJson.parse("[{\"id\": }]"));
        assertTrue(bad.getMessage().startsWith("Invalid JSON in CSL-JSON text at line 1"), bad.getMessage());
    }

    @Test
    void nonObjectItemIsACslItemException() {
        CslItemException e = assertThrows(CslItemException.class,
                () -> CslJson.toItemData(CslJson.parse("[[1,2]]").get(0), 7));
        assertEquals(7, e.index());
        assertTrue(e.getMessage().startsWith("CSL item #7 (no id): expected a JSON object"), e.getMessage());
    }
}
