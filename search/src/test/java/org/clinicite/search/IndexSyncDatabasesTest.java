package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.LinkMethod;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.WriteUp;
import org.clinicite.core.testing.SampleStudies;
import org.clinicite.core.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sync protocol on every database the project supports (H2 always, PostgreSQL when
 * {@code CLINICITE_TEST_PG_URL} is set, as in CI), with core's sample study of the
 * worked example.
 */
class IndexSyncDatabasesTest {

    @ParameterizedTest
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void indexFollowsTheDatabase(String kind, @TempDir Path dir) {
        DatabaseConfig config = TestDatabases.of(kind, dir.resolve("data"));
        try (Database db = Database.open(config); StudyIndex index = StudyIndex.open(dir.resolve("index"))) {
            IndexSync sync = new IndexSync(index);
            SearchService service = new SearchService(index, Fixtures.vocabulary());
            long barone = db.inTransaction(s -> {
                Journal j = new Journal("Journal of Psychoactive Drugs");
                s.persist(j);
                Study study = SampleStudies.baroneComplete(j);
                s.persist(study);
                WriteUp w = new WriteUp("PsyPost", "MDMA-assisted psychotherapy leads to lasting improvements",
                        LocalDate.of(2020, 3, 23));
                s.persist(w);
                s.persist(Coverage.link(w, study, LinkMethod.DOI, 1.0));
                s.flush();
                new StudyRepository(s).recordChange(study);
                return study.getId();
            });
            assertTrue(sync.isBehind(db.dataSource()));
            assertEquals(1, sync.catchUp(db).indexed());
            assertFalse(sync.isBehind(db.dataSource()));

            String id = String.valueOf(barone);
            assertEquals(List.of(id), ids(service, "substance:ecstasy condition:\"post-traumatic stress disorder\""));
            assertEquals(List.of(id), ids(service, "\"self-awareness\" has:news outlet:psypost"));
            assertEquals(List.of(id), ids(service, "doi:10.1080/02791072.2019.1580805 year:2019 n<=19 phase:II"));
            assertEquals(List.of("15/19 (79%) > 30% reduction in symptoms, 12 months"),
                    service.search("mdma", SearchOptions.defaults()).hits().get(0).outcomes());

            db.run(s -> {
                Study study = s.find(Study.class, barone);
                study.addFinding("lasting changes in worldview");
                study.touch();
                s.flush();
                new StudyRepository(s).recordChange(study);
            });
            assertEquals(List.of(), ids(service, "worldview"));
            SyncReport r = sync.catchUp(db);
            assertEquals(1, r.toSeq() - r.fromSeq());
            assertEquals(List.of(id), ids(service, "worldview"));

            List<String> queries = List.of("", "worldview", "substance:psychedelic", "author:barone");
            List<List<String>> before = queries.stream().map(q -> ids(service, q)).toList();
            assertTrue(sync.rebuild(db).rebuilt());
            assertEquals(before, queries.stream().map(q -> ids(service, q)).toList());
            assertEquals(Set.of(1), Set.of(index.size()));
        } finally {
            if (config.isPostgres()) {
                TestDatabases.dropSchema(config);
            }
        }
    }

    private static List<String> ids(SearchService service, String query) {
        return service.search(query, SearchOptions.defaults()).ids();
    }
}
