package org.clinicite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinicite.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/import: the token rules, the report, and that the index catches up, on H2 and PostgreSQL. */
class ImportApiTest {
    @TempDir
    Path dir;

    private static HttpRequest.Builder post(ServerFixture s, Multipart body, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + "/api/import"))
                .header("Content-Type", body.contentType()).POST(body.publisher());
        return auth == null ? b : b.header("Authorization", auth);
    }

    private static JsonNode error(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = ApiTest.json(r);
        assertEquals(status, e.path("status").asInt());
        return e;
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void importWithTheTokenStoresLinksAndReindexes(String kind) throws Exception {
        try (ServerFixture s = new ServerFixture(kind, dir, ServerFixture.TOKEN)) {
            Path hostile = ServerFixture.hostileArticle(dir);
            Path nbib = SharedData.file("records/medline-nbib/jabref__NbibImporterTest.nbib");
            Multipart body = Multipart.of(List.of(hostile, nbib));
            JsonNode report = ApiTest.ok(s.send(post(s, body, "Bearer " + ServerFixture.TOKEN)));
            assertEquals(0, report.path("rejected").asInt(), report.toString());
            assertEquals("hostile-article.txt", report.path("records").get(0).path("file").asText());
            assertTrue(report.toString().contains("jabref__NbibImporterTest.nbib"), report.toString());
            assertTrue(!report.toString().contains(System.getProperty("java.io.tmpdir") + "/clinicite-upload"),
                    "no server paths in the report: " + report);
            String id = report.path("records").get(0).path("id").asText();
            JsonNode study = ApiTest.ok(s.get("/api/studies/" + id));
            List<String> headlines = new ArrayList<>();
            study.path("clinicite").path("writeUps").forEach(w -> headlines.add(w.path("title").asText()));
            assertTrue(headlines.contains(ServerFixture.HOSTILE_HEADLINE), "stored verbatim: " + headlines);
            JsonNode found = ApiTest.ok(s.get("/api/search?q=" + ApiTest.enc("\"first responders\" has:news")));
            assertTrue(found.path("total").asInt() >= 1, "the index caught up: " + found);
            assertEquals(ServerFixture.SEED.size() + report.path("added").asInt(),
                    ApiTest.ok(s.get("/api/search?q=")).path("total").asInt());
        }
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void searchesDuringAnImportAllSucceed(String kind) throws Exception {
        try (ServerFixture s = new ServerFixture(kind, dir, ServerFixture.TOKEN)) {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<HttpResponse<String>>> searches = new ArrayList<>();
                Multipart body = Multipart.of(List.of(SharedData.file("records/clinicaltrials-json/v2/aact__NCT02210780.json")));
                Future<HttpResponse<String>> imported = pool.submit(() -> s.send(post(s, body, "Bearer " + ServerFixture.TOKEN)));
                for (int i = 0; i < 20; i++) {
                    searches.add(pool.submit(() -> s.get("/api/search?q=" + ApiTest.enc("design:rct"))));
                }
                assertEquals(200, imported.get().statusCode(), imported.get().body());
                for (Future<HttpResponse<String>> f : searches) {
                    assertEquals(200, f.get().statusCode(), f.get().body());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(ServerFixture.SEED.size() + 1, ApiTest.ok(s.get("/api/search?q=")).path("total").asInt());
        }
    }

    @Test
    void tokenRules() throws Exception {
        try (ServerFixture s = new ServerFixture("h2", dir, ServerFixture.TOKEN)) {
            Multipart body = Multipart.of(List.of(SharedData.psypostArticle()));
            error(s.send(post(s, body, null)), 401);
            error(s.send(post(s, body, "Bearer wrong")), 401);
            error(s.send(post(s, body, ServerFixture.TOKEN)), 401);
            Multipart empty = new Multipart().part("other", null, "x".getBytes());
            assertTrue(error(s.send(post(s, empty, "Bearer " + ServerFixture.TOKEN)), 400).path("message").asText()
                    .contains("files"));
            Multipart badFormat = Multipart.of(List.of(SharedData.psypostArticle())).part("format", null, "docx".getBytes());
            assertTrue(error(s.send(post(s, badFormat, "Bearer " + ServerFixture.TOKEN)), 400).path("message").asText()
                    .contains("unknown format"));
            assertTrue(ApiTest.ok(s.get("/api/config")).path("importEnabled").asBoolean());
        }
    }

    @Test
    void withoutATokenImportIsDisabled() throws Exception {
        try (ServerFixture s = new ServerFixture("h2", Files.createDirectories(dir.resolve("off")), null)) {
            Multipart body = Multipart.of(List.of(SharedData.psypostArticle()));
            JsonNode e = error(s.send(post(s, body, "Bearer anything")), 403);
            assertTrue(e.path("message").asText().startsWith("import is disabled"));
            assertEquals(false, ApiTest.ok(s.get("/api/config")).path("importEnabled").asBoolean());
        }
    }
}
