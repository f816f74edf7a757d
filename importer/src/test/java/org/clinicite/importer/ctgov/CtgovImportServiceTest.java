package org.clinicite.importer.ctgov;

import static org.clinicite.importer.ctgov.CtgovFixtures.XML;
import static org.clinicite.importer.ctgov.CtgovFixtures.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clinicite.core.db.ChangeLog;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.id.NctId;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.testing.TestDatabases;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ImportListener;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.ImportService;
import org.clinicite.importer.Importer;
import org.clinicite.importer.Importers;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.RecordResult;
import org.clinicite.importer.RecordSink;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Storing ClinicalTrials.gov records: every fixture fits the schema, re-import changes nothing, NCT numbers merge. */
class CtgovImportServiceTest {
    @TempDir
    Path dir;

    private static Database open(String kind, Path dir) {
        return Database.open(TestDatabases.of(kind, dir));
    }

    private static void close(Database db) {
        DatabaseConfig cfg = db.config();
        db.close();
        TestDatabases.dropSchema(cfg);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void everyFixtureIsStoredAndReimportChangesNothing(String kind) throws IOException {
        Database db = open(kind, dir);
        try {
            ImportService service = service(db);
            List<Path> files = CtgovFixtures.all();
            ImportReport first = service.importFiles(files, Importers.AUTO);
            assertEquals(0, first.count(ImportOutcome.REJECTED), first.results().toString());
            // 33 files, 31 studies: two fixtures repeat another study (one verbatim, one in another version)
            assertEquals(31, first.count(ImportOutcome.ADDED), first.results().toString());
            assertEquals(1, first.count(ImportOutcome.MERGED), "a second version of NCT02552212 adds a source");
            assertEquals(1, first.count(ImportOutcome.UNCHANGED), "a verbatim copy of NCT00081588");
            long head = new ChangeLog(db.dataSource()).head();

            ImportReport again = service.importFiles(files, Importers.AUTO);
            assertEquals(33, again.count(ImportOutcome.UNCHANGED), again.results().toString());
            assertEquals(head, new ChangeLog(db.dataSource()).head(), "re-import writes nothing");
            db.run(s -> {
                StudyRepository repo = new StudyRepository(s);
                assertEquals(31L, repo.countStudies());
                Study st = repo.findByIdentifier(new NctId("NCT02552212")).orElseThrow();
                assertEquals(2, st.getProvenance().size());
                assertEquals(35, st.getOutcomes().size(), "the second version's identical outcomes are not repeated");
                assertEquals(317, st.getAnalysed());
                Study big = repo.findByIdentifier(new NctId("NCT02028676")).orElseThrow();
                assertEquals(1206, big.getEnrolled());
                assertEquals(148, big.getOutcomes().size());
            });
        } finally {
            close(db);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void registryRecordCompletesAStubWithTheSameNctNumber(String kind) throws IOException {
        Database db = open(kind, dir);
        try {
            Importer stubs = new Importer() {
                @Override
                public String id() {
                    return "stub";
                }

                @Override
                public String description() {
                    return "a news stub naming NCT01065844";
                }

                @Override
                public boolean isRecognizedFormat(Path file) {
                    return false;
                }

                @Override
                public void read(Path file, RecordSink sink) {
                    Study s = new Study();
                    s.setTitle("Nelfinavir for head and neck cancer");
                    s.setNctId(new NctId("NCT01065844"));
                    sink.accept(new ParsedRecord(s, null, "stub", file.toString(), 1, null, "d".repeat(64)));
                }
            };
            CtgovImporter ctgov = new CtgovImporter(Vocabulary.shipped());
            ImportService service = new ImportService(db, new Importers(List.of(ctgov, stubs)), ImportListener.SILENT);
            Path xml = shared(XML + "aact__NCT01065844.xml");
            RecordResult stub = service.importFiles(List.of(xml), "stub").results().get(0);
            RecordResult record = service.importFiles(List.of(xml), Importers.AUTO).results().get(0);
            assertEquals(ImportOutcome.ADDED, stub.outcome());
            assertEquals(ImportOutcome.MERGED, record.outcome());
            assertEquals(stub.studyId(), record.studyId(), "matched by NCT number");
            db.run(s -> {
                Study st = s.find(Study.class, stub.studyId());
                assertEquals(StudyStatus.VERIFIED, st.getStatus());
                assertEquals("A Phase II Trial of the HIV Protease Inhibitor Nelfinavir in Patients With Recurrent "
                        + "Symptomatic Adenoid Cystic Cancers of the Head and Neck", st.getTitle(),
                        "the registry's title replaces the stub's");
                assertEquals(15, st.getEnrolled());
                assertEquals(6, st.getOutcomes().size());
                assertTrue(st.getProvenance().stream().anyMatch(p -> p.getFormat().equals("ctgov")
                        && "NCT01065844".equals(p.getRecordKey())));
                assertEquals(1L, new StudyRepository(s).countStudies());
            });
        } finally {
            close(db);
        }
    }

    private static ImportService service(Database db) {
        return new ImportService(db, new Importers(List.of(new CtgovImporter(Vocabulary.shipped()))),
                ImportListener.SILENT);
    }
}
