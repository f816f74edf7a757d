package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
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
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The index follows a real (H2) database through its change log. Steps run in order. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexSyncTest {
    @TempDir
    static Path dir;
    static Database db;
    static StudyIndex index;
    static IndexSync sync;
    static SearchService service;
    static long baroneId;
    static long ketamineId;

    @BeforeAll
    static void open() {
        db = Database.open(DatabaseConfig.embedded(dir.resolve("data")));
        index = StudyIndex.open(dir.resolve("index"));
        sync = new IndexSync(index);
        service = new SearchService(index, Fixtures.vocabulary());
    }

    @AfterAll
    static void close() {
        index.close();
        db.close();
    }

    private static Set<Long> ids(String query) {
        Set<Long> out = new HashSet<>();
        service.search(query, SearchOptions.defaults().limit(100)).ids().forEach(i -> out.add(Long.parseLong(i)));
        return out;
    }

    /** Persists a fixture study with its journal and write-ups, and records the change. */
    private static long persist(Session s, Study study) {
        Journal j = study.getJournal();
        if (j != null) {
            Journal existing = new StudyRepository(s).findJournal(j.getTitleKey()).orElse(null);
            if (existing == null) {
                s.persist(j);
            } else {
                study.setJournal(existing);
            }
        }
        s.persist(study);
        for (Coverage c : study.getCoverage()) {
            s.persist(c.getWriteUp());
            s.persist(c);
        }
        s.flush();
        new StudyRepository(s).recordChange(study);
        return study.getId();
    }

    @Test
    @Order(1)
    void anEmptyDatabaseIsNotAheadOfANewIndex() {
        assertFalse(sync.isBehind(db.dataSource()));
        assertTrue(sync.catchUp(db).nothingToDo());
    }

    @Test
    @Order(2)
    void catchUpIndexesNewStudies() {
        db.run(s -> {
            baroneId = persist(s, Fixtures.barone());
            persist(s, Fixtures.mitchell());
            persist(s, Fixtures.carhartHarris());
            ketamineId = persist(s, Fixtures.ketamine());
        });
        assertTrue(sync.isBehind(db.dataSource()));
        SyncReport r = sync.catchUp(db);
        assertEquals(0, r.fromSeq());
        assertEquals(4, r.toSeq());
        assertEquals(4, r.indexed());
        assertEquals(0, r.deleted());
        assertFalse(sync.isBehind(db.dataSource()));
        assertEquals(4, index.changeSeq());

        assertEquals(2, ids("substance:ecstasy").size());
        assertTrue(ids("substance:ecstasy").contains(baroneId));
        assertEquals(3, ids("substance:psychedelic").size());
        assertEquals(Set.of(baroneId), ids("outlet:psypost \"self-awareness\" has:news"));
        assertEquals(Set.of(ketamineId), ids("condition:\"mood disorder\" n>=100"));
        SearchHit hit = service.search("doi:10.1080/02791072.2019.1580805", SearchOptions.defaults()).hits().get(0);
        assertEquals("Barone et al., 2019, Journal of Psychoactive Drugs", hit.citation());
        assertEquals(List.of("15/19 (79%) significant reduction in symptoms (> 30% reduction), 12 months"), hit.outcomes());
    }

    @Test
    @Order(3)
    void catchUpSeesAChangedStudy() {
        db.run(s -> {
            Study k = new StudyRepository(s).find(ketamineId).orElseThrow();
            k.setTitle("Esketamine in bipolar depression: a prospective cohort");
            k.setEnrolled(40);
            Fixtures.substance(k, "mdma", "MDMA");
            WriteUp w = new WriteUp("Medical Xpress", "Esketamine study reports mood outcomes", LocalDate.of(2013, 1, 2));
            s.persist(w);
            s.persist(Coverage.link(w, k, LinkMethod.MANUAL, 1.0));
            k.touch();
            s.flush();
            new StudyRepository(s).recordChange(k);
        });
        assertTrue(sync.isBehind(db.dataSource()));
        SyncReport r = sync.catchUp(db);
        assertEquals(4, r.fromSeq());
        assertEquals(5, r.toSeq());
        assertEquals(1, r.indexed());
        assertEquals(Set.of(ketamineId), ids("esketamine"));
        assertEquals(Set.of(), ids("retrospective"));
        assertEquals(Set.of(), ids("condition:\"mood disorder\" n>=100"));
        assertEquals(3, ids("substance:mdma").size());
        assertEquals(Set.of(ketamineId), ids("outlet:\"medical xpress\""));
        assertEquals(4, index.size());
    }

    @Test
    @Order(4)
    void catchUpDeletesARemovedStudy() {
        long[] removed = new long[1];
        db.run(s -> {
            Study mitchell = s.createSelectionQuery("from Study where nctId is not null", Study.class).getSingleResult();
            removed[0] = mitchell.getId();
            s.remove(mitchell);
            s.flush();
            new StudyRepository(s).recordChange(removed[0]);
        });
        SyncReport r = sync.catchUp(db);
        assertEquals(1, r.deleted());
        assertEquals(0, r.indexed());
        assertEquals(3, index.size());
        assertFalse(ids("").contains(removed[0]));
    }

    @Test
    @Order(5)
    void rebuildGivesTheSameResults() {
        List<String> queries = List.of("", "substance:psychedelic", "esketamine", "has:news", "condition:ptsd",
                "year:2010..2020", "n>=20");
        List<Set<Long>> before = queries.stream().map(IndexSyncTest::ids).toList();
        long seq = index.changeSeq();
        SyncReport r = sync.rebuild(db);
        assertTrue(r.rebuilt());
        assertEquals(3, r.indexed());
        assertEquals(seq, r.toSeq());
        assertEquals(seq, index.changeSeq());
        assertEquals(before, queries.stream().map(IndexSyncTest::ids).toList());
        assertFalse(sync.isBehind(db.dataSource()));
        assertTrue(sync.catchUp(db).nothingToDo());
    }

    @Test
    @Order(6)
    void anIndexAheadOfTheDatabaseIsRebuilt() {
        index.commit(1_000);
        assertTrue(sync.isBehind(db.dataSource()));
        SyncReport r = sync.catchUp(db);
        assertTrue(r.rebuilt());
        assertEquals(3, index.size());
        assertFalse(sync.isBehind(db.dataSource()));
    }
}
