package org.clinicite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The user story on the PsyPost example: import, search by synonym, show, cite. */
class SeedArticleEndToEndTest {
    @TempDir
    Path data;

    private String[] withDb(String kind, String... args) {
        List<String> all = new ArrayList<>();
        if (!"h2".equals(kind)) {
            all.add("--db-url");
            all.add(TestDatabases.postgres().jdbcUrl());
        }
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void importSearchShowCite(String kind) throws Exception {
        String article = SharedData.psypostArticle().toString();
        String[] db = withDb(kind);
        CliRun imported = CliRun.run(data, concat(db, "import", article));
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("1 added, 0 merged, 0 unchanged, 0 rejected"), imported.toString());

        CliRun search = CliRun.run(data, concat(db, "search", "substance:ecstasy condition:\"post-traumatic stress disorder\"", "--json"));
        assertEquals(0, search.exitCode(), search.toString());
        JsonNode results = StudyJson.MAPPER.readTree(search.out());
        assertEquals(1, results.get("total").asInt(), search.out());
        String id = results.get("results").get(0).get("id").asText();
        assertEquals(1, results.at("/facets/substance").size(), search.out());

        CliRun show = CliRun.run(data, concat(db, "show", id, "--json"));
        assertEquals(0, show.exitCode(), show.toString());
        JsonNode study = StudyJson.MAPPER.readTree(show.out());
        assertTrue(study.get("title").asText().startsWith("Perceived Benefits of MDMA-Assisted Psychotherapy"));
        assertEquals("Mitsunaga-Whitten", study.at("/author/2/family").asText());
        assertEquals("Journal of Psychoactive Drugs", study.get("container-title").asText());
        assertFalse(study.has("issued"), "the article gives no year: none is invented");
        assertFalse(study.has("DOI"));
        assertEquals("stub", study.at("/clinicite/status").asText());
        assertEquals(19, study.at("/clinicite/sampleSize").asInt());
        assertEquals("mdma", study.at("/clinicite/substances/0/key").asText());
        assertEquals("ptsd", study.at("/clinicite/conditions/0/key").asText());
        assertEquals(15, study.at("/clinicite/outcomes/0/responders").asInt());
        assertEquals(19, study.at("/clinicite/outcomes/0/total").asInt());
        assertEquals("PsyPost", study.at("/clinicite/writeUps/0/outlet").asText());
        assertEquals("Christian Rigg", study.at("/clinicite/writeUps/0/author").asText());
        assertEquals("2020-03-23", study.at("/clinicite/writeUps/0/date").asText());
        assertEquals("agrees", study.at("/clinicite/writeUps/0/claims/0/verdict").asText());

        CliRun cite = CliRun.run(data, concat(db, "cite", "substance:mdma", "--style", "apa"));
        assertEquals(0, cite.exitCode(), cite.toString());
        assertTrue(cite.out().startsWith("Barone, W., Beck, J., Mitsunaga-Whitten, M., & Perl, P. (n.d.). Perceived "
                + "Benefits of MDMA-Assisted Psychotherapy"), cite.out());
        assertTrue(cite.out().strip().endsWith("Journal of Psychoactive Drugs."), cite.out());

        CliRun again = CliRun.run(data, concat(db, "import", article, "--json"));
        assertEquals(0, again.exitCode(), again.toString());
        JsonNode report = StudyJson.MAPPER.readTree(again.out());
        assertEquals(1, report.get("unchanged").asInt(), again.out());
        assertEquals(0, report.get("added").asInt());
        CliRun stats = CliRun.run(data, concat(db, "stats", "--json"));
        JsonNode counts = StudyJson.MAPPER.readTree(stats.out());
        assertEquals(1, counts.get("studies").asInt(), "importing the same article twice stores it once");
        assertEquals(1, counts.get("writeUps").asInt());
        assertEquals(counts.get("changeSeq").asLong(), counts.get("indexChangeSeq").asLong(), "index caught up");
    }

    @Test
    void extractPrintsWhatImportWouldStoreAndStoresNothing() throws Exception {
        CliRun extract = CliRun.run(data, "extract", SharedData.psypostArticle().toString(), "--json");
        assertEquals(0, extract.exitCode(), extract.toString());
        JsonNode records = StudyJson.MAPPER.readTree(extract.out());
        assertEquals(1, records.size());
        assertEquals("Barone", records.at("/0/author/0/family").asText());
        assertEquals("William", records.at("/0/author/0/given").asText());
        assertEquals("treatment-resistant", records.at("/0/clinicite/conditions/0/qualifier").asText());
        assertTrue(records.at("/0/clinicite/writeUps/0/text").asText().startsWith("While a number of pharmaco-"));
        CliRun stats = CliRun.run(data, "stats", "--json");
        assertEquals(0, StudyJson.MAPPER.readTree(stats.out()).get("studies").asInt());
    }

    @Test
    void citeWithUnknownStyleSaysHowToFindOne() throws Exception {
        assertEquals(0, CliRun.run(data, "import", SharedData.psypostArticle().toString()).exitCode());
        CliRun cite = CliRun.run(data, "cite", "substance:mdma", "--style", "apaa");
        assertEquals(ExitCodes.USAGE, cite.exitCode(), cite.toString());
        assertTrue(cite.err().contains("apa"), cite.err());
        assertTrue(cite.err().contains("clinicite styles --match"), cite.err());
        assertFalse(cite.err().contains("\tat "), "no stack trace without --verbose");
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
