package org.clinicite.importer.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.clinicite.core.db.ChangeLog;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.id.Doi;
import org.clinicite.core.model.Study;
import org.clinicite.core.testing.TestDatabases;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ImportListener;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.ImportService;
import org.clinicite.importer.Importers;
import org.clinicite.importer.RecordResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** RIS records stored through the import service: idempotent, merged by identifier, on H2 and PostgreSQL. */
class RisImportServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void reimportChangesNothingAndASecondRecordMergesByDoi(String kind) {
        Database db = Database.open(TestDatabases.of(kind, dir));
        try {
            ImportService service = new ImportService(db,
                    new Importers(List.of(new RisImporter(Vocabulary.shipped()))), ImportListener.SILENT);
            Path barone = Path.of("src/test/resources/ris/barone.ris");
            ImportReport first = service.importFiles(List.of(barone), Importers.AUTO);
            assertEquals(List.of(ImportOutcome.ADDED, ImportOutcome.REJECTED, ImportOutcome.REJECTED),
                    first.results().stream().map(RecordResult::outcome).toList(), first.results().toString());
            long id = first.results().get(0).studyId();
            long head = new ChangeLog(db.dataSource()).head();

            ImportReport again = service.importFiles(List.of(barone), Importers.AUTO);
            assertEquals(ImportOutcome.UNCHANGED, again.results().get(0).outcome());
            assertEquals(head, new ChangeLog(db.dataSource()).head(), "re-import writes nothing");

            ImportReport update = service.importFiles(List.of(Path.of("src/test/resources/ris/barone-update.ris")),
                    "ris");
            assertEquals(ImportOutcome.MERGED, update.results().get(0).outcome());
            assertEquals(id, update.results().get(0).studyId());
            db.run(s -> {
                StudyRepository repo = new StudyRepository(s);
                assertEquals(1L, repo.countStudies());
                Study st = repo.findByIdentifier(new Doi("10.1080/02791072.2019.1580805")).orElseThrow();
                assertEquals("PMC0000001", st.getPmcid().orElseThrow().value(), "the new identifier is added");
                assertEquals("William", st.getAuthors().get(0).getGiven(), "the fuller record's authors stay");
                assertEquals(2, st.getTerms().size());
                assertEquals(2, st.getProvenance().size());
            });
        } finally {
            close(db);
        }
    }

    private static void close(Database db) {
        DatabaseConfig cfg = db.config();
        db.close();
        TestDatabases.dropSchema(cfg);
    }
}
