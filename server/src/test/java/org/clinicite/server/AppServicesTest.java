package org.clinicite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.testing.TestDatabases;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ImportListener;
import org.clinicite.importer.ImportService;
import org.clinicite.importer.Importers;
import org.clinicite.search.SearchOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the server's index follows the database: a write by another instance (here an
 * {@link ImportService} of its own on the same database) shows up in searches once the
 * freshness interval has passed, and a database that cannot be reached leaves searches
 * answering from the index instead of failing.
 */
class AppServicesTest {
    private static final String QUERY = "nct:NCT03418623";

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void writesOfAnotherInstanceAreSeenAndAMissingDatabaseDoesNotFailSearches(String kind, @TempDir Path dir)
            throws InterruptedException {
        DatabaseConfig config = TestDatabases.of(kind, dir);
        Vocabulary vocabulary = Vocabulary.shipped();
        Database database = Database.open(config);
        boolean closed = false;
        try {
            importFile(database, vocabulary, "news/psypost-mdma-ptsd-2020.txt");
            try (AppServices services = AppServices.open(database, vocabulary, dir.resolve("index"))) {
                assertEquals(0, services.search(QUERY, SearchOptions.defaults()).total());
                assertTrue(services.search("substance:ecstasy", SearchOptions.defaults()).total() > 0);

                // another instance writes to the shared database
                importFile(database, vocabulary, "records/clinicaltrials-json/v2/aact__NCT03418623.json");
                long seen = 0;
                long deadline = System.nanoTime() + 20 * AppServices.FRESHNESS_CHECK_NANOS;
                while (seen == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                    seen = services.search(QUERY, SearchOptions.defaults()).total();
                }
                assertEquals(1, seen, "the other instance's study reaches the index");

                // the database goes away: searches answer from the index as it stands
                database.close();
                closed = true;
                Thread.sleep(2 * AppServices.FRESHNESS_CHECK_NANOS / 1_000_000);
                assertEquals(1, services.search(QUERY, SearchOptions.defaults()).total());
                assertTrue(services.search("substance:ecstasy", SearchOptions.defaults()).total() > 0);
            }
        } finally {
            if (!closed) {
                database.close();
            }
            if (config.isPostgres()) {
                TestDatabases.dropSchema(config);
            }
        }
    }

    private static void importFile(Database database, Vocabulary vocabulary, String sharedPath) {
        new ImportService(database, Importers.standard(vocabulary), ImportListener.SILENT)
                .importFiles(List.of(SharedData.file(sharedPath)), Importers.AUTO);
    }
}
