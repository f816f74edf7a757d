package org.clinicite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.clinicite.core.db.ChangeLog;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.id.Doi;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.LinkMethod;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.WriteUp;
import org.clinicite.core.testing.SampleStudies;
import org.clinicite.core.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Merging, idempotence and whole-or-nothing storage, on H2 and PostgreSQL. */
class ImportServiceTest {
    @TempDir
    Path dir;

    /** An importer that emits records made by the test, one per line of the file. */
    private record FakeImporter(String id, List<Supplier<ParsedRecord>> records) implements Importer {
        @Override
        public String description() {
            return "test records";
        }

        @Override
        public boolean isRecognizedFormat(Path file) {
            return file.getFileName().toString().endsWith("." + id);
        }

        @Override
        public void read(Path file, RecordSink sink) {
            records.forEach(r -> sink.accept(r.get()));
        }
    }

    private Path file(String name) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "x\n");
        return f;
    }

    private static ParsedRecord newsRecord() {
        WriteUp w = new WriteUp("PsyPost", "Veterans and first responders report lasting personal benefits after "
                + "MDMA-assisted psychotherapy", LocalDate.of(2020, 3, 23));
        w.setByline("Christian Rigg");
        w.setClaims(List.of(new Claim("15 of 19 participants showed significant (> 30%) reduction in symptoms", 15, 19)));
        return new ParsedRecord(SampleStudies.baroneStub(), w, "news", "psypost.txt", 1, null, w.getFingerprint());
    }

    private static ParsedRecord journalRecord() {
        Study s = SampleStudies.baroneComplete(new Journal("Journal of Psychoactive Drugs"));
        // a bibliographic record has initials and no outcome numbers
        s.clearAuthors();
        for (String[] n : new String[][] {{"Barone", "W"}, {"Beck", "J"}, {"Mitsunaga-Whitten", "M"}, {"Perl", "P"}}) {
            s.addAuthor(new Authorship(n[0], n[1]));
        }
        return new ParsedRecord(s, null, "pubmed", "barone.xml", 3, "30849288", "a".repeat(64));
    }

    private static Database open(DatabaseConfig cfg) {
        return Database.open(cfg);
    }

    private static void close(Database db) {
        DatabaseConfig cfg = db.config();
        db.close();
        TestDatabases.dropSchema(cfg);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void newsStubIsCompletedByJournalRecordAndKeepsItsLink(String kind) throws IOException {
        Database db = open(TestDatabases.of(kind, dir));
        try {
            Importers importers = new Importers(List.of(new FakeImporter("news", List.of(ImportServiceTest::newsRecord)),
                    new FakeImporter("pubmed", List.of(ImportServiceTest::journalRecord))));
            ImportService service = new ImportService(db, importers, ImportListener.SILENT);
            ImportReport first = service.importFiles(List.of(file("a.news")), Importers.AUTO);
            assertEquals(1, first.count(ImportOutcome.ADDED), first.results().toString());
            long id = first.results().get(0).studyId();
            db.run(s -> assertEquals(StudyStatus.STUB, s.find(Study.class, id).getStatus()));

            ImportReport second = service.importFiles(List.of(file("b.pubmed")), Importers.AUTO);
            assertEquals(ImportOutcome.MERGED, second.results().get(0).outcome());
            assertEquals(id, second.results().get(0).studyId());
            db.run(s -> {
                Study st = s.find(Study.class, id);
                assertEquals(StudyStatus.VERIFIED, st.getStatus());
                assertEquals("10.1080/02791072.2019.1580805", st.getDoi().orElseThrow().value());
                assertEquals(2019, st.getPublished().year());
                assertEquals("Journal of Psychoactive Drugs", st.getJournal().getTitle());
                assertEquals("William", st.getAuthors().get(0).getGiven(), "the stub's full given name is kept");
                assertEquals(4, st.getAuthors().size());
                assertEquals(1, st.getOutcomes().size(), "the stub's outcome is kept, not duplicated");
                assertEquals(2, st.getProvenance().size());
                assertEquals(1, st.getCoverage().size());
                assertEquals(LinkMethod.EXTRACTED, st.getCoverage().get(0).getMethod());
                assertEquals(1, new StudyRepository(s).countStudies());
            });
            long head = new ChangeLog(db.dataSource()).head();

            ImportReport again = service.importFiles(List.of(file("a.news"), file("b.pubmed")), Importers.AUTO);
            assertEquals(2, again.count(ImportOutcome.UNCHANGED), again.results().toString());
            assertEquals(head, new ChangeLog(db.dataSource()).head(), "re-import writes nothing");
            db.run(s -> assertEquals(1L, new StudyRepository(s).countWriteUps()));
        } finally {
            close(db);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void journalFirstThenNewsMergesByTitle(String kind) throws IOException {
        Database db = open(TestDatabases.of(kind, dir));
        try {
            Importers importers = new Importers(List.of(new FakeImporter("news", List.of(ImportServiceTest::newsRecord)),
                    new FakeImporter("pubmed", List.of(ImportServiceTest::journalRecord))));
            ImportService service = new ImportService(db, importers, ImportListener.SILENT);
            ImportReport r = service.importFiles(List.of(file("b.pubmed"), file("a.news")), Importers.AUTO);
            assertEquals(List.of(ImportOutcome.ADDED, ImportOutcome.MERGED),
                    r.results().stream().map(RecordResult::outcome).toList());
            db.run(s -> {
                Study st = new StudyRepository(s).findByIdentifier(new Doi("10.1080/02791072.2019.1580805")).orElseThrow();
                assertEquals(StudyStatus.VERIFIED, st.getStatus(), "a news record never downgrades a verified study");
                assertEquals("W", st.getAuthors().get(0).getGiven(), "the verified record's authors stay");
                assertEquals(1, st.getCoverage().size());
                assertEquals(4, st.getFindings().size());
            });
        } finally {
            close(db);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void aRecordTheDatabaseRefusesIsReportedAndTheRestGoesOn(String kind) throws IOException {
        Database db = open(TestDatabases.of(kind, dir));
        try {
            Supplier<ParsedRecord> tooLong = () -> {
                Study s = new Study();
                s.setTitle("A study with an impossible volume");
                s.setVolume("9".repeat(500));
                s.addAuthor(new Authorship("Doe", "Jane"));
                return new ParsedRecord(s, null, "pubmed", "bad.xml", 42, null, "b".repeat(64));
            };
            Supplier<ParsedRecord> good = () -> {
                Study s = new Study();
                s.setTitle("A study that is fine");
                s.setPublished(PartialDate.ofYear(2021));
                return new ParsedRecord(s, null, "pubmed", "bad.xml", 80, null, "c".repeat(64));
            };
            Supplier<ParsedRecord> withJournal = () -> {
                Study s = new Study();
                s.setTitle("A good study in a journal, before the bad one in the same batch");
                s.setJournal(new Journal("Journal of Batch Tests"));
                s.addAuthor(new Authorship("Roe", "Richard"));
                return new ParsedRecord(s, null, "pubmed", "bad.xml", 10, null, "d".repeat(64));
            };
            Importers importers = new Importers(List.of(new FakeImporter("pubmed", List.of(withJournal, tooLong, good))));
            ImportReport r = new ImportService(db, importers, ImportListener.SILENT)
                    .importFiles(List.of(file("x.pubmed")), Importers.AUTO);
            assertEquals(ImportOutcome.ADDED, r.results().get(0).outcome(), r.results().toString());
            RecordResult bad = r.results().get(1);
            assertEquals(ImportOutcome.REJECTED, bad.outcome());
            assertEquals(42, bad.line());
            assertTrue(bad.problem().toString().startsWith("bad.xml:42: not stored: "), bad.problem().toString());
            assertNull(bad.studyId());
            assertEquals(ImportOutcome.ADDED, r.results().get(2).outcome());
            db.run(s -> {
                assertEquals(2L, new StudyRepository(s).countStudies());
                assertEquals(1L, s.createSelectionQuery("select count(*) from Authorship", Long.class).getSingleResult(),
                        "the bad record's author is not stored; the good one's is, once");
                assertEquals(1L, s.createSelectionQuery("select count(*) from Journal", Long.class).getSingleResult());
            });
        } finally {
            close(db);
        }
    }

    private static ParsedRecord untitledStub(String outlet, int n) {
        Study s = new Study();
        s.addAuthor(new Authorship("Mitchell", "Jennifer"));
        s.setJournal(new Journal("Nature Medicine"));
        s.setEnrolled(n);
        WriteUp w = new WriteUp(outlet, "MDMA-assisted therapy eases severe PTSD (" + outlet + ")", LocalDate.of(2021, 5, 10));
        return new ParsedRecord(s, w, "news", outlet + ".txt", 1, null, w.getFingerprint());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void untitledStubsMergeOnlyWhenAuthorJournalAndSizeAgree(String kind) throws IOException {
        Database db = open(TestDatabases.of(kind, dir));
        try {
            Importers importers = new Importers(List.of(new FakeImporter("news", List.of(
                    () -> untitledStub("Reuters", 90), () -> untitledStub("Science Desk", 90), () -> untitledStub("Other", 91)))));
            ImportReport r = new ImportService(db, importers, ImportListener.SILENT).importFiles(List.of(file("a.news")), Importers.AUTO);
            assertEquals(List.of(ImportOutcome.ADDED, ImportOutcome.MERGED, ImportOutcome.ADDED),
                    r.results().stream().map(RecordResult::outcome).toList());
            db.run(s -> {
                assertEquals(2L, new StudyRepository(s).countStudies());
                assertEquals(2, s.find(Study.class, r.results().get(0).studyId()).getCoverage().size());
            });
        } finally {
            close(db);
        }
    }

    private static ParsedRecord trialRecord(String title, String doi) {
        Study s = new Study();
        s.setStatus(StudyStatus.VERIFIED);
        s.setTitle(title);
        s.setNctId(new org.clinicite.core.id.NctId("NCT03537014"));
        if (doi != null) {
            s.setDoi(new Doi(doi));
            s.setJournal(new Journal("Nature Medicine"));
        }
        return new ParsedRecord(s, null, doi == null ? "ctgov" : "pubmed", "t", 1, null,
                org.clinicite.core.model.WriteUpFingerprint.sha256(title + doi));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void papersOfOneTrialStayApartAndLinkThroughTheirNctNumber(String kind) throws IOException {
        Database db = open(TestDatabases.of(kind, dir));
        try {
            Importers importers = new Importers(List.of(new FakeImporter("x", List.of(
                    () -> trialRecord("A Randomized Trial of MDMA-assisted Therapy for PTSD (registry)", null),
                    () -> trialRecord("MDMA-assisted therapy for severe PTSD: a randomized phase 3 trial", "10.1038/s41591-021-01336-3"),
                    () -> trialRecord("Long-term follow-up of the MDMA phase 3 trial", "10.1000/followup"),
                    () -> trialRecord("A Randomized Trial of MDMA-assisted Therapy for PTSD (registry, updated)", null)))));
            ImportReport r = new ImportService(db, importers, ImportListener.SILENT).importFiles(List.of(file("a.x")), Importers.AUTO);
            assertEquals(List.of(ImportOutcome.ADDED, ImportOutcome.ADDED, ImportOutcome.ADDED, ImportOutcome.MERGED),
                    r.results().stream().map(RecordResult::outcome).toList());
            assertEquals(r.results().get(0).studyId(), r.results().get(3).studyId(), "the registry record updates itself");
            db.run(s -> assertEquals(3, new StudyRepository(s).findByNctId(new org.clinicite.core.id.NctId("NCT03537014")).size()));
        } finally {
            close(db);
        }
    }

    @org.junit.jupiter.api.Test
    void missingEmptyAndUnrecognisedFilesAreRejectedWithReasons() throws IOException {
        Database db = open(TestDatabases.h2(dir.resolve("db")));
        try {
            Path empty = dir.resolve("empty.news");
            Files.createFile(empty);
            Path unknown = file("notes.txt");
            Importers importers = new Importers(List.of(new FakeImporter("news", List.of(ImportServiceTest::newsRecord))));
            ImportReport r = new ImportService(db, importers, ImportListener.SILENT)
                    .importFiles(List.of(dir.resolve("missing.news"), empty, unknown), Importers.AUTO);
            assertEquals(3, r.count(ImportOutcome.REJECTED));
            assertTrue(r.results().get(0).problem().toString().endsWith("missing.news: no such file"));
            assertTrue(r.results().get(1).problem().toString().endsWith("empty.news: empty file"));
            assertTrue(r.results().get(2).reason().startsWith("unrecognised format"), r.results().get(2).reason());
            db.run(s -> assertEquals(0L, new StudyRepository(s).countStudies()));
        } finally {
            db.close();
        }
    }
}
