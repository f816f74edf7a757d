package org.clinicite.importer.bibtex;

import static org.clinicite.importer.testing.ImportHarness.outcomes;
import static org.clinicite.importer.testing.ImportHarness.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Study;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.Importers;
import org.clinicite.importer.testing.ImportHarness;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** BibTeX entries stored through the import service: idempotent, merged by identifier, on H2 and PostgreSQL. */
class BibtexImportServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void reimportChangesNothingAndASecondEntryMergesByPmid(String kind) {
        try (ImportHarness h = ImportHarness.open(kind, dir, new BibtexImporter(Vocabulary.shipped()))) {
            Path barone = resource("bibtex", "barone.bib");
            ImportReport first = h.importFiles(Importers.AUTO, barone);
            assertEquals(List.of(ImportOutcome.ADDED, ImportOutcome.REJECTED, ImportOutcome.REJECTED,
                    ImportOutcome.ADDED, ImportOutcome.ADDED),
                    outcomes(first), first.results().toString());
            long id = first.results().get(0).studyId();
            long head = h.changeLogHead();

            ImportReport again = h.importFiles(Importers.AUTO, barone);
            assertEquals(3, again.count(ImportOutcome.UNCHANGED));
            assertEquals(head, h.changeLogHead(), "re-import writes nothing");

            ImportReport update = h.importFiles("bibtex", resource("bibtex", "barone-update.bib"));
            assertEquals(ImportOutcome.MERGED, update.results().get(0).outcome());
            assertEquals(id, update.results().get(0).studyId());
            h.db().run(s -> {
                StudyRepository repo = new StudyRepository(s);
                assertEquals(3L, repo.countStudies());
                Study st = repo.findByIdentifier(new Pmid("30849288")).orElseThrow();
                assertEquals("PMC0000001", st.getPmcid().orElseThrow().value(), "the new identifier is added");
                assertEquals("William", st.getAuthors().get(0).getGiven(), "the fuller record's authors stay");
                assertEquals(2, st.getTerms().size());
                assertEquals(2, st.getProvenance().size());
            });
        }
    }
}
