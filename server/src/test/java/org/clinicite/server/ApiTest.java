package org.clinicite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.clinicite.core.json.StudyJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The read-only endpoints against a seeded server, on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    @TempDir
    static Path dir;
    private final Map<String, ServerFixture> servers = new HashMap<>();

    private ServerFixture server(String kind) throws Exception {
        if (!servers.containsKey(kind)) {
            servers.put(kind, new ServerFixture(kind, Files.createDirectories(dir.resolve(kind)), ServerFixture.TOKEN));
        }
        return servers.get(kind);
    }

    @AfterAll
    void stop() {
        servers.values().forEach(ServerFixture::close);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON content type: " + r.headers().map());
        return StudyJson.MAPPER.readTree(r.body());
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    /** The id of the PsyPost study, found through the API as a client would. */
    private String mdmaId(ServerFixture s) throws Exception {
        JsonNode r = ok(s.get("/api/search?q=" + enc("substance:ecstasy")));
        assertEquals(1, r.path("total").asInt(), r.toString());
        return r.path("results").get(0).path("id").asText();
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void searchGivesResultsFacetsHighlightsAndOutcomeLines(String kind) throws Exception {
        ServerFixture s = server(kind);
        JsonNode r = ok(s.get("/api/search?q=" + enc("substance:ecstasy \"self-awareness\"")));
        assertEquals(1, r.path("total").asInt());
        JsonNode hit = r.path("results").get(0);
        assertTrue(hit.path("title").asText().startsWith("Perceived Benefits of MDMA-Assisted Psychotherapy"));
        assertTrue(hit.path("highlights").toString().contains("«self-awareness»"), hit.toString());
        assertTrue(hit.path("outcomes").get(0).asText().startsWith("15/19 (79%)"), hit.toString());
        assertEquals(1, r.path("facets").path("substance").path("MDMA").asInt(), r.toString());
        assertEquals(1, r.path("facets").path("outlet").path("PsyPost").asInt(), r.toString());
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void drillDownSortAndPaging(String kind) throws Exception {
        ServerFixture s = server(kind);
        JsonNode all = ok(s.get("/api/search?q="));
        assertEquals(ServerFixture.SEED.size(), all.path("total").asInt(), all.toString());
        int rcts = all.path("facets").path("design").path("rct").asInt();
        assertTrue(rcts > 0 && rcts < all.path("total").asInt(), all.path("facets").toString());
        JsonNode drilled = ok(s.get("/api/search?q=&drill=design:rct"));
        assertEquals(rcts, drilled.path("total").asInt());
        drilled.path("results").forEach(h -> assertEquals("rct", h.path("design").asText()));
        JsonNode page2 = ok(s.get("/api/search?q=&sort=year&limit=2&page=2"));
        assertEquals(2, page2.path("page").asInt());
        assertEquals(2, page2.path("results").size());
        JsonNode page1 = ok(s.get("/api/search?q=&sort=year&limit=2&page=1"));
        assertTrue(page1.path("results").get(1).path("year").asInt() >= page2.path("results").get(0).path("year").asInt());
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void studyHasOutcomesWriteUpsAndClaimChecks(String kind) throws Exception {
        ServerFixture s = server(kind);
        JsonNode study = ok(s.get("/api/studies/" + mdmaId(s)));
        JsonNode c = study.path("clinicite");
        assertEquals("Barone", study.path("author").get(0).path("family").asText());
        assertEquals("Journal of Psychoactive Drugs", study.path("container-title").asText());
        assertEquals(15, c.path("outcomes").get(0).path("responders").asInt());
        assertEquals(19, c.path("outcomes").get(0).path("total").asInt());
        JsonNode w = c.path("writeUps").get(0);
        assertEquals("PsyPost", w.path("outlet").asText());
        assertEquals("2020-03-23", w.path("date").asText());
        assertEquals("agrees", w.path("claims").get(0).path("verdict").asText());
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void citeInApaAndVancouver(String kind) throws Exception {
        ServerFixture s = server(kind);
        String id = mdmaId(s);
        JsonNode apa = ok(s.get("/api/cite?ids=" + id + "&style=apa"));
        assertEquals("apa", apa.path("style").asText());
        String text = apa.path("text").asText();
        assertTrue(text.startsWith("Barone, W., Beck, J., Mitsunaga-Whitten, M., & Perl, P."), text);
        assertTrue(text.contains("Journal of Psychoactive Drugs"), text);
        assertEquals(id, apa.path("entries").get(0).path("id").asText());
        JsonNode byQuery = ok(s.get("/api/cite?q=" + enc("substance:mdma") + "&style=vancouver"));
        assertTrue(byQuery.path("text").asText().startsWith("1. Barone W, Beck J"), byQuery.toString());
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void exportIsAnAttachmentInTheAskedFormat(String kind) throws Exception {
        ServerFixture s = server(kind);
        HttpResponse<String> bib = s.get("/api/export?q=" + enc("substance:mdma") + "&to=bibtex");
        assertEquals(200, bib.statusCode(), bib.body());
        assertEquals("attachment; filename=\"clinicite.bib\"", bib.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(bib.body().startsWith("@article{"), bib.body());
        assertTrue(bib.body().contains("Barone, William"), bib.body());
        HttpResponse<String> ris = s.get("/api/export?q=&to=ris");
        assertEquals(ServerFixture.SEED.size(), ris.body().split("\nER  -", -1).length - 1, ris.body());
        HttpResponse<String> csl = s.get("/api/export?ids=" + mdmaId(s) + "&to=csljson");
        assertEquals(15, StudyJson.MAPPER.readTree(csl.body()).get(0).path("clinicite").path("outcomes").get(0)
                .path("responders").asInt());
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void summaryAndForestPlot(String kind) throws Exception {
        ServerFixture s = server(kind);
        JsonNode sum = ok(s.get("/api/summary?q=" + enc("substance:mdma")));
        assertEquals(15, sum.path("outcomes").get(0).path("responders").asInt(), sum.toString());
        assertEquals(1, sum.path("groups").size());
        HttpResponse<String> svg = s.get("/api/summary/forest.svg?q=" + enc("substance:mdma"));
        assertEquals(200, svg.statusCode(), svg.body());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(svg.body().startsWith("<svg"), svg.body().substring(0, 100));
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void stylesAndSuggestions(String kind) throws Exception {
        ServerFixture s = server(kind);
        JsonNode lancet = ok(s.get("/api/styles?match=lancet"));
        assertTrue(lancet.size() >= 1);
        lancet.forEach(st -> assertTrue((st.path("id").asText() + st.path("title").asText().toLowerCase()).contains("lancet")));
        assertTrue(ok(s.get("/api/styles")).size() > 10_000, "every bundled style");
        JsonNode sugg = ok(s.get("/api/suggest?kind=substance&prefix=ecsta"));
        assertEquals("MDMA", sugg.get(0).path("name").asText(), sugg.toString());
        JsonNode cond = ok(s.get("/api/suggest?kind=condition&prefix=ptsd"));
        assertEquals("post-traumatic stress disorder", cond.get(0).path("name").asText(), cond.toString());
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void openApiDescribesEveryRoute(String kind) throws Exception {
        ServerFixture s = server(kind);
        JsonNode doc = ok(s.get("/api/openapi.json"));
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        for (String path : new String[] {"/api/search", "/api/suggest", "/api/studies/{id}", "/api/cite", "/api/export",
            "/api/styles", "/api/summary", "/api/summary/forest.svg", "/api/import", "/api/config", "/api/openapi.json"}) {
            assertTrue(doc.path("paths").has(path), "documented: " + path);
        }
        assertTrue(doc.path("paths").path("/api/import").has("post"));
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void everyBadRequestIsJson4xx(String kind) throws Exception {
        ServerFixture s = server(kind);
        String id = mdmaId(s);
        Object[][] cases = {
            {"/api/search?q=" + enc("substance:mdma AND ("), 400, "query"},
            {"/api/search?q=" + enc("substanse:mdma"), 400, "substance"},
            {"/api/search?sort=newest", 400, "sort"},
            {"/api/search?page=0", 400, "page"},
            {"/api/search?page=abc", 400, "page"},
            {"/api/search?limit=1000", 400, "limit"},
            {"/api/search?drill=rct", 400, "drill"},
            {"/api/search?drill=colour:red", 400, "facet"},
            {"/api/studies/999999", 404, "no study"},
            {"/api/studies/not-a-reference", 404, "no study"},
            {"/api/cite", 400, "ids"},
            {"/api/cite?ids=" + id + "&style=no-such-style-xyz", 400, "style"},
            {"/api/cite?ids=" + id + "&format=pdf", 400, "format"},
            {"/api/cite?ids=" + id + "&locale=xx-XX", 400, "locale"},
            {"/api/cite?ids=%2C%2C", 400, "ids"},
            {"/api/cite?q=" + enc("substance:psilocybin"), 404, "no study matched"},
            {"/api/export?ids=" + id, 400, "to"},
            {"/api/export?ids=" + id + "&to=docx", 400, "export format"},
            {"/api/summary", 400, "q"},
            {"/api/summary/forest.svg?q=" + enc("substance:mdma") + "&group=nope", 400, "group"},
            {"/api/summary/forest.svg?q=" + enc("substance:psilocybin"), 404, "nothing to plot"},
            {"/api/suggest?kind=drug&prefix=x", 400, "kind"},
            {"/api/suggest?kind=substance", 400, "prefix"},
            {"/api/styles?limit=0", 400, "limit"},
            {"/api/nothing-here", 404, "no such endpoint"},
            {"/api/import", 404, "no such endpoint"},
        };
        for (Object[] c : cases) {
            HttpResponse<String> r = s.get((String) c[0]);
            assertEquals((int) c[1], r.statusCode(), c[0] + " -> " + r.body());
            JsonNode err = json(r);
            assertEquals((int) c[1], err.path("status").asInt(), c[0] + " -> " + r.body());
            String message = err.path("message").asText();
            assertFalse(message.isBlank());
            assertTrue(message.toLowerCase().contains((String) c[2]), c[0] + " -> " + message);
        }
    }

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void pageIsServedWithAContentSecurityPolicy(String kind) throws Exception {
        ServerFixture s = server(kind);
        HttpResponse<String> page = s.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }
}
