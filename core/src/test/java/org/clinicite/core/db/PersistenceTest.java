package org.clinicite.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.ClaimCheck;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.LinkMethod;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.WriteUp;
import org.clinicite.core.testing.SampleStudies;
import org.clinicite.core.testing.TestDatabases;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The persistence round trip, on H2 and on PostgreSQL, through the same migrations. */
class PersistenceTest {
    @TempDir
    Path dir;

    private Database open(String kind) {
        return Database.open(TestDatabases.of(kind, dir));
    }

    private static void cleanup(Database db) {
        DatabaseConfig cfg = db.config();
        db.close();
        TestDatabases.dropSchema(cfg);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void studyWithEveryFieldRoundTrips(String kind) {
        Database db = open(kind);
        try {
            long id = db.inTransaction(s -> {
                Journal j = new Journal("Journal of Psychoactive Drugs");
                j.setIsoAbbreviation("J Psychoactive Drugs");
                j.setIssn("0279-1072");
                s.persist(j);
                Study study = SampleStudies.baroneComplete(j);
                study.addProvenance(new Provenance("pubmed", "sample.xml", "30849288", "f".repeat(64), Instant.now()));
                s.persist(study);
                s.flush();
                new StudyRepository(s).recordChange(study);
                return study.getId();
            });
            db.run(s -> {
                Study st = s.find(Study.class, id);
                assertEquals(StudyStatus.VERIFIED, st.getStatus());
                assertTrue(st.getTitle().startsWith("Perceived Benefits of MDMA-Assisted Psychotherapy"));
                assertEquals(List.of("Barone", "Beck", "Mitsunaga-Whitten", "Perl"),
                        st.getAuthors().stream().map(Authorship::getFamily).toList());
                assertEquals(List.of(1, 2, 3, 4), st.getAuthors().stream().map(Authorship::getPosition).toList());
                assertEquals("William", st.getAuthors().get(0).getGiven());
                assertEquals("Journal of Psychoactive Drugs", st.getJournal().getTitle());
                assertEquals("J Psychoactive Drugs", st.getJournal().getIsoAbbreviation());
                assertEquals("51", st.getVolume());
                assertEquals("2", st.getIssue());
                assertEquals("199-208", st.getPages());
                assertEquals(2019, st.getPublished().year());
                assertEquals(4, st.getPublished().month());
                assertEquals(null, st.getPublished().day());
                assertEquals("10.1080/02791072.2019.1580805", st.getDoi().orElseThrow().value());
                assertEquals("30849288", st.getPmid().orElseThrow().value());
                assertEquals("NCT01211405", st.getNctId().orElseThrow().value());
                assertEquals(StudyDesign.QUALITATIVE_FOLLOW_UP, st.getDesign());
                assertEquals("qualitative follow-up of a phase 2 clinical trial", st.getDesignDetail());
                assertEquals("2", st.getPhase());
                assertEquals(19, st.sampleSize());
                assertEquals("veterans, police officers, and firefighters", st.getPopulation());
                assertEquals("mdma", st.terms(TermKind.SUBSTANCE).get(0).getTermKey());
                assertEquals("treatment-resistant", st.terms(TermKind.CONDITION).get(0).getQualifier());
                assertEquals(1, st.getOutcomes().size());
                assertEquals(15, st.getOutcomes().get(0).getResponders());
                assertEquals(19, st.getOutcomes().get(0).getTotal());
                assertEquals("> 30%", st.getOutcomes().get(0).getThreshold());
                assertEquals("12 months", st.getOutcomes().get(0).getTimepoint());
                assertEquals(4, st.getFindings().size());
                assertEquals("openness to continued therapy", st.getFindings().get(3));
                assertEquals("pubmed", st.getProvenance().get(0).getFormat());
                assertEquals("barone", st.getFirstAuthorKey());
            });
            db.run(s -> {
                StudyRepository repo = new StudyRepository(s);
                assertEquals(id, repo.findByIdentifier(new Doi("DOI:10.1080/02791072.2019.1580805")).orElseThrow().getId());
                assertEquals(id, repo.findByIdentifier(new Pmid("30849288")).orElseThrow().getId());
                assertEquals(id, repo.findByIdentifier(new NctId("nct01211405")).orElseThrow().getId());
                assertEquals(1, repo.findByTitleKey(SampleStudies.baroneStub().getTitleKey()).size());
                assertTrue(repo.hasProvenance("f".repeat(64)));
                assertFalse(repo.hasProvenance("0".repeat(64)));
                assertTrue(repo.findJournal("journal of psychoactive drugs").isPresent());
            });
            ChangeLog log = new ChangeLog(db.dataSource());
            assertEquals(1, log.head());
            assertEquals(List.of(id), List.copyOf(log.changedBetween(0, log.head())));
            assertTrue(log.changedBetween(1, 1).isEmpty());
        } finally {
            cleanup(db);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void writeUpCoverageAndClaimsRoundTrip(String kind) {
        Database db = open(kind);
        try {
            long wid = db.inTransaction(s -> {
                Study study = SampleStudies.baroneStub();
                s.persist(study);
                WriteUp w = new WriteUp("PsyPost", "Veterans and first responders report lasting personal benefits "
                        + "after MDMA-assisted psychotherapy", LocalDate.of(2020, 3, 23));
                w.setByline("Christian Rigg");
                w.setCategories(List.of("MDMA", "Psychedelic Drugs"));
                w.setBody("While a number of pharmaco- and psychotherapies exist ...");
                w.setClaims(List.of(new Claim("15 of 19 participants showed significant (> 30%) reduction", 15, 19),
                        new Claim("12 of 19 felt better", 12, 19), new Claim("7 of 10 said so", 7, 10)));
                s.persist(w);
                s.persist(Coverage.link(w, study, LinkMethod.EXTRACTED, 0.9));
                return w.getId();
            });
            db.run(s -> {
                WriteUp w = s.find(WriteUp.class, wid);
                assertEquals("Christian Rigg", w.getByline());
                assertEquals(LocalDate.of(2020, 3, 23), w.getPublishedDate());
                assertEquals(List.of("MDMA", "Psychedelic Drugs"), w.getCategories());
                assertEquals(3, w.getClaims().size());
                Coverage c = w.getCoverage().get(0);
                assertEquals(LinkMethod.EXTRACTED, c.getMethod());
                List<ClaimCheck> checks = ClaimCheck.checkAll(w, c.getStudy());
                assertEquals(ClaimCheck.Verdict.AGREES, checks.get(0).verdict());
                assertEquals(ClaimCheck.Verdict.DISAGREES, checks.get(1).verdict());
                assertEquals(ClaimCheck.Verdict.NOT_IN_STUDY, checks.get(2).verdict());
                assertTrue(new StudyRepository(s).findWriteUp(w.getFingerprint()).isPresent());
            });
        } finally {
            cleanup(db);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void failedTransactionLeavesNothingBehind(String kind) {
        Database db = open(kind);
        try {
            db.run(s -> {
                Study a = new Study();
                a.setTitle("First");
                a.setDoi(new Doi("10.1000/same"));
                s.persist(a);
            });
            assertThrows(RuntimeException.class, () -> db.run(s -> {
                Study b = new Study();
                b.setTitle("Second, with authors");
                b.addAuthor(new Authorship("Doe", "Jane"));
                s.persist(b);
                Study c = new Study();
                c.setTitle("Third, same DOI as the first");
                c.setDoi(new Doi("10.1000/SAME"));
                s.persist(c);
            }));
            db.run(s -> {
                StudyRepository repo = new StudyRepository(s);
                assertEquals(1, repo.countStudies());
                assertEquals(0L, s.createSelectionQuery("select count(*) from Authorship", Long.class).getSingleResult());
            });
        } finally {
            cleanup(db);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void migrationsMatchTheMappingAndRunOnce(String kind) {
        Database db = open(kind);
        try {
            // Hibernate's validator compares every mapped table and column with the migrated schema.
            try (SessionFactory validated = Database.sessionFactory(db.dataSource(), "validate")) {
                assertNotNull(validated);
            }
            // opening again runs no migration twice and keeps the data
            db.run(s -> s.persist(new Journal("Nature Medicine")));
        } finally {
            db.close();
        }
        Database again = Database.open(db.config());
        try {
            again.run(s -> assertTrue(new StudyRepository(s).findJournal("nature medicine").isPresent()));
        } finally {
            cleanup(again);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void changeNumbersFollowCommitOrder(String kind) throws Exception {
        Database db = open(kind);
        try {
            long a = db.inTransaction(s -> {
                Study x = new Study();
                x.setTitle("A");
                s.persist(x);
                return x.getId();
            });
            java.util.concurrent.CountDownLatch firstHasNumber = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch releaseFirst = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<?> first = pool.submit(() -> db.run(s -> {
                    new StudyRepository(s).recordChange(a);
                    firstHasNumber.countDown();
                    await(releaseFirst);
                }));
                assertTrue(firstHasNumber.await(30, java.util.concurrent.TimeUnit.SECONDS));
                java.util.concurrent.Future<?> second = pool.submit(() -> db.run(s -> new StudyRepository(s).recordChange(a + 1)));
                // the second writer cannot take a number while the first is open
                assertThrows(java.util.concurrent.TimeoutException.class,
                        () -> second.get(300, java.util.concurrent.TimeUnit.MILLISECONDS));
                releaseFirst.countDown();
                first.get(30, java.util.concurrent.TimeUnit.SECONDS);
                second.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            ChangeLog log = new ChangeLog(db.dataSource());
            assertEquals(2, log.head());
            assertEquals(List.of(a), List.copyOf(log.changedBetween(0, 1)));
            assertEquals(List.of(a + 1), List.copyOf(log.changedBetween(1, 2)));
        } finally {
            cleanup(db);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @org.junit.jupiter.api.Test
    void unreachableDatabaseGivesOneLineError() {
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.open(new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", null, null)));
        assertTrue(e.getMessage().startsWith("cannot connect to jdbc:postgresql://127.0.0.1:1/none"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
