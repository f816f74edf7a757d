package org.clinicite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report as data, as {@code import --json} and {@code POST /api/import} return it, from a real import. */
class ImportReportJsonTest {
    @TempDir
    Path dir;

    @Test
    void countsRecordsAndReasonsWithFileNamesAsTheCallerShowsThem() throws IOException {
        Path bib = Files.copy(SharedData.file("records/bibtex/citationjs__mapping-bibtex-input.bib"),
                dir.resolve("refs.bib"));
        Path bad = Files.writeString(dir.resolve("broken.json"), "[{\"type\": \"article-journal\", \"title\": ");
        ImportReport report;
        try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("db")))) {
            report = new ImportService(db, Importers.standard(Vocabulary.shipped()), ImportListener.SILENT)
                    .importFiles(List.of(bib, bad), Importers.AUTO);
        }
        assertTrue(report.count(ImportOutcome.ADDED) > 0, report.results().toString());
        assertTrue(report.hasRejections(), report.results().toString());

        ObjectNode plain = ImportReportJson.toJson(report);
        for (ImportOutcome o : ImportOutcome.values()) {
            assertEquals(report.count(o), plain.get(o.name().toLowerCase(java.util.Locale.ROOT)).asInt());
        }
        assertEquals(report.results().size(), plain.get("records").size());
        JsonNode first = plain.get("records").get(0);
        assertEquals(bib.toString(), first.get("file").asText());
        assertEquals("added", first.get("outcome").asText());
        assertTrue(first.get("id").asLong() > 0);
        JsonNode rejected = rejected(plain);
        assertTrue(rejected.get("reason").asText().length() > 0, rejected.toString());

        String where = dir.toString();
        ObjectNode named = ImportReportJson.toJson(report, f -> Path.of(f).getFileName().toString(),
                r -> r.replace(where, "upload"));
        assertEquals("refs.bib", named.get("records").get(0).get("file").asText());
        assertEquals("broken.json", rejected(named).get("file").asText());
        assertFalse(named.toString().contains(where), "no path of the caller's directory is left: " + named);
    }

    private static JsonNode rejected(ObjectNode report) {
        for (JsonNode r : report.get("records")) {
            if (r.get("outcome").asText().equals("rejected")) {
                return r;
            }
        }
        throw new AssertionError("no rejected record in " + report);
    }
}
