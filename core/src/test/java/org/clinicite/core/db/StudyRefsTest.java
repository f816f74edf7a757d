package org.clinicite.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Study;
import org.clinicite.core.testing.SampleStudies;
import org.clinicite.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ways users name a study (shared by the command line and the API), on H2 and PostgreSQL. */
class StudyRefsTest {
    @TempDir
    Path dir;

    /** A caller's own exception type, as the command line and the API each have one. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void everyKindOfReferenceFindsTheStudyAndUnknownOnesAreTheCallersError(String kind) {
        Database db = Database.open(TestDatabases.of(kind, dir));
        try {
            long id = db.inTransaction(s -> {
                Journal j = new Journal("Journal of Psychoactive Drugs");
                s.persist(j);
                Study study = SampleStudies.baroneComplete(j);
                s.persist(study);
                return study.getId();
            });
            List<String> refs = List.of(String.valueOf(id), "10.1080/02791072.2019.1580805",
                    "https://doi.org/10.1080/02791072.2019.1580805", "doi:10.1080/02791072.2019.1580805",
                    "pmid:30849288", "30849288", "NCT01211405", " nct01211405 ");
            List<Long> found = StudyRefs.withStudies(db, refs, NotFound::new,
                    studies -> studies.stream().map(Study::getId).toList());
            assertEquals(refs.size(), found.size());
            found.forEach(f -> assertEquals(id, f));

            NotFound e = assertThrows(NotFound.class, () -> StudyRefs.withStudies(db,
                    List.of(String.valueOf(id), "pmid:1"), NotFound::new, studies -> studies));
            assertTrue(e.getMessage().startsWith("no study 'pmid:1'"), e.getMessage());
            assertThrows(NotFound.class, () -> StudyRefs.items(db, List.of("not a reference"), false, NotFound::new));
            assertTrue(db.inTransaction(s -> StudyRefs.find(new StudyRepository(s), "PMC1234567")).isEmpty());

            JsonNode csl = StudyRefs.items(db, List.of("pmid:30849288"), false, NotFound::new).get(0);
            assertEquals(String.valueOf(id), csl.get("id").asText());
            assertEquals("Journal of Psychoactive Drugs", csl.get("container-title").asText());
            assertTrue(!csl.has("clinicite"), "a plain CSL-JSON item has no clinicite object");
            JsonNode full = StudyRefs.items(db, List.of("NCT01211405"), true, NotFound::new).get(0);
            assertTrue(full.has("clinicite"), full.toString());
        } finally {
            DatabaseConfig cfg = db.config();
            db.close();
            TestDatabases.dropSchema(cfg);
        }
    }

    @Test
    void indexDirectoryIsOnePerDatabase() {
        Path root = dir.toAbsolutePath().normalize().resolve("index");
        assertEquals(root.resolve("default"), DatabaseConfig.embedded(dir).indexDir(dir));
        Path a = DatabaseConfig.resolve(dir, "jdbc:postgresql://127.0.0.1:5432/a?user=postgres").indexDir(dir);
        Path b = DatabaseConfig.resolve(dir, "jdbc:postgresql://127.0.0.1:5432/b?user=postgres").indexDir(dir);
        assertEquals(root, a.getParent());
        assertTrue(a.getFileName().toString().matches("db-[0-9a-f]{12}"), a.toString());
        assertTrue(!a.equals(b), "another database gets another index");
        assertEquals(a, DatabaseConfig.resolve(dir, " jdbc:postgresql://127.0.0.1:5432/a?user=postgres ").indexDir(dir));
    }
}
