package org.clinicite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code show}'s claim check when the study's outcome comes from its abstract: the PubMed
 * record of the PsyPost example's study (test text stating "15 of 19 (79%) participants
 * no longer met criteria"), then the write-up, which merges into it.
 */
class AbstractClaimCheckTest {
    @TempDir
    Path data;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void writeUpCountAgreesWithTheOutcomeReadFromTheAbstract(String kind) throws Exception {
        List<String> db = new ArrayList<>();
        if (!"h2".equals(kind)) {
            db.add("--db-url");
            db.add(TestDatabases.postgres().jdbcUrl());
        }
        Path xml = Path.of(getClass().getResource("/barone-abstract-counts.xml").toURI());
        CliRun paper = CliRun.run(data, args(db, "import", xml.toString(), "--json"));
        assertEquals(0, paper.exitCode(), paper.toString());
        String id = StudyJson.MAPPER.readTree(paper.out()).at("/records/0/id").asText();

        CliRun news = CliRun.run(data, args(db, "import", SharedData.psypostArticle().toString(), "--json"));
        assertEquals(0, news.exitCode(), news.toString());
        assertEquals(1, StudyJson.MAPPER.readTree(news.out()).get("merged").asInt(), news.out());

        CliRun show = CliRun.run(data, args(db, "show", id, "--json"));
        assertEquals(0, show.exitCode(), show.toString());
        JsonNode study = StudyJson.MAPPER.readTree(show.out());
        assertEquals("no longer met criteria for PTSD", study.at("/clinicite/outcomes/0/description").asText(),
                "the paper's outcome, read from its abstract, comes first");
        JsonNode claim = study.at("/clinicite/writeUps/0/claims/0");
        assertEquals(15, claim.get("responders").asInt());
        assertEquals("agrees", claim.get("verdict").asText(), show.out());
        assertEquals("15/19 (79%) no longer met criteria for PTSD, 12 months", claim.get("outcome").asText());
    }

    private static String[] args(List<String> db, String... rest) {
        List<String> all = new ArrayList<>(db);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
