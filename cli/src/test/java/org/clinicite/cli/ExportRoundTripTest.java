package org.clinicite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.testing.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exporting a library and importing the file into an empty one gives the same studies
 * and fields: every field for CSL-JSON (clinicite's own object travels with it), the
 * bibliographic fields for BibTeX and RIS.
 */
class ExportRoundTripTest {
    private static final List<String> BIBLIOGRAPHIC = List.of("title", "author", "container-title", "volume", "issue",
            "page", "issued", "DOI", "PMID");

    @TempDir
    Path from;
    @TempDir
    Path to;
    @TempDir
    Path files;

    private void fill() {
        List<String> args = new ArrayList<>(List.of("import",
                SharedData.psypostArticle().toString(),
                SharedData.file("records/csl-json/manubot__pubmed-scihub-study-csl__pruned.json").toString(),
                SharedData.file("records/csl-json/manubot__crossref-deep-review-csl__pruned.json").toString(),
                SharedData.file("records/clinicaltrials-xml/aact__NCT01841593.xml").toString(),
                SharedData.file("records/clinicaltrials-json/v2/aact__NCT03418623.json").toString()));
        CliRun r = CliRun.run(from, args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
    }

    private static Map<String, JsonNode> library(Path data) throws Exception {
        CliRun all = CliRun.run(data, "search", "*", "--json", "--limit", "100");
        Map<String, JsonNode> byTitle = new TreeMap<>();
        for (JsonNode hit : StudyJson.MAPPER.readTree(all.out()).get("results")) {
            CliRun show = CliRun.run(data, "show", hit.get("id").asText(), "--json");
            JsonNode study = StudyJson.MAPPER.readTree(show.out());
            byTitle.put(study.path("title").asText(), study);
        }
        return byTitle;
    }

    @ParameterizedTest
    @ValueSource(strings = {"csljson", "bibtex", "ris"})
    void exportThenImportGivesTheSameStudies(String format) throws Exception {
        fill();
        Path file = files.resolve("library." + format);
        CliRun export = CliRun.run(from, "export", "*", "--to", format, "--output", file.toString());
        assertEquals(0, export.exitCode(), export.toString());
        CliRun imported = CliRun.run(to, "import", "--format", format, file.toString());
        assertEquals(0, imported.exitCode(), imported.toString());

        Map<String, JsonNode> before = library(from);
        Map<String, JsonNode> after = library(to);
        assertEquals(before.keySet(), after.keySet(), "the same studies");
        assertTrue(before.size() >= 5, before.keySet().toString());
        for (String title : before.keySet()) {
            JsonNode a = before.get(title);
            JsonNode b = after.get(title);
            for (String field : BIBLIOGRAPHIC) {
                assertEquals(a.get(field), b.get(field), format + ": " + field + " of " + title);
            }
            if (format.equals("csljson")) {
                assertEquals(comparable(a.get("clinicite")), comparable(b.get("clinicite")), "clinicite fields of " + title);
            }
        }
    }

    /** The clinicite object without what belongs to one library: ids, sources, write-up links. */
    private static JsonNode comparable(JsonNode c) {
        ObjectNode copy = c.deepCopy();
        copy.remove(List.of("id", "sources", "writeUps"));
        return copy;
    }
}
